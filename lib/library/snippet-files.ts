// Reading a file of snippets, CSV or JSON, into rows: good rows with their values, bad rows with
// their row number and reason. Nothing is stored here (import-export.ts does that).
//
// Row numbers: in CSV, the spreadsheet row (the header is row 1, so the first snippet is row 2; a
// cell with line breaks is still one row); in JSON, the snippet's position in the list, from 1.
//
// CSV cells that start with = + - @ (or a tab / carriage return) are written with a leading
// apostrophe, so a spreadsheet shows them as text instead of running them as formulas; import
// removes that apostrophe again.

import Papa from 'papaparse';
import * as v from 'valibot';
import { LibraryError } from './errors';
import { fieldsFromCell } from './fields';
import { describeIssues, validateSnippetInput, type ValidSnippetInput } from './validation';

export type SnippetFileFormat = 'csv' | 'json';

export const EXPORT_FORMAT = 'tactful-snippets';
export const EXPORT_VERSION = 1;
/** Bigger files are refused before parsing: 10,000 long snippets fit well within it. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const CSV_COLUMNS = ['title', 'shortcut', 'body', 'tags', 'emotions', 'fields'] as const;
const REQUIRED_COLUMNS = ['title', 'shortcut', 'body'] as const;
const LIST_SEPARATOR = /[;,|]/;
export const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

export interface BadRow {
  row: number;
  reason: string;
}

export interface ParsedRow {
  row: number;
  input: ValidSnippetInput;
}

export interface ParsedSnippetFile {
  format: SnippetFileFormat;
  rows: ParsedRow[];
  badRows: BadRow[];
  /** CSV columns Tactful does not know, left out of the import. */
  ignoredColumns: string[];
}

function refuse(message: string): LibraryError {
  return new LibraryError('invalid-file', message);
}

/** From the file name when it says, else from the content. */
export function detectFormat(text: string, fileName?: string): SnippetFileFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'csv' || extension === 'json') return extension;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Duplicate shortcuts within one file: the first row keeps it, later ones are bad rows. */
function dropRepeatedShortcuts(file: ParsedSnippetFile): ParsedSnippetFile {
  const firstRow = new Map<string, number>();
  const rows: ParsedRow[] = [];
  const badRows = [...file.badRows];
  for (const row of file.rows) {
    const earlier = firstRow.get(row.input.shortcut);
    if (earlier !== undefined) {
      badRows.push({ row: row.row, reason: `The shortcut "${row.input.shortcut}" is also used on row ${earlier}.` });
      continue;
    }
    firstRow.set(row.input.shortcut, row.row);
    rows.push(row);
  }
  badRows.sort((a, b) => a.row - b.row);
  return { ...file, rows, badRows };
}

function parseCsv(text: string): ParsedSnippetFile {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const records = parsed.data;
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw refuse(
      `The file has no ${missing.map((column) => `"${column}"`).join(', ')} column. Its first row must name the columns: ` +
        `title, shortcut, body, and optionally tags, emotions and fields.`,
    );
  }
  if (records.length - 1 > MAX_IMPORT_ROWS)
    throw refuse(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it into smaller files.`);
  const column = new Map(header.map((name, index) => [name, index]));
  const known = new Set<string>(CSV_COLUMNS);
  const ignoredColumns = header.filter((name) => name !== '' && !known.has(name));
  // Papa reports malformed quoting per record (0-based, header included).
  const malformed = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined)
      malformed.set(error.row, 'A quoted cell is never closed; check the quotation marks.');
  }

  const rows: ParsedRow[] = [];
  const badRows: BadRow[] = [];
  records.slice(1).forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const problem = malformed.get(index + 1);
    if (problem) return badRows.push({ row, reason: problem });
    if (record.slice(header.length).some((cell) => cell.trim() !== '')) {
      return badRows.push({ row, reason: 'The row has more cells than the header has columns.' });
    }
    const cell = (name: string) => (record[column.get(name) ?? -1] ?? '').replace(ESCAPED_FORMULA, '');
    const result = validateSnippetInput({
      title: cell('title'),
      shortcut: cell('shortcut'),
      body: cell('body'),
      tags: splitList(cell('tags')),
      emotions: splitList(cell('emotions')).map((emotion) => emotion.toLowerCase()),
      // The same cell `tactful pack build` reads from a trainer's CSV.
      fields: fieldsFromCell(cell('fields')),
    });
    if (result.ok) rows.push({ row, input: result.value });
    else badRows.push({ row, reason: describeIssues(result.issues) });
  });
  return { format: 'csv', rows, badRows, ignoredColumns };
}

const ExportEnvelope = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer()),
  snippets: v.array(v.unknown()),
});

function jsonItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const { format, version } = data as { format?: unknown; version?: unknown };
    if (format === 'tactful-backup')
      throw refuse('This is a full Tactful backup, not a snippet export. Use "Restore from backup" for it.');
    if (format === EXPORT_FORMAT && typeof version === 'number' && version > EXPORT_VERSION) {
      throw refuse(
        `This file was exported by a newer version of Tactful (export format ${version}). Update Tactful, then import it again.`,
      );
    }
    const envelope = v.safeParse(ExportEnvelope, data);
    if (envelope.success) return envelope.output.snippets;
    if (Array.isArray((data as { snippets?: unknown }).snippets)) return (data as { snippets: unknown[] }).snippets;
  }
  throw refuse(
    'This JSON file does not hold snippets: Tactful expects a list of snippets, or a Tactful snippet export.',
  );
}

function parseJson(text: string): ParsedSnippetFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse(
      'This file is not valid JSON, so nothing could be imported. Export it again, or check it in a text editor.',
    );
  }
  const items = jsonItems(data);
  if (items.length > MAX_IMPORT_ROWS)
    throw refuse(
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} snippets; split it into smaller files.`,
    );
  const rows: ParsedRow[] = [];
  const badRows: BadRow[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item))
      return badRows.push({
        row,
        reason: 'This entry is not a snippet (it should be an object with title, shortcut and body).',
      });
    const result = validateSnippetInput(item);
    if (result.ok) rows.push({ row, input: result.value });
    else badRows.push({ row, reason: describeIssues(result.issues) });
  });
  return { format: 'json', rows, badRows, ignoredColumns: [] };
}

/**
 * Reads and validates a snippet file without touching the library. Throws LibraryError
 * `invalid-file` when the file as a whole cannot be used.
 */
export function parseSnippetFile(text: string, format: SnippetFileFormat = detectFormat(text)): ParsedSnippetFile {
  if (text.length > MAX_IMPORT_CHARS)
    throw refuse(`The file is too large to import (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).`);
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw refuse('The file is empty.');
  const parsed = dropRepeatedShortcuts(format === 'json' ? parseJson(content) : parseCsv(content));
  if (parsed.rows.length === 0 && parsed.badRows.length === 0) throw refuse('The file has no snippets in it.');
  return parsed;
}
