// Nothing leaves the browser, proven over every context the extension has: with every request
// recorded by source (pages and their frames, the extension's pages, its service worker) and every
// attempt to leave the machine caught by the outbound sentry, the agent coaches a reply on the demo
// help desk, inserts a snippet, fills one with fields, imports a pack file, subscribes to a pack URL
// and opens every page the build ships. The only requests allowed are the demo's own origin (the
// pages) and the configured pack URL (the extension). The browser's own calls (headless Chromium
// asks Google hosts for things) are told apart by source: no page or extension context issued them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { examplePack } from '../../lib/packs/test-support';
import {
  CHROME_EXTENSION_DIR,
  E2E_BROWSERS,
  FIREFOX_EXTENSION_DIR,
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
  type RecordedRequest,
  type RequestRecorder,
  type TestPage,
} from './browsers';
import { ckEditorData, moveCkEditorCaret, zendeskEditor } from './demo-pages';
import { giveFile, packStatus, subscribeToPackUrl } from './options-driver';
import { startPackServer, type PackServer } from './pack-server';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';

const demoUrl = inject('demoUrl');
const demoOrigin = new URL(demoUrl).origin;
const SEARCH_BOX = '.tf-snippets-input';
/** The pack file imported on the options page: its "Refund is on its way" asks for a Date field. */
const IMPORTED_PACK = examplePack();
const FIELD_SNIPPET = { title: 'Refund is on its way', inserted: 'It reaches your card by Friday.' };
const SUBSCRIBED_PACK = examplePack({
  id: 'quokka',
  name: 'Quokka pack',
  snippets: [{ id: 'hello', title: 'Quokka greeting', body: 'Hello from the quokka team.', shortcut: 'quokka-hello' }],
});
/** The help desk pages of the demo, each a content script's ground. */
const HELP_DESK_PAGES = [
  '/zendesk/',
  '/zendesk/messaging.html',
  '/zendesk/classic.html',
  '/gmail/',
  '/intercom/',
  '/intercom/inbox2.html',
  '/helpscout/',
  '/helpscout/chat.html',
];

/** Every HTML page in the built extension, so a page added later is covered without editing this test. */
function extensionPages(browserName: BrowserName): string[] {
  const dir = browserName === 'chromium' ? CHROME_EXTENSION_DIR : FIREFOX_EXTENSION_DIR;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const isNetwork = (request: RecordedRequest) => /^(https?|wss?|ftp):/i.test(request.url);

async function importAndSubscribe(session: ExtensionSession, packUrl: string): Promise<string[]> {
  const options = await session.newPage();
  try {
    await options.goto(`${session.extensionOrigin}/options.html`);
    await options.waitForFunction(() => document.querySelector('#packs')?.textContent?.includes('Tactful starter'));
    await giveFile(options, 'input', 'acme.json', JSON.stringify(IMPORTED_PACK));
    await pollUntil(
      () => packStatus(options),
      (text) => text.startsWith(`Installed “${IMPORTED_PACK.name}”`),
      'the pack file installed',
    );
    await subscribeToPackUrl(options, packUrl, SUBSCRIBED_PACK.name);
    return options.errors();
  } finally {
    // Closed before the help desk's tab opens: in Firefox a tab in front keeps the keyboard.
    await options.close();
  }
}

/** On the Zendesk ticket: a flawed reply coached, a snippet by its shortcut, one filled in through its form. */
async function coachAndInsert(page: TestPage): Promise<void> {
  await page.goto(`${demoUrl}/zendesk/`);
  await waitForSidebar(page, (s) => s.visible && s.emotions.length > 0, "the customer's message read");
  const editor = zendeskEditor('4821');
  await page.focus(editor);
  await moveCkEditorCaret(page, 'end', editor);
  await page.type(' Obviously you did not read my reply.');
  await waitForSidebar(page, (s) => s.ruleIds.includes('condescension'), 'the reply coached');

  await page.type(' ;;thanks-for-writing ');
  await pollUntil(
    () => ckEditorData(page, editor),
    (data) => data.includes('Thank you for writing in, Dana.'),
    'the snippet expanded',
  );

  await clickInSidebar(page, SEARCH_BOX);
  await page.type('refund on its way');
  // Enter picks the first result of the whole query, once the search has answered it.
  await page.waitForFunction((title) => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    return (
      root?.querySelector('.tf-snippets-results')?.getAttribute('data-query') === 'refund on its way' &&
      root.querySelector('.tf-snippet-option .tf-snippet-title')?.textContent === title
    );
  }, FIELD_SNIPPET.title);
  await page.press('Enter');
  // The form takes the focus a moment after it shows: Enter before then would land in the search box.
  await page.waitForFunction(() => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    const form = root?.querySelector('.tf-snippet-fields');
    return !!form && !!root?.activeElement && form.contains(root.activeElement);
  });
  await page.press('Enter');
  await pollUntil(
    () => ckEditorData(page, editor),
    (data) => data.includes(FIELD_SNIPPET.inserted),
    'the filled-in snippet',
  );
}

/** Each demo help desk page, until Tactful's content script has put its sidebar on it. */
async function visitHelpDesks(page: TestPage): Promise<void> {
  for (const pathname of HELP_DESK_PAGES) {
    await page.goto(`${demoUrl}${pathname}`);
    await page.waitForFunction(() => !!document.querySelector('tactful-sidebar'));
  }
}

/** Opens each page in a tab of its own, as a link or the toolbar would; returns what they logged as errors. */
async function openEveryExtensionPage(session: ExtensionSession, pages: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const file of pages) {
    const tab = await session.newPage();
    try {
      await tab.goto(`${session.extensionOrigin}/${file}`);
      await tab.waitForFunction(() => document.readyState === 'complete' && !!document.body?.childElementCount);
      errors.push(...tab.errors().map((error) => `${file}: ${error}`));
    } finally {
      await tab.close();
    }
  }
  return errors;
}

describe.each(E2E_BROWSERS)('privacy in %s', (browserName) => {
  let session: ExtensionSession;
  let recorder: RequestRecorder;
  let server: PackServer;

  beforeAll(async () => {
    server = await startPackServer();
    server.publish(JSON.stringify(SUBSCRIBED_PACK));
    session = await launchWithExtension(browserName, { extensionPages: true });
    // From before the first page opens: the service worker's and pages' start-up requests count too.
    recorder = session.recordRequests();
  });
  afterAll(async () => {
    recorder?.stop();
    await session?.close();
    await server?.close();
  });

  it('sends nothing anywhere but the pack URL, from any context, through coaching, snippets, packs and every page', async () => {
    const pages = extensionPages(browserName);
    expect(pages).toEqual(expect.arrayContaining(['options.html', 'popup.html']));

    const errors = await importAndSubscribe(session, server.url);
    const desk = await session.newPage();
    try {
      await coachAndInsert(desk);
      await visitHelpDesks(desk);
      errors.push(...desk.errors());
    } finally {
      await desk.close();
    }
    errors.push(...(await openEveryExtensionPage(session, pages)));
    expect(errors).toEqual([]);

    // The pack URL was fetched, and by the extension only.
    expect(server.paths.length).toBeGreaterThan(0);
    expect(new Set(server.paths)).toEqual(new Set([new URL(server.url).pathname]));
    if (browserName === 'chromium') {
      // Chromium shows the service worker's requests: the subscription's fetch is among them.
      expect(recorder.fromExtension()).toContainEqual(
        expect.objectContaining({ source: 'extension-worker', url: server.url }),
      );
    }
    const packOrigin = new URL(server.url).origin;
    // Pages and their frames (content scripts included) reach the demo's origin and nothing else.
    const pageRequests = recorder.requests.filter((request) => request.source === 'page' && isNetwork(request));
    expect(pageRequests.length).toBeGreaterThan(0);
    expect(pageRequests.filter((request) => request.origin !== demoOrigin)).toEqual([]);
    // The extension's pages and worker reach the pack URL and nothing else on the network.
    expect(recorder.fromExtension().filter((request) => isNetwork(request) && request.url !== server.url)).toEqual([]);
    expect(recorder.requests.filter((request) => request.source === 'worker')).toEqual([]);
    expect(recorder.outside([demoOrigin, packOrigin])).toEqual([]);
    // Whatever reached the outbound sentry came from no page and no extension context.
    expect(recorder.outbound.length - recorder.unattributedOutbound().length).toBe(0);
    if (browserName === 'firefox') {
      // Firefox's own calls are switched off (FIREFOX_QUIET_PREFS), and its background page is seen
      // only by the sentry: nothing may reach it at all.
      expect(recorder.outbound).toEqual([]);
    }
  });
});
