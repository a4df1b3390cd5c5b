// Dexie's liveQuery only runs where a global indexedDB exists (it checks when Dexie loads), so this
// file installs fake-indexeddb globally before anything imports Dexie. Each test still opens its
// own database.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryChange, LibrarySearchRequest } from '@/lib/messaging/protocol';
import { IDBKeyRange } from 'fake-indexeddb';
import { MESSAGES } from './errors';
import { openLibrary } from './library';
import { createSnippet, deleteSnippets, getSnippet, updateSnippet } from './repository';
import { seedStarterLibrary } from './seed';
import { unpackSearchAhead } from './search-ahead';
import { LibraryService } from './service';
import { starterSnippetId } from './starter-snippets';
import { failWritesWithQuota, openTestLibrary, snippetInput } from './test-support';

const services: LibraryService[] = [];

afterEach(() => {
  services.splice(0).forEach((service) => service.stop());
  vi.restoreAllMocks();
});

async function startService() {
  const test = await openTestLibrary();
  await seedStarterLibrary(test.library);
  const changes: LibraryChange[] = [];
  const service = new LibraryService(test.library, { onChange: (change) => changes.push(change) });
  services.push(service);
  await service.ready;
  return { ...test, service, changes };
}

/** liveQuery reports after the transaction commits, asynchronously. */
async function nextChange(changes: LibraryChange[], count: number): Promise<void> {
  await vi.waitFor(() => expect(changes.length).toBeGreaterThanOrEqual(count), { timeout: 2000, interval: 5 });
}

describe('LibraryService', () => {
  it("searches the library, ranking snippets for the customer's emotion first", async () => {
    const { service } = await startService();
    const response = await service.search({ query: 'sorry', emotions: [{ id: 'angry', confidence: 0.9 }], limit: 3 });
    if (!response.ok) throw new Error(response.error.message);
    expect(response.value).toHaveLength(3);
    expect(response.value[0]?.snippet.emotions).toContain('angry');
  });

  it('filters by tags and answers get, getByShortcut and status', async () => {
    const { service } = await startService();
    const tagged = await service.search({ query: '', tags: ['Handoff'], limit: 50 });
    expect(tagged.ok && tagged.value.every((hit) => hit.snippet.tags.includes('handoff'))).toBe(true);
    expect(await service.getByShortcut({ shortcut: 'Deadline ' })).toMatchObject({
      ok: true,
      value: { id: starterSnippetId('anxious-deadline') },
    });
    expect(await service.get({ id: 'missing' })).toEqual({ ok: true, value: null });
    expect(service.status()).toEqual({ writable: true });
  });

  it('refuses malformed requests with a typed error instead of throwing', async () => {
    const { service } = await startService();
    const bad = await service.search({ query: 42 } as unknown as LibrarySearchRequest);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await service.search({ query: 'x', limit: 10_000 })).toMatchObject({ ok: false });
    expect(await service.recordUsage({ id: '' })).toMatchObject({ ok: false });
  });

  it('looks ahead: the results of the queries one more key makes, as a search gives them', async () => {
    const { service } = await startService();
    const request = { query: 'sorr', emotions: [{ id: 'angry' as const, confidence: 0.9 }], limit: 5 };
    // Each answer holds what fits in the time budget (all of it, unless the machine is busy): ask
    // on from where it stopped, as the tab does, until it is complete.
    const ahead: ReturnType<typeof unpackSearchAhead> = [];
    for (let complete = false; !complete;) {
      const response = await service.searchAhead({ ...request, from: ahead.length });
      if (!response.ok) throw new Error(response.error.message);
      expect(response.value.results.length > 0 || response.value.complete).toBe(true);
      ahead.push(...unpackSearchAhead(response.value));
      complete = response.value.complete;
    }
    expect(ahead[0]?.query).toBe('sorry');
    for (const { query, ranked } of ahead) {
      const searched = await service.search({ ...request, query });
      expect(searched.ok && searched.value.map((hit) => hit.snippet.id)).toEqual(ranked.map((hit) => hit.snippet.id));
    }
    // Going on from where an unfinished look-ahead stopped.
    const rest = await service.searchAhead({ ...request, from: 3 });
    expect(rest.ok && rest.value.results.map((entry) => entry.query)).toEqual(
      ahead.slice(3).map((entry) => entry.query),
    );
    expect(await service.searchAhead({ ...request, from: -1 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('records usage, and the next search sees it', async () => {
    const { service, library, changes } = await startService();
    const id = starterSnippetId('close-reference');
    expect(await service.recordUsage({ id })).toEqual({ ok: true, value: null });
    expect((await getSnippet(library, id))?.usageCount).toBe(1);
    await nextChange(changes, 1);
    expect(changes[0]).toEqual({ kind: 'snippets', changed: [id], removed: [] });
    const response = await service.search({ query: 'reference' });
    expect(response.ok && response.value[0]?.usage).toBeGreaterThan(0);
    expect(await service.recordUsage({ id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports changes made in this window and in another one (an options page), and searches the new text', async () => {
    const { service, library, factory, clock, changes } = await startService();
    const created = await createSnippet(library, snippetInput({ title: 'Walrus greeting', shortcut: 'walrus' }));
    await nextChange(changes, 1);
    expect(changes.at(-1)).toEqual({ kind: 'snippets', changed: [created.id], removed: [] });

    const { library: optionsPage } = await openTestLibrary({ factory, clock });
    await updateSnippet(optionsPage, created.id, { title: 'Otter greeting' });
    await nextChange(changes, 2);
    const found = await service.search({ query: 'otter' });
    expect(found.ok && found.value.map((hit) => hit.snippet.id)).toEqual([created.id]);

    await deleteSnippets(optionsPage, [created.id]);
    await nextChange(changes, 3);
    expect(changes.at(-1)).toEqual({ kind: 'snippets', changed: [], removed: [created.id] });
    optionsPage.close();
  });

  it('answers from the starter snippets when IndexedDB is unavailable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refusing = {
      open: () => {
        throw new DOMException('No storage.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const library = await openLibrary({ indexedDB: refusing, IDBKeyRange });
    const service = new LibraryService(library);
    services.push(service);
    const found = await service.search({ query: 'pending charge' });
    expect(found.ok && found.value[0]?.snippet.id).toBe(starterSnippetId('explain-pending-charge'));
    expect(await service.recordUsage({ id: starterSnippetId('explain-pending-charge') })).toMatchObject({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(service.status()).toMatchObject({ writable: false, reason: 'unavailable' });
  });

  it('reports a status change, such as running out of space', async () => {
    const { service, changes } = await startService();
    const restore = failWritesWithQuota();
    const response = await service.recordUsage({ id: starterSnippetId('close-reference') });
    restore();
    expect(response).toEqual({ ok: false, error: { code: 'quota-exceeded', message: MESSAGES.readOnlyQuota } });
    expect(changes).toEqual([
      { kind: 'status', status: { writable: false, reason: 'quota-exceeded', message: MESSAGES.readOnlyQuota } },
    ]);
    expect(service.status()).toMatchObject({ writable: false, reason: 'quota-exceeded' });
  });
});
