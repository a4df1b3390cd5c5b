// The background entrypoint, end to end through the protocol: real @webext-core/messaging on a
// small callback-style `chrome` (WXT's fake browser only speaks promises), the real library on
// fake-indexeddb. Dexie's liveQuery needs a global indexedDB, so it is installed first.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openLibrary } from '@/lib/library/library';
import { createSnippet } from '@/lib/library/repository';
import { STARTER_SNIPPETS, starterSnippetId } from '@/lib/library/starter-snippets';
import { removeAllListeners, sendMessage, type LibraryChange } from './protocol';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

/** What reached tabs (content scripts) and extension pages. */
const delivered: { tabId: number | null; change: LibraryChange }[] = [];

function callbackChrome() {
  const listeners = new Set<Listener>();
  const record = (tabId: number | null, message: unknown) => {
    const { type, data } = message as { type: string; data: LibraryChange };
    if (type === 'library.changed') delivered.push({ tabId, change: data });
  };
  return {
    runtime: {
      lastError: undefined,
      onMessage: { addListener: (listener: Listener) => listeners.add(listener), removeListener: (listener: Listener) => listeners.delete(listener) },
      sendMessage(message: unknown, callback: (response: unknown) => void) {
        record(null, message);
        for (const listener of listeners) if (listener(message, {}, callback) === true) return;
        callback(undefined);
      },
    },
  };
}

beforeAll(async () => {
  vi.stubGlobal('chrome', callbackChrome());
  const { default: background } = await import('@/entrypoints/background');
  background.main();
});

afterAll(() => {
  removeAllListeners();
  vi.unstubAllGlobals();
});

describe('the background', () => {
  it('seeds the starter library and answers searches', async () => {
    const response = await sendMessage('library.search', { query: 'pending charge', emotions: [{ id: 'confused', confidence: 0.8 }] });
    if (!response.ok) throw new Error(response.error.message);
    expect(response.value[0]?.snippet.id).toBe(starterSnippetId('explain-pending-charge'));
    const all = await sendMessage('library.search', { query: '', limit: 50 });
    expect(all.ok && all.value.length).toBe(STARTER_SNIPPETS.length);
  });

  it('answers status, get, getByShortcut and recordUsage', async () => {
    expect(await sendMessage('library.status')).toEqual({ writable: true });
    const id = starterSnippetId('close-reference');
    expect(await sendMessage('library.get', { id })).toMatchObject({ ok: true, value: { id } });
    expect(await sendMessage('library.getByShortcut', { shortcut: 'Reference' })).toMatchObject({ ok: true, value: { id } });
    expect(await sendMessage('library.recordUsage', { id })).toEqual({ ok: true, value: null });
    expect(await sendMessage('library.get', { id })).toMatchObject({ ok: true, value: { usageCount: 1 } });
    expect(await sendMessage('library.recordUsage', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('tells every tab and extension page when the library changes, even from another window', async () => {
    // Tabs get the message through the browser's promise API (lib/messaging/broadcast.ts).
    const tab = { id: 7, url: 'https://desk.example.com/tickets/1' };
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as unknown as typeof fakeBrowser.tabs.query);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      const { type, data } = message as { type: string; data: LibraryChange };
      if (type === 'library.changed') delivered.push({ tabId, change: data });
    });
    delivered.length = 0;
    const optionsPage = await openLibrary();
    const created = await createSnippet(optionsPage, { title: 'Walrus greeting', body: 'Hello from the walrus team.', shortcut: 'walrus' });
    // Earlier tests' changes may still be on their way; look only at this one's.
    const aboutCreated = () => delivered.filter(({ change }) => change.kind === 'snippets' && change.changed.includes(created.id));
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
