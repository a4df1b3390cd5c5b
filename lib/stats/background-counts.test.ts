// Today's counts through the real background entrypoint and protocol, booted as protocol.test.ts
// boots it (lib/messaging/test-support.ts), with WXT's fake browser for storage.local and the real
// library on fake-indexeddb.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { starterSnippetId } from '@/lib/library/starter-snippets';
import { sendMessage } from '@/lib/messaging/protocol';
import { runBackgroundForTests } from '@/lib/messaging/test-support';
import { DAY_COUNTS_KEY, localDay } from './day-counts';

runBackgroundForTests();

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
    expect(await sendMessage('library.recordUsage', { id: starterSnippetId('close-reference') })).toEqual({
      ok: true,
      value: null,
    });
    // Records are applied in order, so once this one is in, any count from above would be too.
    await sendMessage('stats.record', { kind: 'statement' });
    expect(await sendMessage('stats.today')).toEqual({ ...before, statement: before.statement + 1 });
  });
});
