// Reading and changing snippets and settings. Every change runs in one IndexedDB transaction
// (Library.write), validates its input first, and fails with a LibraryError whose message the UI
// can show as is. Other windows see changes through Dexie's liveQuery (extension pages) or the
// background's `library.changed` broadcast (content scripts).

import { LibraryError } from './errors';
import type { Library } from './library';
import type { JsonValue, Snippet } from './schema';
import { parseSnippetInput, parseTags, shortcutSchema, type SnippetInput, type ValidSnippetInput } from './validation';
import * as v from 'valibot';
import { assertShortcutFree, freeShortcut, shortcutOwner } from './shortcuts';

export { freeShortcut };
// The trash is part of the repository's public face.
export * from './trash';

function notFound(): LibraryError {
  return new LibraryError('not-found', 'That snippet no longer exists; it may have been deleted in another window.');
}

function normaliseShortcut(shortcut: string): string | null {
  const result = v.safeParse(shortcutSchema, shortcut);
  return result.success ? result.output : null;
}

function newRecord(
  input: ValidSnippetInput,
  now: number,
  packId: string | null = null,
  id: string = crypto.randomUUID(),
): Snippet {
  return { id, ...input, packId, createdAt: now, updatedAt: now, usageCount: 0, lastUsedAt: null };
}

// Reads

/** All snippets, the agent's own and packs', in no particular order. */
export function listSnippets(library: Library): Promise<Snippet[]> {
  return library.read(
    (db) => db.snippets.toArray(),
    (starter) => starter.map((snippet) => ({ ...snippet })),
  );
}

export function getSnippet(library: Library, id: string): Promise<Snippet | null> {
  return library.read(
    async (db) => (await db.snippets.get(id)) ?? null,
    (starter) => starter.find((snippet) => snippet.id === id) ?? null,
  );
}

/** The snippet a typed shortcut expands to (any case, surrounding spaces ignored). */
export function getSnippetByShortcut(library: Library, shortcut: string): Promise<Snippet | null> {
  const normalised = normaliseShortcut(shortcut);
  if (!normalised) return Promise.resolve(null);
  return library.read(
    async (db) => (await shortcutOwner(db, normalised)) ?? null,
    (starter) => starter.find((snippet) => snippet.shortcut === normalised) ?? null,
  );
}

// Changes

/** Saves a new snippet of the agent's own. Throws for invalid input or a shortcut in use. */
export async function createSnippet(library: Library, input: SnippetInput): Promise<Snippet> {
  const valid = parseSnippetInput(input);
  return library.write(['snippets'], async (db) => {
    await assertShortcutFree(db, valid.shortcut);
    const record = newRecord(valid, library.now());
    await db.snippets.add(record);
    return record;
  });
}

export interface UpdateOptions {
  /**
   * The updatedAt the editor loaded. When the stored snippet has changed since (another window
   * saved it), the update is refused with `edit-conflict` instead of silently overwriting.
   */
  expectedUpdatedAt?: number;
}

/** Changes some fields of one of the agent's own snippets. Pack snippets are read-only: duplicate them. */
export async function updateSnippet(
  library: Library,
  id: string,
  changes: Partial<SnippetInput>,
  options: UpdateOptions = {},
): Promise<Snippet> {
  return library.write(['snippets'], async (db) => {
    const current = await db.snippets.get(id);
    if (!current) throw notFound();
    if (current.packId !== null) {
      throw new LibraryError(
        'pack-snippet-read-only',
        'This snippet comes with a pack, so it cannot be edited. Duplicate it to make your own copy.',
      );
    }
    if (options.expectedUpdatedAt !== undefined && current.updatedAt !== options.expectedUpdatedAt) {
      throw new LibraryError(
        'edit-conflict',
        'This snippet was changed in another window. Reopen it to see the latest version before saving.',
      );
    }
    const { title, body, shortcut, tags, emotions, fields } = current;
    const valid = parseSnippetInput({ title, body, shortcut, tags, emotions, fields, ...changes });
    await assertShortcutFree(db, valid.shortcut, id);
    const updated: Snippet = { ...current, ...valid, updatedAt: Math.max(library.now(), current.updatedAt + 1) };
    await db.snippets.put(updated);
    return updated;
  });
}

/**
 * Copies a snippet (typically one from a pack) into a new snippet of the agent's own, with a free
 * variant of its shortcut unless `changes` gives one. Usage starts again from zero.
 */
export async function duplicateSnippet(
  library: Library,
  id: string,
  changes: Partial<SnippetInput> = {},
): Promise<Snippet> {
  return library.write(['snippets'], async (db) => {
    const source = await db.snippets.get(id);
    if (!source) throw notFound();
    const shortcut = changes.shortcut ?? (await freeShortcut(db, source.shortcut));
    const { title, body, tags, emotions, fields } = source;
    const valid = parseSnippetInput({ title, body, tags, emotions, fields, ...changes, shortcut });
    await assertShortcutFree(db, valid.shortcut);
    const record = newRecord(valid, library.now());
    await db.snippets.add(record);
    return record;
  });
}

export interface BulkTagChanges {
  add?: readonly string[];
  remove?: readonly string[];
}

export interface BulkTagResult {
  updated: string[];
  /** Snippets left alone, with why. */
  skipped: { id: string; reason: string }[];
}

/** Adds and removes tags on many of the agent's own snippets at once (pack snippets are skipped). */
export async function bulkTag(
  library: Library,
  ids: readonly string[],
  changes: BulkTagChanges,
): Promise<BulkTagResult> {
  const add = parseTags(changes.add ?? []);
  const remove = new Set(parseTags(changes.remove ?? []));
  return library.write(['snippets'], async (db) => {
    const result: BulkTagResult = { updated: [], skipped: [] };
    const snippets = await db.snippets.bulkGet([...ids]);
    const now = library.now();
    const updates: Snippet[] = [];
    for (const [index, snippet] of snippets.entries()) {
      const id = ids[index]!;
      if (!snippet) {
        result.skipped.push({ id, reason: 'It no longer exists.' });
      } else if (snippet.packId !== null) {
        result.skipped.push({ id, reason: 'It comes with a pack; duplicate it to tag your own copy.' });
      } else {
        const tags = parseTags([...snippet.tags.filter((tag) => !remove.has(tag)), ...add]);
        if (tags.length === snippet.tags.length && tags.every((tag, position) => tag === snippet.tags[position]))
          continue;
        updates.push({ ...snippet, tags, updatedAt: Math.max(now, snippet.updatedAt + 1) });
        result.updated.push(id);
      }
    }
    await db.snippets.bulkPut(updates);
    return result;
  });
}

/**
 * Counts an insertion of the snippet (search ranks by it). Does not change updatedAt: the
 * snippet's content is the same, and an editor open elsewhere must not see a conflict.
 */
export async function recordUsage(library: Library, id: string): Promise<Snippet> {
  return library.write(['snippets'], async (db) => {
    const snippet = await db.snippets.get(id);
    if (!snippet) throw notFound();
    const used: Snippet = { ...snippet, usageCount: snippet.usageCount + 1, lastUsedAt: library.now() };
    await db.snippets.put(used);
    return used;
  });
}

// Settings: the options page owns the keys; the library stores them and includes them in backups.

export function readSettings(library: Library): Promise<Record<string, JsonValue>> {
  return library.read(
    async (db) => Object.fromEntries((await db.settings.toArray()).map((setting) => [setting.key, setting.value])),
    () => ({}),
  );
}

/** Stores the given keys (others are left as they are); a value of null removes the key. */
export async function writeSettings(library: Library, values: Record<string, JsonValue>): Promise<void> {
  await library.write(['settings'], async (db) => {
    const entries = Object.entries(values);
    await db.settings.bulkDelete(entries.filter(([, value]) => value === null).map(([key]) => key));
    await db.settings.bulkPut(entries.filter(([, value]) => value !== null).map(([key, value]) => ({ key, value })));
  });
}
