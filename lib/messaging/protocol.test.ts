// The background entrypoint, end to end through the protocol (see test-support.ts): real
// @webext-core/messaging on a callback-style `chrome`, the real library on fake-indexeddb. Dexie's
// liveQuery needs a global indexedDB, so it is installed first.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openLibrary } from '@/lib/library/library';
import { createSnippet } from '@/lib/library/repository';
import { STARTER_SNIPPETS, starterSnippetId } from '@/lib/library/starter-snippets';
import { sendMessage, type LibraryChange } from './protocol';
import { runBackgroundForTests } from './test-support';

/** What reached tabs (content scripts) and extension pages. */
const delivered: { tabId: number | null; change: LibraryChange }[] = [];

function recordDelivery(tabId: number | null, message: unknown) {
  const { type, data } = message as { type: string; data: LibraryChange };
  if (type === 'library.changed') delivered.push({ tabId, change: data });
}

runBackgroundForTests({ onRuntimeMessage: (message) => recordDelivery(null, message) });

describe('the background', () => {
  it('seeds the starter library and answers searches', async () => {
    const response = await sendMessage('library.search', {
      query: 'pending charge',
      emotions: [{ id: 'confused', confidence: 0.8 }],
    });
    if (!response.ok) throw new Error(response.error.message);
    expect(response.value[0]?.snippet.id).toBe(starterSnippetId('explain-pending-charge'));
    const all = await sendMessage('library.search', { query: '', limit: 50 });
    expect(all.ok && all.value.length).toBe(STARTER_SNIPPETS.length);
  });

  it('answers status, get, getByShortcut and recordUsage', async () => {
    expect(await sendMessage('library.status')).toEqual({ writable: true });
    const id = starterSnippetId('close-reference');
    expect(await sendMessage('library.get', { id })).toMatchObject({ ok: true, value: { id } });
    expect(await sendMessage('library.getByShortcut', { shortcut: 'Reference' })).toMatchObject({
      ok: true,
      value: { id },
    });
    expect(await sendMessage('library.recordUsage', { id })).toEqual({ ok: true, value: null });
    expect(await sendMessage('library.get', { id })).toMatchObject({ ok: true, value: { usageCount: 1 } });
    expect(await sendMessage('library.recordUsage', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('tells every tab and extension page when the library changes, even from another window', async () => {
    // Tabs get the message through the browser's promise API (lib/messaging/broadcast.ts).
    const tab = { id: 7, url: 'https://desk.example.com/tickets/1' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      tab,
    ]) as unknown as typeof fakeBrowser.tabs.query);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) =>
      recordDelivery(tabId, message),
    );
    delivered.length = 0;
    const optionsPage = await openLibrary();
    const created = await createSnippet(optionsPage, {
      title: 'Walrus greeting',
      body: 'Hello from the walrus team.',
      shortcut: 'walrus',
    });
    // Earlier tests' changes may still be on their way; look only at this one's.
    const aboutCreated = () =>
      delivered.filter(({ change }) => change.kind === 'snippets' && change.changed.includes(created.id));
    await vi.waitFor(() => expect(aboutCreated().length).toBeGreaterThanOrEqual(2), { timeout: 3000, interval: 10 });
    const toTab = aboutCreated().find((delivery) => delivery.tabId === tab.id);
    const toPages = aboutCreated().find((delivery) => delivery.tabId === null);
    expect(toTab).toEqual({ tabId: tab.id, change: expect.objectContaining({ kind: 'snippets', removed: [] }) });
    expect(toPages).toEqual({ tabId: null, change: toTab!.change });
    const found = await sendMessage('library.search', { query: 'walrus' });
    expect(found.ok && found.value[0]?.snippet.id).toBe(created.id);
    optionsPage.close();
  });
});
