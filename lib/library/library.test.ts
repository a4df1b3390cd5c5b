import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLibraryError, MESSAGES } from './errors';
import { openLibrary } from './library';
import { createSnippet, getSnippet, getSnippetByShortcut, listSnippets, recordUsage } from './repository';
import { STARTER_SNIPPETS } from './starter-snippets';
import { failWritesWithQuota, openTestLibrary, snippetInput } from './test-support';

afterEach(() => {
  vi.restoreAllMocks();
});

/** An IndexedDB that refuses to open, as Firefox's private windows used to (and some policies do). */
function refusingFactory(): IDBFactory {
  return {
    open: () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    },
    deleteDatabase: () => {
      throw new DOMException('Not allowed.', 'InvalidStateError');
    },
    databases: async () => [],
    cmp: () => 0,
  } as unknown as IDBFactory;
}

describe('a library whose IndexedDB will not open', () => {
  it('opens read-only with the reason, and still serves the starter snippets', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const library = await openLibrary({ indexedDB: refusingFactory(), IDBKeyRange });
    expect(library.status).toEqual({ writable: false, reason: 'unavailable', message: MESSAGES.readOnlyUnavailable });
    expect(library.db).toBeNull();
    expect((await listSnippets(library)).length).toBe(STARTER_SNIPPETS.length);
    expect((await getSnippetByShortcut(library, 'Fell-Short'))?.title).toBe('Angry: we fell short');
  });

  it('refuses writes with a read-only error that says why', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const library = await openLibrary({ indexedDB: refusingFactory(), IDBKeyRange });
    const attempt = createSnippet(library, snippetInput());
    await expect(attempt).rejects.toMatchObject({ code: 'read-only', message: MESSAGES.readOnlyUnavailable });
  });
});

describe('a write that hits the storage quota', () => {
  it('fails with quota-exceeded, leaves the stored snippets untouched and turns the library read-only', async () => {
    const { library } = await openTestLibrary();
    const kept = await createSnippet(library, snippetInput({ shortcut: 'kept' }));
    const statuses: unknown[] = [];
    library.onStatusChange((status) => statuses.push(status));

    const restore = failWritesWithQuota();
    const error = await createSnippet(library, snippetInput({ shortcut: 'new-one' })).catch(
      (caught: unknown) => caught,
    );
    restore();

    expect(isLibraryError(error, 'quota-exceeded')).toBe(true);
    expect(library.status).toEqual({ writable: false, reason: 'quota-exceeded', message: MESSAGES.readOnlyQuota });
    expect(statuses).toEqual([library.status]);
    expect(await listSnippets(library)).toEqual([kept]);
    // Read-only now: a further write is refused up front, even with space available again.
    await expect(recordUsage(library, kept.id)).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect((await getSnippet(library, kept.id))?.usageCount).toBe(0);
  });

  it('writes again after retryWrites once there is space', async () => {
    const { library } = await openTestLibrary();
    const kept = await createSnippet(library, snippetInput());
    const restore = failWritesWithQuota();
    await expect(recordUsage(library, kept.id)).rejects.toMatchObject({ code: 'quota-exceeded' });
    restore();
    expect(library.retryWrites()).toEqual({ writable: true });
    expect((await recordUsage(library, kept.id)).usageCount).toBe(1);
  });
});
