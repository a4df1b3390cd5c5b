// The options page in the built extension: it opens in the extension's origin, lists the starter
// snippets the background seeded, creates a snippet through the form (announcing it to a help desk
// tab) and finds it again by search, without a console error. In Chromium it also saves light and
// dark screenshots for people to look at.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STARTER_SNIPPETS } from '../../lib/library/starter-snippets';
import {
  E2E_BROWSERS,
  launchWithExtension,
  REPO_ROOT,
  type ChromiumSession,
  type ExtensionSession,
  type TestPage,
} from './browsers';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';

const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
const demoUrl = inject('demoUrl');

function listedTitles(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tfo-snippets .tfo-snippet-title')].map((cell) => cell.textContent ?? ''),
  );
}

/**
 * Records console.error calls, uncaught errors and unhandled rejections in the page from now on.
 * Firefox's WebDriver BiDi does not report log entries from moz-extension:// pages, so there
 * page.errors() stays empty whatever happens; this catches what the page does after loading.
 */
function recordErrorsInPage(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { tactfulErrors: string[] }).tactfulErrors = seen;
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      seen.push(args.map(String).join(' '));
      original(...args);
    };
    window.addEventListener('error', (event) => seen.push(`Uncaught ${event.message}`));
    window.addEventListener('unhandledrejection', (event) => seen.push(`Unhandled rejection ${String(event.reason)}`));
  });
}

function errorsRecordedInPage(page: TestPage): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { tactfulErrors?: string[] }).tactfulErrors ?? ['(not recording)']),
  ]);
}

async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.type(text);
}

describe.each(E2E_BROWSERS)('options page in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;

  beforeAll(async () => {
    session = await launchWithExtension(browserName, { extensionPages: true });
    page = await session.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the starter snippets, creates a snippet and finds it by search, without console errors', async () => {
    const optionsUrl = `${session.extensionOrigin}/options.html`;
    await page.goto(optionsUrl);
    expect(await page.evaluate(() => document.title)).toBe('Tactful settings');
    // The background seeds the starter pack when the extension starts; the list shows it live.
    const starter = await pollUntil(
      () => listedTitles(page),
      (titles) => titles.length >= STARTER_SNIPPETS.length,
      'the starter snippets',
    );
    expect(starter).toContain(STARTER_SNIPPETS[0]!.title);
    await recordErrorsInPage(page);

    // A help desk open in another tab: saving announces the change to it (its content script runs there).
    const helpDesk = await session.newPage();
    await helpDesk.goto(`${demoUrl}/zendesk/`);

    await page.click('.tfo-toolbar .tfo-primary');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
    await page.type('Welcome back after a long wait');
    await typeInto(page, '.tfo-editor input[name="shortcut"]', 'welcome-back');
    await typeInto(
      page,
      '.tfo-editor textarea[name="body"]',
      'Hi {{customer.firstName}}, thank you for waiting; here is where things stand.',
    );
    await typeInto(page, '.tfo-editor input[name="tags"]', 'delay, e2e');
    await page.click('.tfo-editor button[type="submit"]');
    await page.waitForFunction(() =>
      document.querySelector('.tfo-toast')?.textContent?.includes('Saved “Welcome back after a long wait”'),
    );
    await pollUntil(
      () => listedTitles(page),
      (titles) => titles.includes('Welcome back after a long wait'),
      'the new snippet in the list',
    );

    if (session.browserName === 'chromium') await saveScreenshots(session as ChromiumSession, optionsUrl);

    await typeInto(page, '.tfo-filter input[type="search"]', 'long wait welcome');
    const found = await pollUntil(
      () => listedTitles(page),
      (titles) => titles.length === 1,
      'the search to narrow the list',
    );
    expect(found).toEqual(['Welcome back after a long wait']);
    expect(await page.evaluate(() => document.querySelector('.tfo-snippets .tfo-shortcut')?.textContent)).toBe(
      ';;welcome-back',
    );
    expect(await errorsRecordedInPage(page)).toEqual([]);

    // Still there after a reload: it was stored, not just drawn.
    await page.goto(optionsUrl);
    await pollUntil(
      () => listedTitles(page),
      (titles) => titles.includes('Welcome back after a long wait'),
      'the snippet after a reload',
    );
    expect(page.errors()).toEqual([]);
  });

  it('turns a coaching rule off, and the sidebar already open in another tab stops raising it', async () => {
    const helpDesk = await session.newPage();
    try {
      await helpDesk.goto(`${demoUrl}/zendesk/`);
      await waitForSidebar(helpDesk, (sidebar) => sidebar.ruleIds.includes('sympathy'), 'the sympathy finding');
      await page.goto(`${session.extensionOrigin}/options.html`);
      const ruleSwitch = 'tr[data-rule-id="sympathy"] input[role="switch"]';
      await page.waitForFunction((selector) => !!document.querySelector(selector), ruleSwitch);
      await recordErrorsInPage(page);
      await page.click(ruleSwitch);
      await waitForSidebar(
        helpDesk,
        (sidebar) => sidebar.ruleIds.length > 0 && !sidebar.ruleIds.includes('sympathy'),
        'the sympathy finding gone',
      );
      // And back on: the finding returns.
      await page.click(ruleSwitch);
      await waitForSidebar(helpDesk, (sidebar) => sidebar.ruleIds.includes('sympathy'), 'the sympathy finding back');
      expect(helpDesk.errors()).toEqual([]);
      expect(await errorsRecordedInPage(page)).toEqual([]);
    } finally {
      await helpDesk.close();
    }
  });
});

/** The page as a person sees it, in the light and the dark colour scheme (artifacts/ is not committed). */
async function saveScreenshots(session: ChromiumSession, optionsUrl: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const shot = await session.context.newPage();
    try {
      await shot.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await shot.goto(optionsUrl);
      await shot.waitForFunction(() => document.querySelectorAll('.tfo-snippets tbody tr').length > 0);
      await shot.screenshot({ path: path.join(ARTIFACTS, `options-${colorScheme}.png`) });
      await shot.screenshot({ path: path.join(ARTIFACTS, `options-${colorScheme}-full.png`), fullPage: true });
    } finally {
      await shot.close();
    }
  }
}
