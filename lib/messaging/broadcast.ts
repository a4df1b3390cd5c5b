import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/messaging/protocol';

type DataOf<Type extends keyof ProtocolMap> = Parameters<ProtocolMap[Type]>[0];

/**
 * A protocol message as @webext-core/messaging's onMessage (in the content scripts) receives it:
 * it routes on `type` and requires a numeric `timestamp`; `id` only labels its logs.
 * broadcast.test.ts checks this against the messaging library itself.
 */
export function protocolMessage<Type extends keyof ProtocolMap>(type: Type, data: DataOf<Type>) {
  return { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
}

/**
 * Sends a one-way protocol message to the content scripts in open tabs (library and settings
 * changes, the agent's pause), from the background or an extension page.
 *
 * Sent with the browser's promise API rather than the messaging library's sendMessage, which does
 * not read chrome.runtime.lastError for tab messages: every tab without a listening content script
 * would log "Unchecked runtime.lastError". Every tab is asked: without the "tabs" permission a tab's
 * address is often hidden, so it cannot tell where Tactful runs; a tab that does not answer is fine.
 */
export async function sendToTabs<Type extends keyof ProtocolMap>(type: Type, data: DataOf<Type>): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const ids = tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  await Promise.all(
    ids.map(async (id) => {
      try {
        await browser.tabs.sendMessage(id, protocolMessage(type, data));
      } catch {
        // No Tactful content script in that tab: nothing to tell.
      }
    }),
  );
}
