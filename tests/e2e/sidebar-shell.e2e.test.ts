// The sidebar's shell in both browsers, on the demo help desk: collapse to a tab and resize by
// keyboard, both remembered for the site across reloads; the dark colour scheme; the keyboard
// commands (toggle, open snippet search) passed from the background to the tab; and the popup's
// counts for today after a fix.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  E2E_BROWSERS,
  launchWithExtension,
  REPO_ROOT,
  type BrowserName,
  type ChromiumSession,
  type ExtensionSession,
  type TestPage,
} from './browsers';
import { CKEDITOR, ckEditorData } from './demo-pages';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';

const SCREENSHOTS = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const TAB_WIDTH = 36;
const DEFAULT_WIDTH = 320;
const STEP = 16;

interface ShellState {
  collapsed: boolean;
  /** The sidebar's (or the tab's) box on screen. */
  box: { left: number; top: number; width: number; height: number } | null;
  /** The followed editor's box. */
  editor: { left: number; right: number } | null;
  width: number | null;
  background: string;
  focused: string | null;
  findings: number;
}

function readShell(page: TestPage): Promise<ShellState> {
  return page.evaluate((editorSelector) => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    const aside = root?.querySelector('aside');
    const rect = aside?.getBoundingClientRect();
    const editor = Array.from(document.querySelectorAll(editorSelector)).find(
      (element) => element.getBoundingClientRect().width > 0,
    );
    const editorRect = editor?.getBoundingClientRect();
    const handle = root?.querySelector('[role="separator"]');
    const active = root?.activeElement;
    return {
      collapsed: !!root?.querySelector('.tf-tab'),
      box: rect && rect.width > 0 ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null,
      editor: editorRect ? { left: editorRect.left, right: editorRect.right } : null,
      width: handle ? Number(handle.getAttribute('aria-valuenow')) : null,
      background: aside ? getComputedStyle(aside).backgroundColor : '',
      focused: active
        ? `${active.tagName.toLowerCase()}.${active.className}${active.hasAttribute('data-tactful-snippet-search') ? '[data-tactful-snippet-search]' : ''}`
        : null,
      findings: root?.querySelectorAll('[data-rule-id]').length ?? 0,
    };
  }, CKEDITOR);
}

const waitForShell = (page: TestPage, ok: (state: ShellState) => boolean, what: string) =>
  pollUntil(() => readShell(page), ok, what);

/** Focuses an element in the sidebar's shadow root, as Tab would. */
function focusInSidebar(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector<HTMLElement>(target);
    element?.focus();
    return !!element;
  }, selector);
}

/** The sidebar never covers the editor when there is room beside it (the demo's 1400px viewport has room). */
function besideEditor(state: ShellState): boolean {
  return !!state.box && !!state.editor && state.box.left >= state.editor.right;
}

/**
 * Runs one of the extension's keyboard commands for `tabUrlPattern`'s tab through the background's
 * own handler. Neither browser's automation protocol (CDP, WebDriver BiDi) reaches the browser's
 * extension shortcut handling: synthesized keys go to the page. So the test calls the function the
 * background registered with commands.onCommand (exposed as tactfulRunCommand in the background's
 * global scope) with the tab, exactly as the browser would: Chromium through its service worker,
 * Firefox through an extension page that asks for the background page.
 */
async function runCommand(
  session: ExtensionSession,
  extensionPage: TestPage | null,
  command: string,
  tabUrlPattern: string,
): Promise<boolean> {
  if (session.browserName === 'chromium') {
    const worker = await (session as ChromiumSession).serviceWorker();
    return worker.evaluate(
      async ({ command, url }) => {
        const api = (
          globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } } }
        ).chrome;
        const [tab] = await api.tabs.query({ url });
        const run = (
          globalThis as unknown as { tactfulRunCommand(command: string, tab?: { id?: number }): Promise<boolean> }
        ).tactfulRunCommand;
        return run(command, tab);
      },
      { command, url: tabUrlPattern },
    );
  }
  if (!extensionPage) throw new Error('Firefox needs an extension page to reach the background');
  return extensionPage.evaluate(
    async ({ command, url }) => {
      interface Api {
        tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
        runtime: {
          getBackgroundPage(): Promise<{ tactfulRunCommand(command: string, tab?: { id?: number }): Promise<boolean> }>;
        };
      }
      const api = (globalThis as unknown as { browser: Api }).browser;
      const [tab] = await api.tabs.query({ url });
      const background = await api.runtime.getBackgroundPage();
      return background.tactfulRunCommand(command, tab);
    },
    { command, url: tabUrlPattern },
  );
}

async function screenshot(page: TestPage, browserName: BrowserName, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot(path.join(SCREENSHOTS, `${name}-${browserName}.png`));
}

describe.each(E2E_BROWSERS)('sidebar shell in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;
  let page: TestPage;
  /** An extension page (the popup's, in a tab), for Firefox to reach the background from. */
  let extensionPage: TestPage | null = null;
  const zendeskUrl = () => `${demoUrl}/zendesk/`;
  const ZENDESK_TABS = 'http://127.0.0.1/zendesk/*';

  const openZendesk = async () => {
    await page.goto(zendeskUrl());
    await waitForSidebar(page, (s) => s.visible && s.ruleIds.includes('sympathy'), "the seeded draft's findings");
  };
  const openPopupPage = async () => {
    const popup = await session.newPage();
    await popup.goto(`${session.extensionOrigin}/popup.html`);
    await popup.waitForFunction(() => {
      const shown = document.querySelector('[data-count="fix"] dd')?.textContent;
      return shown !== undefined && shown !== '–';
    });
    return popup;
  };

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName, { extensionPages: true });
    page = await session.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('collapses to a small tab beside the editor, and stays collapsed on this site after a reload', async () => {
    await openZendesk();
    const open = await readShell(page);
    expect(open).toMatchObject({ collapsed: false, width: DEFAULT_WIDTH });
    expect(besideEditor(open)).toBe(true);
    await screenshot(page, browserName, 'sidebar-open');

    await clickInSidebar(page, '.tf-collapse');
    const collapsed = await waitForShell(
      page,
      (s) => s.collapsed && s.box?.width === TAB_WIDTH,
      'the sidebar collapsed to its tab',
    );
    expect(besideEditor(collapsed)).toBe(true);
    expect(collapsed.findings).toBe(0);

    await page.goto(zendeskUrl());
    const reloaded = await waitForShell(page, (s) => s.collapsed && s.box !== null, 'the tab after a reload');
    expect(reloaded.box?.width).toBe(TAB_WIDTH);

    // The tab opens from the keyboard, and hands focus to the header's collapse button.
    expect(await focusInSidebar(page, '.tf-tab')).toBe(true);
    await page.press('Enter');
    const expanded = await waitForShell(page, (s) => !s.collapsed && s.findings > 0, 'the sidebar open again');
    expect(expanded.focused).toContain('tf-collapse');
    await page.goto(zendeskUrl());
    await waitForShell(page, (s) => !s.collapsed && s.findings > 0, 'the sidebar still open after a reload');
  });

  it('collapses and opens together with the sidebar in another tab of the same site', async () => {
    await openZendesk();
    const other = await session.newPage();
    try {
      await other.goto(zendeskUrl());
      await waitForShell(other, (s) => !s.collapsed && s.findings > 0, "the other tab's sidebar open");
      await clickInSidebar(page, '.tf-collapse');
      await waitForShell(other, (s) => s.collapsed, "the other tab's sidebar collapsed too");
      expect(await focusInSidebar(other, '.tf-tab')).toBe(true);
      await other.press('Enter');
      await waitForShell(page, (s) => !s.collapsed && s.findings > 0, "this tab's sidebar open again");
      expect(other.errors()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('resizes from the keyboard within its limits, never over the editor, and keeps the width on this site', async () => {
    await openZendesk();
    expect(await focusInSidebar(page, '[role="separator"]')).toBe(true);
    for (let press = 0; press < 3; press++) await page.press('ArrowLeft');
    const narrower = await waitForShell(
      page,
      (s) => s.width === DEFAULT_WIDTH - 3 * STEP,
      'the handle at the new width',
    );
    expect(narrower.box?.width).toBe(DEFAULT_WIDTH - 3 * STEP);
    expect(besideEditor(narrower)).toBe(true);
    // The arrow keys went to the handle, not to CKEditor: the draft is untouched.
    expect(await ckEditorData(page)).toBe('<p>I know exactly how you feel. Reset your router.</p>');

    await page.goto(zendeskUrl());
    const reloaded = await waitForShell(page, (s) => s.width !== null && s.findings > 0, 'the sidebar after a reload');
    expect(reloaded.width).toBe(DEFAULT_WIDTH - 3 * STEP);
    expect(reloaded.box?.width).toBe(DEFAULT_WIDTH - 3 * STEP);

    // End: as wide as the room beside the editor allows, still beside it and whole on screen.
    await focusInSidebar(page, '[role="separator"]');
    await page.press('End');
    const widest = await waitForShell(
      page,
      (s) => s.width !== null && s.width > DEFAULT_WIDTH - 3 * STEP,
      'the widest sidebar',
    );
    // ArrowRight at the widest does nothing: the ArrowLeft after it, handled in turn, narrows from the widest.
    await page.press('ArrowRight');
    await page.press('ArrowLeft');
    const afterRightThenLeft = await waitForShell(page, (s) => s.width !== widest.width, 'the width after ArrowLeft');
    expect(afterRightThenLeft.width).toBe(widest.width! - STEP);
    expect(besideEditor(widest)).toBe(true);
    const viewportWidth = await page.evaluate(() => document.documentElement.clientWidth);
    expect(widest.box!.left + widest.box!.width).toBeLessThanOrEqual(viewportWidth);
    // Home: the minimum, and no narrower.
    await page.press('Home');
    await page.press('ArrowLeft');
    const narrowest = await waitForShell(page, (s) => s.width === 260, 'the minimum width');
    expect(narrowest.box?.width).toBe(260);
    expect(page.errors()).toEqual([]);
  });

  it('resizes by dragging its edge with the mouse, and the editor keeps the caret', async () => {
    await openZendesk();
    await page.focus(CKEDITOR);
    const handle = await page.evaluate(() => {
      const box = document
        .querySelector('tactful-sidebar')
        ?.shadowRoot?.querySelector('[role="separator"]')
        ?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    if (!handle) throw new Error('No resize handle');
    const start = (await readShell(page)).width!;
    // Both drivers' raw pages have the same mouse API (Playwright and Puppeteer): move, down, up.
    const mouse = (
      page as unknown as {
        raw: {
          mouse: {
            move(x: number, y: number, options?: { steps?: number }): Promise<void>;
            down(): Promise<void>;
            up(): Promise<void>;
          };
        };
      }
    ).raw.mouse;
    await mouse.move(handle.x, handle.y);
    await mouse.down();
    // Beside the editor the handle is on the right edge: dragging right widens.
    await mouse.move(handle.x + 30, handle.y, { steps: 5 });
    await mouse.up();
    // The test before left the sidebar at its minimum, so there is room to widen.
    expect(start).toBe(260);
    const dragged = await waitForShell(page, (s) => s.width === start + 30, 'the width after the drag');
    expect(dragged.box?.width).toBe(dragged.width);
    expect(await page.evaluate((selector) => !!document.activeElement?.closest(selector), CKEDITOR)).toBe(true);
    await page.goto(zendeskUrl());
    expect(
      (await waitForShell(page, (s) => s.width !== null && s.findings > 0, 'the sidebar after a reload')).width,
    ).toBe(dragged.width);
  });

  it('collapses and expands the sidebar with the toggle command', async () => {
    await openZendesk();
    if (browserName === 'firefox') extensionPage ??= await openPopupPage();
    expect(await runCommand(session, extensionPage, 'toggle-sidebar', ZENDESK_TABS)).toBe(true);
    await waitForShell(page, (s) => s.collapsed, 'the sidebar collapsed by the command');
    expect(await runCommand(session, extensionPage, 'toggle-sidebar', ZENDESK_TABS)).toBe(true);
    await waitForShell(page, (s) => !s.collapsed && s.findings > 0, 'the sidebar expanded by the command');
    // An unknown command reaches no one.
    expect(await runCommand(session, extensionPage, 'no-such-command', ZENDESK_TABS)).toBe(false);
    expect(page.errors()).toEqual([]);
  });

  it('opens the collapsed sidebar with the snippet search command and puts the caret in the search box', async () => {
    await openZendesk();
    if (browserName === 'firefox') extensionPage ??= await openPopupPage();
    await runCommand(session, extensionPage, 'toggle-sidebar', ZENDESK_TABS);
    await waitForShell(page, (s) => s.collapsed, 'the sidebar collapsed');
    expect(await runCommand(session, extensionPage, 'open-snippet-search', ZENDESK_TABS)).toBe(true);
    const searching = await waitForShell(
      page,
      (s) => !s.collapsed && s.focused !== null,
      'the sidebar open with focus inside',
    );
    expect(searching.focused).toContain('[data-tactful-snippet-search]');
    expect(page.errors()).toEqual([]);
  });

  it("shows today's counts in the popup: a fix applied on the demo page counts as 1", async () => {
    await openZendesk();
    const before = await openPopupPage();
    const counts = (popup: TestPage) =>
      popup.evaluate(() =>
        Object.fromEntries(
          Array.from(document.querySelectorAll('[data-count]')).map((row) => [
            row.getAttribute('data-count'),
            row.querySelector('dd')?.textContent,
          ]),
        ),
      );
    expect(await counts(before)).toEqual({ reply: '0', fix: '0', statement: '0', snippet: '0' });
    await before.close();

    await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-primary');
    await pollUntil(
      () => ckEditorData(page),
      (html) => !html.includes('I know exactly how you feel'),
      'the fix in the editor',
    );
    const after = await openPopupPage();
    // The fix changed the draft, so this reply counts as coached too.
    const today = await pollUntil(
      () => counts(after),
      (c) => c.fix === '1',
      'the fix counted',
    );
    expect(today).toEqual({ reply: '1', fix: '1', statement: '0', snippet: '0' });
    expect(await after.evaluate(() => document.querySelector('#today-heading')?.textContent)).toBe('Today');
    expect(after.errors()).toEqual([]);
    await after.close();
  });
});

describe.each(E2E_BROWSERS)('sidebar in a dark colour scheme in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;

  beforeAll(async () => {
    // Chromium: Playwright emulates the media feature per page. Firefox: puppeteer's
    // emulateMediaFeatures has no WebDriver BiDi equivalent in puppeteer-core 24, so the browser
    // starts with its content colour scheme forced dark by pref (0 = dark).
    session = await launchWithExtension(browserName, {
      firefoxPrefs: { 'layout.css.prefers-color-scheme.content-override': 0 },
    });
    page = await session.newPage();
    if (browserName === 'chromium')
      await (page as unknown as { raw: PlaywrightPage }).raw.emulateMedia({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("takes the dark theme's colours", async () => {
    await page.goto(`${inject('demoUrl')}/zendesk/`);
    await waitForSidebar(page, (s) => s.visible && s.ruleIds.includes('sympathy'), 'the sidebar');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const shell = await readShell(page);
    // --tf-bg in the dark scheme (#1d2129); the light one is white.
    expect(shell.background).toBe('rgb(29, 33, 41)');
    const text = await page.evaluate(() => {
      const aside = document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector('aside');
      return aside ? getComputedStyle(aside).color : '';
    });
    expect(text).toBe('rgb(230, 233, 239)');
    await screenshot(page, browserName, 'sidebar-dark');
  });
});
