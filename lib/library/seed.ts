// Seeding the starter library. Idempotent: the slugs already seeded are remembered (in the same
// transaction as the snippets), so running it again adds nothing, a starter snippet the agent
// deleted does not come back, and a release that adds starter snippets adds only those.

import type { Library } from './library';
import { freeShortcut } from './repository';
import type { LibraryDatabase, PackRecord, Snippet } from './schema';
import { STARTER_PACK_ID, STARTER_SNIPPETS, starterSnippetId } from './starter-snippets';

const SEEDED_SLUGS_KEY = 'starter.seededSlugs';
/** When the starter snippets last changed. */
const STARTER_PACK_UPDATED = '2026-12-07T00:00:00Z';

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
      return STARTER_SNIPPETS.some((starter) => !seeded.has(starter.slug)) || !(await db.packs.get(STARTER_PACK_ID));
    },
    () => false,
  );
  if (!pending) return { added: [] };
  return library.write(['snippets', 'meta', 'packs'], async (db) => {
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
    const remaining = await db.snippets.where('packId').equals(STARTER_PACK_ID).count();
    const installed = await db.packs.get(STARTER_PACK_ID);
    await db.packs.put(starterPackRecord(remaining, installed, now));
    await db.meta.put({
      key: SEEDED_SLUGS_KEY,
      value: [...new Set([...seeded, ...STARTER_SNIPPETS.map((starter) => starter.slug)])],
    });
    return { added: records.map((record) => record.id) };
  });
}

/**
 * The built-in pack's record, so the options page lists it with the others. Its version is the
 * number of starter snippets this release knows: a release that adds some shows a newer version.
 */
function starterPackRecord(snippetCount: number, installed: PackRecord | undefined, now: number): PackRecord {
  return {
    id: STARTER_PACK_ID,
    name: 'Tactful starter snippets',
    version: `1.${STARTER_SNIPPETS.length}.0`,
    author: 'Tactful',
    description:
      'Replies written to the coaching guide, for every kind of customer. Duplicate one to make it your own.',
    updated: STARTER_PACK_UPDATED,
    source: { kind: 'built-in' },
    signature: { state: 'unsigned', publicKey: null },
    settings: null,
    snippetCount,
    installedAt: installed?.installedAt ?? now,
    updatedAt: now,
  };
}
