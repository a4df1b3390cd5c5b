// The background answers only the extension's own contexts: checked on the sender rules alone, and
// through the real background entrypoint and protocol (lib/messaging/test-support.ts).
import { describe, expect, it } from 'vitest';
import { sendMessage } from './protocol';
import { ALLOWED_SENDERS, mayAsk, senderKind, type MessageSender } from './senders';
import { CONTENT_SCRIPT_SENDER, EXTENSION_PAGE_SENDER, runBackgroundForTests } from './test-support';

const OWN = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id' };
const OTHER_EXTENSION: MessageSender = { ...CONTENT_SCRIPT_SENDER, id: 'some-other-extension' };
const OTHER_EXTENSION_PAGE: MessageSender = { id: 'test-extension-id', url: 'chrome-extension://elsewhere/page.html' };
const NO_TAB: MessageSender = { id: 'test-extension-id', url: 'https://example.zendesk.com/agent/tickets/1' };
const NO_FRAME: MessageSender = { id: 'test-extension-id', tab: { id: 7 }, url: 'https://desk.example/' };
const OPTIONS_IN_A_TAB: MessageSender = {
  id: 'test-extension-id',
  tab: { id: 9 },
  frameId: 0,
  url: 'chrome-extension://test-extension-id/options.html',
};

let sender: MessageSender = CONTENT_SCRIPT_SENDER;
runBackgroundForTests({ sender: () => sender });

describe('senderKind', () => {
  it("tells the extension's content scripts from its pages, an options page in a tab included", () => {
    expect(senderKind(CONTENT_SCRIPT_SENDER, OWN)).toBe('content-script');
    expect(senderKind(EXTENSION_PAGE_SENDER, OWN)).toBe('extension-page');
    expect(senderKind(OPTIONS_IN_A_TAB, OWN)).toBe('extension-page');
  });

  it('knows nothing else: another extension, another origin, no tab or frame, no sender details', () => {
    for (const stranger of [OTHER_EXTENSION, OTHER_EXTENSION_PAGE, NO_TAB, NO_FRAME, {}]) {
      expect(senderKind(stranger, OWN)).toBeNull();
    }
  });
});

describe('mayAsk', () => {
  it('lets content scripts read the library and report counts, and only pages change sites or the pause', () => {
    expect(mayAsk('library.search', CONTENT_SCRIPT_SENDER, OWN)).toBe(true);
    expect(mayAsk('stats.record', CONTENT_SCRIPT_SENDER, OWN)).toBe(true);
    expect(mayAsk('sites.sync', CONTENT_SCRIPT_SENDER, OWN)).toBe(false);
    expect(mayAsk('coaching.setPaused', CONTENT_SCRIPT_SENDER, OWN)).toBe(false);
    expect(mayAsk('sites.sync', EXTENSION_PAGE_SENDER, OWN)).toBe(true);
    expect(mayAsk('stats.record', EXTENSION_PAGE_SENDER, OWN)).toBe(false);
  });

  it("accepts none of the background's own messages from anyone", () => {
    for (const type of ['library.changed', 'coaching.pausedChanged', 'sidebar.command'] as const) {
      expect(ALLOWED_SENDERS[type]).toEqual([]);
      expect(mayAsk(type, CONTENT_SCRIPT_SENDER, OWN) || mayAsk(type, EXTENSION_PAGE_SENDER, OWN)).toBe(false);
    }
  });
});

describe('the background', () => {
  it('answers a content script and refuses the same question from another extension or a stray sender', async () => {
    sender = CONTENT_SCRIPT_SENDER;
    expect(await sendMessage('snippets.trigger')).toBe(';;');
    for (const stranger of [OTHER_EXTENSION, OTHER_EXTENSION_PAGE, NO_TAB]) {
      sender = stranger;
      await expect(sendMessage('library.search', { query: 'sorry' })).rejects.toThrow(/refuses library\.search/);
    }
  });

  it("refuses a content script what only the extension's pages may do", async () => {
    sender = CONTENT_SCRIPT_SENDER;
    await expect(sendMessage('coaching.setPaused', { paused: true })).rejects.toThrow(/refuses coaching\.setPaused/);
    sender = EXTENSION_PAGE_SENDER;
    expect(await sendMessage('coaching.paused')).toBe(false);
  });
});
