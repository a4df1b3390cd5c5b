import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBKeyRange } from 'fake-indexeddb';
import { openLibrary } from './library';
import { createSnippet, deleteSnippets, getSnippet, listSnippets } from './repository';
import { seedStarterLibrary } from './seed';
import { STARTER_PACK_ID, STARTER_SNIPPETS, starterSnippetId } from './starter-snippets';
import { openTestLibrary, snippetInput, START } from './test-support';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('seedStarterLibrary', () => {
  it('adds every starter snippet as the read-only starter pack', async () => {
    const { library } = await openTestLibrary();
    const { added } = await seedStarterLibrary(library);
    expect(added).toHaveLength(STARTER_SNIPPETS.length);
    const stored = await listSnippets(library);
    expect(stored).toHaveLength(STARTER_SNIPPETS.length);
    expect(
      stored.every(
        (snippet) => snippet.packId === STARTER_PACK_ID && snippet.createdAt === START && snippet.usageCount === 0,
      ),
    ).toBe(true);
  });

  it('is idempotent, and does not bring back a starter snippet the agent deleted', async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const removed = starterSnippetId('anxious-deadline');
    await deleteSnippets(library, [removed]);
    expect(await seedStarterLibrary(library)).toEqual({ added: [] });
    expect(await getSnippet(library, removed)).toBeNull();
    expect(await listSnippets(library)).toHaveLength(STARTER_SNIPPETS.length - 1);
  });

  it("leaves an agent's own shortcut alone and gives the starter snippet a numbered one", async () => {
    const { library } = await openTestLibrary();
    const mine = await createSnippet(library, snippetInput({ shortcut: 'deadline' }));
    await seedStarterLibrary(library);
    expect((await getSnippet(library, starterSnippetId('anxious-deadline')))?.shortcut).toBe('deadline-2');
    expect(await getSnippet(library, mine.id)).toEqual(mine);
  });

  it('does nothing, without failing, when the library cannot store anything', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unavailable = {
      open: () => {
        throw new DOMException('No storage.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const library = await openLibrary({ indexedDB: unavailable, IDBKeyRange });
    expect(await seedStarterLibrary(library)).toEqual({ added: [] });
  });

  it('records the built-in starter pack, for libraries seeded before packs existed too', async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const db = library.db!;
    expect(await db.packs.get(STARTER_PACK_ID)).toMatchObject({
      id: STARTER_PACK_ID,
      source: { kind: 'built-in' },
      signature: { state: 'unsigned', publicKey: null },
      snippetCount: STARTER_SNIPPETS.length,
    });
    await db.packs.clear();
    expect((await seedStarterLibrary(library)).added).toEqual([]);
    expect(await db.packs.get(STARTER_PACK_ID)).toMatchObject({ snippetCount: STARTER_SNIPPETS.length });
  });
});
