// Today's counts through the real background entrypoint and protocol, as protocol.test.ts drives
// it: a callback-style `chrome` for @webext-core/messaging, WXT's fake browser for storage.local,
// the real library on fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { starterSnippetId } from '@/lib/library/starter-snippets';
import { removeAllListeners, sendMessage } from '@/lib/messaging/protocol';
import { DAY_COUNTS_KEY, localDay } from './day-counts';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

function callbackChrome() {
  const listeners = new Set<Listener>();
  return {
    runtime: {
      lastError: undefined,
      onMessage: { addListener: (listener: Listener) => listeners.add(listener), removeListener: (listener: Listener) => listeners.delete(listener) },
      sendMessage(message: unknown, callback: (response: unknown) => void) {
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

describe("the background's counts for today", () => {
  it('records what the sidebar reports: replies, fixes, statements and snippets', async () => {
    expect(await sendMessage('stats.today')).toEqual({ reply: 0, fix: 0, statement: 0, snippet: 0 });
    await sendMessage('stats.record', { kind: 'fix' });
    await sendMessage('stats.record', { kind: 'fix' });
    await sendMessage('stats.record', { kind: 'statement' });
    await sendMessage('stats.record', { kind: 'reply' });
    await sendMessage('stats.record', { kind: 'snippet' });
    expect(await sendMessage('stats.today')).toEqual({ reply: 1, fix: 2, statement: 1, snippet: 1 });
    // Kept in storage.local under the local day.
    const stored = await fakeBrowser.storage.local.get(DAY_COUNTS_KEY);
    expect(stored[DAY_COUNTS_KEY]).toMatchObject({ day: localDay(new Date()), counts: { fix: 2 } });
  });

  it('ignores a kind it does not count, and counts a snippet once however its use is recorded', async () => {
    const before = await sendMessage('stats.today');
    await sendMessage('stats.record', { kind: 'keystroke' as never });
    // The library's own usage count is not a second report of the same insertion.
    expect(await sendMessage('library.recordUsage', { id: starterSnippetId('close-reference') })).toEqual({ ok: true, value: null });
    // Records are applied in order, so once this one is in, any count from above would be too.
    await sendMessage('stats.record', { kind: 'statement' });
    expect(await sendMessage('stats.today')).toEqual({ ...before, statement: before.statement + 1 });
  });
});
