// The extension reloaded or updated while a help desk tab is open: the old content script leaves
// nothing behind (its sidebar, its underlines, its listeners: typing in the reply afterwards logs
// no error from a cut-off context), there is never a second sidebar, and coaching works again.
//
// Chromium: chrome.runtime.reload() from the service worker. Chromium does not put the new content
// script into tabs already open, so coaching comes back when the agent reloads the tab.
// Firefox: the same add-on installed again over WebDriver BiDi, as an update; Firefox puts the new
// content script into the open tab itself, which coaches again without a reload.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  E2E_BROWSERS,
  FIREFOX_EXTENSION_DIR,
  launchWithExtension,
  type ChromiumSession,
  type ExtensionSession,
  type FirefoxSession,
  type TestPage,
} from './browsers';
import { ckEditorData, moveCkEditorCaret, zendeskEditor } from './demo-pages';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';
import { readUnderlines, waitForUnderlines, type UnderlineSnapshot } from './underline-reader';

const demoUrl = inject('demoUrl');
const EDITOR = zendeskEditor('4821');
const FLAWED = ' Obviously you did not read my reply.';

/** The extension API as an extension's own page or worker sees it (the test's types have no `chrome`). */
type ExtensionGlobal = { chrome?: { runtime?: { reload(): void } } };

/** From the service worker, as the extension's own code would. */
async function reloadChromiumExtension(session: ChromiumSession): Promise<Worker> {
  const worker = await session.serviceWorker();
  // Reloaded a moment later, so the evaluation returns before its worker goes away.
  await worker.evaluate(() => void setTimeout(() => (globalThis as ExtensionGlobal).chrome?.runtime?.reload(), 0));
  return worker;
}

/** Until the reloaded extension's service worker runs, so a tab loaded now gets its content scripts. */
async function waitForChromiumExtensionBack(session: ChromiumSession, old: Worker): Promise<void> {
  await pollUntil(
    async () =>
      session.context
        .serviceWorkers()
        .filter((worker) => worker !== old)
        .map((worker) => worker.url()),
    (urls) => urls.some((url) => url.startsWith(`${session.extensionOrigin}/`)),
    'the reloaded extension',
    30_000,
  );
}

async function updateFirefoxExtension(session: FirefoxSession): Promise<void> {
  await session.browser.installExtension(FIREFOX_EXTENSION_DIR);
}

const sidebarCount = (page: TestPage) => page.evaluate(() => document.querySelectorAll('tactful-sidebar').length);

const hasUnderlines = (underlines: UnderlineSnapshot) =>
  [underlines.error, underlines.warning, underlines.suggestion].some((ranges) => ranges !== undefined);

async function typeAtEnd(page: TestPage, text: string): Promise<void> {
  await page.focus(EDITOR);
  await moveCkEditorCaret(page, 'end', EDITOR);
  await page.type(text);
  await pollUntil(
    () => ckEditorData(page, EDITOR),
    (data) => data.includes(text.trim()),
    'the typing in the reply',
  );
}

/** A flawed reply typed, coached in the sidebar and underlined in the editor. */
async function coachFlawedReply(page: TestPage): Promise<void> {
  await waitForSidebar(page, (s) => s.visible && s.emotions.length > 0, "the customer's message read");
  await typeAtEnd(page, FLAWED);
  await waitForSidebar(page, (s) => s.ruleIds.includes('condescension'), 'the reply coached');
  await waitForUnderlines(page, hasUnderlines, 'the reply underlined');
}

describe.each(E2E_BROWSERS)('extension reloaded with a tab open in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('cleans up the old content script, never shows two sidebars, and coaches again', async () => {
    await page.goto(`${demoUrl}/zendesk/`);
    await coachFlawedReply(page);
    expect(await sidebarCount(page)).toBe(1);
    await page.evaluate(() => document.querySelector('tactful-sidebar')?.setAttribute('data-old-copy', ''));

    if (session.browserName === 'chromium') {
      const oldWorker = await reloadChromiumExtension(session as ChromiumSession);
      // The old copy notices its extension is gone and takes everything it added with it.
      await pollUntil(
        () => sidebarCount(page),
        (count) => count === 0,
        'the old sidebar removed',
      );
      await waitForUnderlines(page, (underlines) => !hasUnderlines(underlines), 'the old underlines removed');
      // Its listeners went with it: typing in the reply reaches no cut-off context.
      await typeAtEnd(page, ' Still here.');
      expect(await sidebarCount(page)).toBe(0);
      expect(page.errors()).toEqual([]);
      // The agent reloads the tab; the new content script coaches it.
      await waitForChromiumExtensionBack(session as ChromiumSession, oldWorker);
      await page.goto(`${demoUrl}/zendesk/`);
    } else {
      await updateFirefoxExtension(session as FirefoxSession);
      // The new copy arrives in the open tab and replaces the old one's sidebar and underlines.
      await page.waitForFunction(() => !document.querySelector('tactful-sidebar[data-old-copy]'));
      await waitForSidebar(page, (s) => s.visible && s.emotions.length > 0, 'the new sidebar');
    }

    await coachFlawedReply(page);
    expect(await sidebarCount(page)).toBe(1);
    // One set of underlines, the new copy's: the flawed sentence once, not once per copy.
    const underlines = await readUnderlines(page);
    expect(underlines.adoptedSheets + underlines.styleElements).toBe(1);
    expect(page.errors()).toEqual([]);
  });
});
