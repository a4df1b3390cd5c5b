// Shared by tests that drive the background entrypoint through the real protocol (never imported by
// the extension): real @webext-core/messaging on a small callback-style `chrome` (WXT's fake browser
// only speaks promises), with the real library on fake-indexeddb. Dexie's liveQuery needs a global
// indexedDB, so it is installed before anything opens the library.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, vi } from 'vitest';
import { removeAllListeners, type ProtocolMap } from './protocol';
import { ALLOWED_SENDERS, type MessageSender } from './senders';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

/** A content script in a tab, as the browser reports it (the id is WXT's fake browser's runtime.id). */
export const CONTENT_SCRIPT_SENDER: MessageSender = {
  id: 'test-extension-id',
  tab: { id: 7 },
  frameId: 0,
  url: 'https://example.zendesk.com/agent/tickets/1',
};

/** The extension's own page (popup or options). */
export const EXTENSION_PAGE_SENDER: MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
};

export interface BackgroundTestOptions {
  /**
   * Who each message seems to come from. By default, the context that sends it in the extension:
   * a content script where one may, else the extension's own page.
   */
  sender?: (message: { type?: string }) => MessageSender;
  /** Sees every runtime message (extension pages' traffic, broadcasts included) before listeners do. */
  onRuntimeMessage?: (message: unknown) => void;
}

/** A `chrome.runtime` whose sendMessage hands each message to this context's own listeners. */
function usualSender(message: { type?: string }): MessageSender {
  const allowed = ALLOWED_SENDERS[message.type as keyof ProtocolMap] ?? [];
  return allowed.includes('content-script') ? CONTENT_SCRIPT_SENDER : EXTENSION_PAGE_SENDER;
}

function callbackChrome({ onRuntimeMessage, sender = usualSender }: BackgroundTestOptions) {
  const listeners = new Set<Listener>();
  return {
    runtime: {
      lastError: undefined,
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
      sendMessage(message: unknown, callback: (response: unknown) => void) {
        onRuntimeMessage?.(message);
        for (const listener of listeners)
          if (listener(message, sender(message as { type?: string }), callback) === true) return;
        callback(undefined);
      },
    },
  };
}

/**
 * Starts the background entrypoint before the calling file's tests and takes its listeners and the
 * stubbed `chrome` away after them. Call it at the top level of a test file.
 */
export function runBackgroundForTests(options: BackgroundTestOptions = {}): void {
  beforeAll(async () => {
    vi.stubGlobal('chrome', callbackChrome(options));
    const { default: background } = await import('@/entrypoints/background');
    background.main();
  });

  afterAll(() => {
    removeAllListeners();
    vi.unstubAllGlobals();
  });
}
