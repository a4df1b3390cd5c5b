// Shared by tests that drive the background entrypoint through the real protocol (never imported by
// the extension): real @webext-core/messaging on a small callback-style `chrome` (WXT's fake browser
// only speaks promises), with the real library on fake-indexeddb. Dexie's liveQuery needs a global
// indexedDB, so it is installed before anything opens the library.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, vi } from 'vitest';
import { removeAllListeners } from './protocol';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

export interface BackgroundTestOptions {
  /** Sees every runtime message (extension pages' traffic, broadcasts included) before listeners do. */
  onRuntimeMessage?: (message: unknown) => void;
}

/** A `chrome.runtime` whose sendMessage hands each message to this context's own listeners. */
function callbackChrome(onRuntimeMessage: BackgroundTestOptions['onRuntimeMessage']) {
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
        for (const listener of listeners) if (listener(message, {}, callback) === true) return;
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
    vi.stubGlobal('chrome', callbackChrome(options.onRuntimeMessage));
    const { default: background } = await import('@/entrypoints/background');
    background.main();
  });

  afterAll(() => {
    removeAllListeners();
    vi.unstubAllGlobals();
  });
}
