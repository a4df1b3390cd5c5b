import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LibraryChange, ProtocolMap } from '@/lib/messaging/protocol';
import { protocolMessage, sendToTabs } from './broadcast';

const change: LibraryChange = { kind: 'snippets', changed: ['a'], removed: ['b'] };

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('sendToTabs', () => {
  it('sends library.changed to every open tab, and shrugs off tabs that do not answer', async () => {
    const tabs = [
      { id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' },
      { id: 2, url: undefined },
      { id: 3, url: 'chrome-extension://abc/options.html' },
      { id: 4, url: 'http://127.0.0.1:5170/gmail/' },
    ] as Browser.tabs.Tab[];
    // Typed through the promise form; WXT's type lists the callback form last, which spyOn picks.
    vi.spyOn(browser.tabs, 'query').mockImplementation((async () => tabs) as unknown as typeof browser.tabs.query);
    const sent: [number, unknown][] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
      if (tabId === 4) throw new Error('Could not establish connection. Receiving end does not exist.');
    });

    await sendToTabs('library.changed', change);
    expect(sent.map(([tabId]) => tabId)).toEqual([1, 2, 3, 4]);
    expect(sent[0]![1]).toMatchObject({ type: 'library.changed', data: change });
  });

  it("builds a message the content scripts' onMessage (from @webext-core/messaging) accepts", async () => {
    // The messaging library listens on chrome.runtime.onMessage; catch the listener it adds.
    let rootListener:
      ((message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean) | undefined;
    vi.stubGlobal('chrome', {
      runtime: {
        onMessage: {
          addListener: (listener: typeof rootListener) => (rootListener = listener),
          removeListener: () => {},
        },
      },
    });
    const { onMessage } = defineExtensionMessaging<ProtocolMap>();
    const received: LibraryChange[] = [];
    const stop = onMessage('library.changed', ({ data }) => void received.push(data));

    // The listener returns true when it handles the message (and answers through sendResponse).
    let handled = false;
    await new Promise((resolve) => {
      handled = rootListener!(protocolMessage('library.changed', change), {}, resolve);
      if (!handled) resolve(undefined);
    });
    stop();
    expect(handled).toBe(true);
    expect(received).toEqual([change]);
  });
});
