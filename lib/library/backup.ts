// A full backup of everything the agent keeps locally, and restoring from one.
//
// A backup holds every snippet as stored (the agent's own and packs', with usage: usageCount and
// lastUsedAt travel on each snippet) and every setting. Unlike an import, a restore is all or
// nothing: it replaces the library, so a file with any invalid snippet is refused whole, as is a
// backup from a newer Tactful (its format may hold things this version would silently drop). The
// replacement runs in one transaction: if storage fails part-way, the library is as it was.

import * as v from 'valibot';
import { LibraryError } from './errors';
import type { Library } from './library';
import { SCHEMA_VERSION, type JsonValue, type Snippet } from './schema';
import { describeIssues, validateSnippetRecord } from './validation';
import { MAX_IMPORT_CHARS } from './import-export';

export const BACKUP_FORMAT = 'tactful-backup';
/** Bump when the backup's shape changes; restore refuses backups with a higher number. */
export const BACKUP_VERSION = 1;
const MAX_SETTING_KEY_LENGTH = 200;
/** A restore lists this many problems at most; the agent fixes the file, not a thousand rows. */
const MAX_REPORTED_PROBLEMS = 5;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601. */
  createdAt: string;
  /** The database schema the data came from (informational). */
  schemaVersion: number;
  snippets: Snippet[];
  settings: Record<string, JsonValue>;
}

export interface RestoreReport {
  snippets: number;
  settings: number;
}

export async function createBackup(library: Library): Promise<Backup> {
  const [snippets, settings] = await library.read(
    (db) => Promise.all([db.snippets.toArray(), db.settings.toArray()]),
    (starter) => [starter, []],
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(library.now()).toISOString(),
    schemaVersion: SCHEMA_VERSION,
    snippets,
    settings: Object.fromEntries(settings.map((setting) => [setting.key, setting.value])),
  };
}

/** The backup file's text (JSON). */
export async function backupToJson(library: Library): Promise<string> {
  return `${JSON.stringify(await createBackup(library), null, 2)}\n`;
}

function refuse(message: string): LibraryError {
  return new LibraryError('invalid-file', message);
}

const BackupHeader = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
const BackupBody = v.object({
  createdAt: v.optional(v.string()),
  snippets: v.array(v.unknown()),
  settings: v.optional(
    v.record(v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_SETTING_KEY_LENGTH)), v.unknown()),
    {},
  ),
});

/** Reads and checks a backup file completely; throws LibraryError (`newer-backup`, `invalid-file`). */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_IMPORT_CHARS)
    throw refuse(`The backup file is too large to restore (over ${MAX_IMPORT_CHARS / 1024 / 1024} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('This file is not a Tactful backup (it is not valid JSON). Nothing was changed.');
  }
  const header = v.safeParse(BackupHeader, data);
  if (!header.success) {
    const format = (data as { format?: unknown } | null)?.format;
    throw refuse(
      format === 'tactful-snippets'
        ? 'This is a snippet export, not a backup. Use "Import snippets" for it. Nothing was changed.'
        : 'This file is not a Tactful backup. Nothing was changed.',
    );
  }
  if (header.output.version > BACKUP_VERSION) {
    throw new LibraryError(
      'newer-backup',
      `This backup was made by a newer version of Tactful (backup format ${header.output.version}; this version reads up to ${BACKUP_VERSION}). Update Tactful, then restore it. Nothing was changed.`,
    );
  }
  const body = v.safeParse(BackupBody, data);
  if (!body.success) throw refuse(`This backup is damaged: ${body.issues[0].message} Nothing was changed.`);

  const problems: string[] = [];
  const snippets: Snippet[] = [];
  const ids = new Set<string>();
  const shortcuts = new Set<string>();
  body.output.snippets.forEach((item, index) => {
    const result = validateSnippetRecord(item);
    if (!result.ok) return problems.push(`snippet ${index + 1}: ${describeIssues(result.issues).replace(/\.$/, '')}`);
    if (ids.has(result.value.id)) return problems.push(`snippet ${index + 1}: its id appears twice`);
    if (shortcuts.has(result.value.shortcut))
      return problems.push(`snippet ${index + 1}: the shortcut "${result.value.shortcut}" appears twice`);
    ids.add(result.value.id);
    shortcuts.add(result.value.shortcut);
    snippets.push(result.value);
  });
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_REPORTED_PROBLEMS).join('; ');
    const more =
      problems.length > MAX_REPORTED_PROBLEMS ? ` (and ${problems.length - MAX_REPORTED_PROBLEMS} more)` : '';
    throw refuse(
      `This backup cannot be restored because some of it is invalid: ${listed}${more}. Nothing was changed.`,
    );
  }
  return {
    format: BACKUP_FORMAT,
    version: header.output.version,
    createdAt: body.output.createdAt ?? '',
    schemaVersion:
      typeof (data as { schemaVersion?: unknown }).schemaVersion === 'number'
        ? (data as { schemaVersion: number }).schemaVersion
        : 0,
    snippets,
    // JSON.parse produced these values, so they are JSON.
    settings: body.output.settings as Record<string, JsonValue>,
  };
}

/**
 * Replaces all snippets and settings (and empties the trash) with the backup's. Throws before
 * changing anything when the file is not a usable backup.
 */
export async function restoreBackup(library: Library, text: string): Promise<RestoreReport> {
  const backup = parseBackup(text);
  return library.write(['snippets', 'trash', 'settings'], async (db) => {
    await Promise.all([db.snippets.clear(), db.trash.clear(), db.settings.clear()]);
    await db.snippets.bulkAdd(backup.snippets);
    await db.settings.bulkAdd(Object.entries(backup.settings).map(([key, value]) => ({ key, value })));
    return { snippets: backup.snippets.length, settings: Object.keys(backup.settings).length };
  });
}
