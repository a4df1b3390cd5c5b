// Sharing snippets as CSV or JSON files.
//
// Import policy: good rows are imported and bad rows are listed with their row number and reason;
// one bad row does not cost the agent the other hundred. A file that cannot be read as a whole
// (not CSV/JSON, a backup instead of an export, a newer export version, no title/shortcut/body
// columns, too big, no rows) is refused with nothing imported. All good rows are written in one
// transaction, so a storage failure part-way imports nothing.
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
import type { Library } from './library';
import type { LibraryDatabase, Snippet } from './schema';
import { describeIssues, validateSnippetInput, type ValidSnippetInput } from './validation';

export type SnippetFileFormat = 'csv' | 'json';

export const EXPORT_FORMAT = 'tactful-snippets';
export const EXPORT_VERSION = 1;
/** Bigger files are refused before parsing: 10,000 long snippets fit well within it. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const CSV_COLUMNS = ['title', 'shortcut', 'body', 'tags', 'emotions'] as const;
const REQUIRED_COLUMNS = ['title', 'shortcut', 'body'] as const;
const LIST_SEPARATOR = /[;,|]/;
const FORMULA_START = /^[=+\-@\t\r]/;
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
        `title, shortcut, body, and optionally tags and emotions.`,
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

export interface ImportOptions {
  format?: SnippetFileFormat;
  /** Used to tell CSV from JSON when `format` is not given. */
  fileName?: string;
  /**
   * A row whose shortcut one of the agent's own snippets already uses: `report` (default) lists
   * it as a bad row; `replace` overwrites that snippet's text, keeping its usage history.
   */
  onExistingShortcut?: 'report' | 'replace';
  /** Check the file and report what would happen, without saving anything. */
  dryRun?: boolean;
}

export interface ImportReport {
  format: SnippetFileFormat;
  /** Ids of new snippets (none on a dry run). */
  added: string[];
  /** Ids of snippets whose text was replaced. */
  replaced: string[];
  /** On a dry run, how many rows would be added and replaced. */
  wouldAdd: number;
  wouldReplace: number;
  badRows: BadRow[];
  ignoredColumns: string[];
}

interface ImportPlan {
  additions: Snippet[];
  replacements: Snippet[];
  badRows: BadRow[];
}

async function planImport(
  db: LibraryDatabase,
  file: ParsedSnippetFile,
  replace: boolean,
  now: number,
): Promise<ImportPlan> {
  const plan: ImportPlan = { additions: [], replacements: [], badRows: [...file.badRows] };
  for (const { row, input } of file.rows) {
    const owner = await db.snippets.where('shortcut').equals(input.shortcut).first();
    if (!owner) {
      plan.additions.push({
        id: crypto.randomUUID(),
        ...input,
        packId: null,
        createdAt: now,
        updatedAt: now,
        usageCount: 0,
        lastUsedAt: null,
      });
    } else if (replace && owner.packId === null) {
      plan.replacements.push({ ...owner, ...input, updatedAt: Math.max(now, owner.updatedAt + 1) });
    } else {
      plan.badRows.push({ row, reason: `The shortcut "${input.shortcut}" is already used by "${owner.title}".` });
    }
  }
  plan.badRows.sort((a, b) => a.row - b.row);
  return plan;
}

/** Imports a CSV or JSON snippet file; see the policy at the top of this file. */
export async function importSnippets(
  library: Library,
  text: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const format = options.format ?? detectFormat(text, options.fileName);
  const file = parseSnippetFile(text, format);
  const replace = options.onExistingShortcut === 'replace';
  const report = (plan: ImportPlan, saved: boolean): ImportReport => ({
    format,
    added: saved ? plan.additions.map((snippet) => snippet.id) : [],
    replaced: saved ? plan.replacements.map((snippet) => snippet.id) : [],
    wouldAdd: plan.additions.length,
    wouldReplace: plan.replacements.length,
    badRows: plan.badRows,
    ignoredColumns: file.ignoredColumns,
  });
  if (options.dryRun) {
    const plan = await library.read(
      (db) => planImport(db, file, replace, library.now()),
      () => ({ additions: [], replacements: [], badRows: file.badRows }),
    );
    return report(plan, false);
  }
  return library.write(['snippets'], async (db) => {
    const plan = await planImport(db, file, replace, library.now());
    await db.snippets.bulkAdd(plan.additions);
    await db.snippets.bulkPut(plan.replacements);
    return report(plan, true);
  });
}

/** What an export carries: the text of each snippet, without ids, pack or usage. */
export interface ExportedSnippet {
  title: string;
  shortcut: string;
  body: string;
  tags: string[];
  emotions: string[];
}

function exported(snippet: Snippet): ExportedSnippet {
  const { title, shortcut, body, tags, emotions } = snippet;
  return { title, shortcut, body, tags: [...tags], emotions: [...emotions] };
}

export function snippetsToJson(snippets: readonly Snippet[], now: number = Date.now()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), snippets: snippets.map(exported) }, null, 2)}\n`;
}

export function snippetsToCsv(snippets: readonly Snippet[]): string {
  const rows = snippets.map((snippet) => [
    snippet.title,
    snippet.shortcut,
    snippet.body,
    snippet.tags.join('; '),
    snippet.emotions.join('; '),
  ]);
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

export interface ExportOptions {
  /** Only these snippets; all when absent. */
  ids?: readonly string[];
  /** Include snippets that came with packs (default: only the agent's own). */
  includePacks?: boolean;
}

/** The agent's snippets as a file's text, ordered by title. */
export async function exportSnippets(
  library: Library,
  format: SnippetFileFormat,
  options: ExportOptions = {},
): Promise<string> {
  const wanted = options.ids ? new Set(options.ids) : null;
  const all = await library.read(
    (db) => db.snippets.toArray(),
    (starter) => starter,
  );
  const chosen = all
    .filter((snippet) => (wanted ? wanted.has(snippet.id) : options.includePacks || snippet.packId === null))
    .sort((a, b) => a.title.localeCompare(b.title) || a.shortcut.localeCompare(b.shortcut));
  return format === 'json' ? snippetsToJson(chosen, library.now()) : snippetsToCsv(chosen);
}
