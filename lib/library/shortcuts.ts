// Who holds a shortcut, and a free variant of one: shortcuts are unique across the library.

import { LibraryError } from './errors';
import type { LibraryDatabase, Snippet } from './schema';
import { MAX_SHORTCUT_LENGTH } from './validation';

export async function shortcutOwner(db: LibraryDatabase, shortcut: string): Promise<Snippet | undefined> {
  return db.snippets.where('shortcut').equals(shortcut).first();
}

export async function assertShortcutFree(db: LibraryDatabase, shortcut: string, exceptId?: string): Promise<void> {
  const owner = await shortcutOwner(db, shortcut);
  if (owner && owner.id !== exceptId) {
    throw new LibraryError(
      'duplicate-shortcut',
      `The shortcut "${shortcut}" is already used by "${owner.title}". Choose another one.`,
      [{ field: 'shortcut', message: `Already used by "${owner.title}".` }],
    );
  }
}

/**
 * `base` if no snippet uses it, else `base-2`, `base-3`... (shortened to fit the length limit).
 * `alsoTaken` holds shortcuts claimed earlier in the same transaction.
 */
export async function freeShortcut(
  db: LibraryDatabase,
  base: string,
  alsoTaken: ReadonlySet<string> = new Set(),
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const suffix = attempt === 1 ? '' : `-${attempt}`;
    const candidate = base.slice(0, MAX_SHORTCUT_LENGTH - suffix.length) + suffix;
    if (!alsoTaken.has(candidate) && !(await shortcutOwner(db, candidate))) return candidate;
  }
}
