// Seeding the starter library. Idempotent: the slugs already seeded are remembered (in the same
// transaction as the snippets), so running it again adds nothing, a starter snippet the agent
// deleted does not come back, and a release that adds starter snippets adds only those.

import type { Library } from './library';
import { freeShortcut } from './repository';
import type { LibraryDatabase, Snippet } from './schema';
import { STARTER_PACK_ID, STARTER_SNIPPETS, starterSnippetId } from './starter-snippets';

const SEEDED_SLUGS_KEY = 'starter.seededSlugs';

export interface SeedResult {
  /** Ids of the snippets added by this run. */
  added: string[];
}

async function seededSlugs(db: LibraryDatabase): Promise<Set<string>> {
  const stored = (await db.meta.get(SEEDED_SLUGS_KEY))?.value;
  return new Set(Array.isArray(stored) ? stored.filter((slug): slug is string => typeof slug === 'string') : []);
}

/** Adds the starter snippets not seeded before. Cheap when there are none (a read, no write). */
export async function seedStarterLibrary(library: Library): Promise<SeedResult> {
  const pending = await library.read(
    async (db) => {
      const seeded = await seededSlugs(db);
      return STARTER_SNIPPETS.some((starter) => !seeded.has(starter.slug));
    },
    () => false,
  );
  if (!pending) return { added: [] };
  return library.write(['snippets', 'meta'], async (db) => {
    const seeded = await seededSlugs(db);
    const now = library.now();
    const claimed = new Set<string>();
    const records: Snippet[] = [];
    for (const starter of STARTER_SNIPPETS) {
      if (seeded.has(starter.slug)) continue;
      const id = starterSnippetId(starter.slug);
      if (await db.snippets.get(id)) continue;
      // The agent may already use the shortcut for a snippet of their own: theirs wins.
      const shortcut = await freeShortcut(db, starter.shortcut, claimed);
      claimed.add(shortcut);
      const { title, body, tags, emotions } = starter;
      records.push({
        id,
        title,
        body,
        shortcut,
        tags: [...tags],
        emotions: [...emotions],
        packId: STARTER_PACK_ID,
        createdAt: now,
        updatedAt: now,
        usageCount: 0,
        lastUsedAt: null,
      });
    }
    await db.snippets.bulkAdd(records);
    await db.meta.put({
      key: SEEDED_SLUGS_KEY,
      value: [...new Set([...seeded, ...STARTER_SNIPPETS.map((starter) => starter.slug)])],
    });
    return { added: records.map((record) => record.id) };
  });
}
