import { browser } from 'wxt/browser';
import type { LibraryChange, ProtocolMap } from '@/lib/messaging/protocol';

type ChangedMessage = Parameters<ProtocolMap['library.changed']>[0];

/**
 * The `library.changed` message as @webext-core/messaging's onMessage (in the content scripts)
 * receives it: it routes on `type` and requires a numeric `timestamp`; `id` only labels its logs.
 * broadcast.test.ts checks this against the library itself.
 */
export function libraryChangedMessage(change: ChangedMessage) {
  return { id: Math.floor(Math.random() * 1e9), type: 'library.changed' as const, data: change, timestamp: Date.now() };
}

/**
 * Tells the sidebars in open tabs that the library changed, after a write from this page.
 *
 * The background also announces changes it sees through Dexie's liveQuery, but only while its
 * service worker is running: a write made here while the worker sleeps wakes nothing, and a worker
 * that starts later reads the new data without announcing it. So this page announces its own
 * writes. A sidebar may hear of one change twice (here and from a running background); it only
 * refreshes twice.
 *
 * Sent with the browser's promise API rather than the messaging library's sendMessage, which does
 * not read chrome.runtime.lastError for tab messages: every tab without a listening content script
 * would log "Unchecked runtime.lastError" here. Only web pages whose address Tactful may see are
 * asked (without the "tabs" permission that is where it has host access, so where its content
 * scripts can run); a tab that does not answer is fine.
 */
export async function announceLibraryChange(change: LibraryChange): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const webPages = tabs.filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? ''));
  await Promise.all(webPages.map((tab) => browser.tabs.sendMessage(tab.id!, libraryChangedMessage(change)).catch(() => undefined)));
}
