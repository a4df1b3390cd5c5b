// Sharing snippets as CSV or JSON files.
//
// Import policy: good rows are imported and bad rows are listed with their row number and reason;
// one bad row does not cost the agent the other hundred. A file that cannot be read as a whole
// (not CSV/JSON, a backup instead of an export, a newer export version, no title/shortcut/body
// columns, too big, no rows) is refused with nothing imported. All good rows are written in one
// transaction, so a storage failure part-way imports nothing. Parsing is in snippet-files.ts.

import Papa from 'papaparse';
import type { PackField } from '@/lib/packs/format';
import { fieldsToCell } from './fields';
import type { Library } from './library';
import type { LibraryDatabase, Snippet } from './schema';
import {
  CSV_COLUMNS,
  detectFormat,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FORMULA_START,
  parseSnippetFile,
  type BadRow,
  type ParsedSnippetFile,
  type SnippetFileFormat,
} from './snippet-files';

// Reading files and importing them are one topic for the library's users.
export * from './snippet-files';

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
  fields?: PackField[];
}

function exported(snippet: Snippet): ExportedSnippet {
  const { title, shortcut, body, tags, emotions, fields } = snippet;
  const copy: ExportedSnippet = { title, shortcut, body, tags: [...tags], emotions: [...emotions] };
  if (fields && fields.length > 0) copy.fields = fields.map((field) => ({ ...field }));
  return copy;
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
    fieldsToCell(snippet.fields),
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
