// Deleting snippets to a trash they can be restored from for a while, as undo for a delete.

import type { Library } from './library';
import { freeShortcut } from './shortcuts';
import type { Snippet, TrashedSnippet } from './schema';

/** Deleted snippets stay restorable this long before purgeTrash drops them. */
export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deleted snippets that can still be restored, most recently deleted first. */
export function listTrash(library: Library): Promise<TrashedSnippet[]> {
  return library.read(
    async (db) => await db.trash.orderBy('deletedAt').reverse().toArray(),
    () => [],
  );
}

/** Moves snippets to the trash (restorable with restoreDeletedSnippets). Returns the ids it deleted. */
export async function deleteSnippets(library: Library, ids: readonly string[]): Promise<string[]> {
  return library.write(['snippets', 'trash'], async (db) => {
    const found = (await db.snippets.bulkGet([...ids])).filter((snippet): snippet is Snippet => snippet !== undefined);
    const deletedAt = library.now();
    await db.trash.bulkPut(found.map((snippet) => ({ ...snippet, deletedAt })));
    await db.snippets.bulkDelete(found.map((snippet) => snippet.id));
    return found.map((snippet) => snippet.id);
  });
}

export interface RestoredSnippet {
  snippet: Snippet;
  /** The shortcut it had when deleted, when another snippet took it in the meantime. */
  previousShortcut: string | null;
}

/**
 * Undo for deleteSnippets: puts snippets back from the trash. A shortcut taken since the delete
 * gets a numbered variant (reported in previousShortcut) rather than failing the undo.
 */
export async function restoreDeletedSnippets(library: Library, ids: readonly string[]): Promise<RestoredSnippet[]> {
  return library.write(['snippets', 'trash'], async (db) => {
    const trashed = (await db.trash.bulkGet([...ids])).filter(
      (snippet): snippet is TrashedSnippet => snippet !== undefined,
    );
    const claimed = new Set<string>();
    const restored: RestoredSnippet[] = [];
    for (const { deletedAt: _deletedAt, ...snippet } of trashed) {
      const shortcut = await freeShortcut(db, snippet.shortcut, claimed);
      claimed.add(shortcut);
      restored.push({
        snippet: { ...snippet, shortcut },
        previousShortcut: shortcut === snippet.shortcut ? null : snippet.shortcut,
      });
    }
    await db.snippets.bulkPut(restored.map((entry) => entry.snippet));
    await db.trash.bulkDelete(trashed.map((snippet) => snippet.id));
    return restored;
  });
}

/** Drops trashed snippets deleted more than `retentionMs` ago; returns how many. */
export async function purgeTrash(library: Library, retentionMs: number = TRASH_RETENTION_MS): Promise<number> {
  const cutoff = library.now() - retentionMs;
  return library.write(['trash'], (db) => db.trash.where('deletedAt').below(cutoff).delete());
}
