// The Zendesk host in a single-page workspace: several tickets open in tabs, each with its own
// conversation and CKEditor composer; internal notes; tabs that close; navigation between
// tickets; and an extension that is reloaded or updated while the workspace is open.
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
import {
  ckEditorData,
  moveCkEditorCaret,
  zendeskChannelItem,
  zendeskChannelSwitcher,
  zendeskEditor,
  zendeskPane,
  zendeskTab,
  zendeskTabClose,
} from './demo-pages';
import { pollUntil } from './poll';
import { readSidebar, waitForSidebar, type SidebarSnapshot } from './sidebar-driver';
import { readUnderlines, waitForUnderlines, type UnderlineSnapshot } from './underline-reader';

const FIRST = '4821';
const SECOND = '4817';

const sameWords = (actual: string[] | undefined, expected: string[]) =>
  JSON.stringify(actual ?? []) === JSON.stringify([...expected].sort());
const noUnderlines = (u: UnderlineSnapshot) =>
  u.error === undefined && u.warning === undefined && u.suggestion === undefined;
/** Ticket #4821's customer is fed up; ticket #4817's is confused. */
const readsFirstTicket = (s: SidebarSnapshot) =>
  s.visible && s.emotions.includes('frustrated') && !s.emotions.includes('confused') && s.ruleIds.includes('sympathy');
const readsSecondTicket = (s: SidebarSnapshot) =>
  s.visible &&
  s.emotions.includes('confused') &&
  !s.emotions.includes('frustrated') &&
  s.ruleIds.includes('condescension');

function sidebarCount(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('tactful-sidebar').length);
}

/** Waits a little longer than the sidebar's analysis delay, for checks that something did NOT happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

/** Switches a ticket's composer between a public reply and an internal note through its menu. */
async function chooseChannel(page: TestPage, ticketId: string, channel: 'public' | 'internal'): Promise<void> {
  await page.click(zendeskChannelSwitcher(ticketId));
  await page.click(zendeskChannelItem(ticketId, channel));
}

async function openWorkspace(session: ExtensionSession, demoUrl: string): Promise<TestPage> {
  const page = await session.newPage();
  await page.goto(`${demoUrl}/zendesk/`);
  await waitForSidebar(page, readsFirstTicket, "ticket #4821's customer and draft");
  return page;
}

describe.each(E2E_BROWSERS)('Zendesk host in a single-page workspace in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('two tickets open in tabs', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await openWorkspace(session, demoUrl);
    });
    afterAll(() => page?.close());

    it("coaches the shown ticket with that ticket's customer, and the other one's after switching tabs", async () => {
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['I know exactly how you feel']),
        "ticket #4821's draft underlined",
      );

      await page.click(zendeskTab(SECOND));
      const second = await waitForSidebar(page, readsSecondTicket, "ticket #4817's confused customer and its draft");
      expect(second.ruleIds).toEqual(expect.arrayContaining(['condescension', 'negative-phrasing']));
      // The first ticket's composer is still on the page, hidden: its draft is no longer underlined.
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['Obviously', 'cannot be changed.']),
        "only ticket #4817's draft underlined",
      );
      const panes = await page.evaluate(
        ({ first, second }) => ({
          firstHidden: (document.querySelector(first) as HTMLElement | null)?.hidden,
          secondHidden: (document.querySelector(second) as HTMLElement | null)?.hidden,
          editors: document.querySelectorAll('.ck-editor__editable').length,
          url: location.search,
        }),
        { first: zendeskPane(FIRST), second: zendeskPane(SECOND) },
      );
      expect(panes).toEqual({ firstHidden: true, secondHidden: false, editors: 2, url: `?ticket=${SECOND}` });

      await page.click(zendeskTab(FIRST));
      await waitForSidebar(page, readsFirstTicket, "ticket #4821's customer again");
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['I know exactly how you feel']),
        "ticket #4821's draft underlined again",
      );
      expect(await sidebarCount(page)).toBe(1);
    });

    it('follows the editor the agent types in and coaches it live', async () => {
      await page.click(zendeskTab(SECOND));
      await waitForSidebar(page, readsSecondTicket, "ticket #4817's customer");
      await page.click(zendeskEditor(SECOND));
      await moveCkEditorCaret(page, 'start', zendeskEditor(SECOND));
      await page.type('Hi Mei, ');
      await waitForSidebar(
        page,
        (s) => readsSecondTicket(s) && !s.ruleIds.includes('missing-greeting'),
        'the greeting finding gone',
      );
      expect(await ckEditorData(page, zendeskEditor(SECOND))).toContain('Hi Mei, Obviously');
      // The other ticket's draft is untouched.
      expect(await ckEditorData(page, zendeskEditor(FIRST))).toBe(
        '<p>I know exactly how you feel. Reset your router.</p>',
      );
    });

    it('re-reads the conversation when the agent navigates back to the previous ticket', async () => {
      await page.click(zendeskTab(FIRST));
      await waitForSidebar(page, readsFirstTicket, "ticket #4821's customer");
      await page.evaluate(() => history.back());
      await waitForSidebar(page, readsSecondTicket, "ticket #4817's customer after Back");
      expect(await page.evaluate(() => location.search)).toBe(`?ticket=${SECOND}`);
      await page.evaluate(() => history.forward());
      await waitForSidebar(page, readsFirstTicket, "ticket #4821's customer after Forward");
    });

    it('re-reads the conversation when a navigation reuses the same elements for another one', async () => {
      await page.click(zendeskTab(FIRST));
      await waitForSidebar(page, readsFirstTicket, "ticket #4821's customer");
      await settle();
      // A single-page app may route to another conversation and only rewrite the text in the
      // elements it already has: no element is added, removed or changes its attributes.
      await page.evaluate((pane) => {
        history.pushState({}, '', `${location.pathname}?ticket=4821&conversation=2`);
        const messages = document.querySelectorAll(
          `${pane} [type="end-user"] [data-test-id="omni-log-message-content"] p`,
        );
        const latest = messages[messages.length - 1]!;
        (latest.firstChild as Text).data =
          "Sorry if this is a silly question, but I don't understand which router light means the line is fine.";
        for (const previous of Array.from(latest.parentElement!.children).slice(0, -1))
          (previous.firstChild as Text).data = '';
      }, zendeskPane(FIRST));
      const sidebar = await waitForSidebar(
        page,
        (s) => s.emotions.includes('confused'),
        'the rewritten conversation read',
      );
      expect(sidebar.emotions).not.toContain('frustrated');
      await page.evaluate(() => history.back());
      await pollUntil(
        () => page.evaluate(() => location.search),
        (search) => search === `?ticket=${FIRST}`,
        'Back to the ticket URL',
      );
    });

    it('reads a customer message that arrives in the open ticket', async () => {
      await page.click(zendeskTab(SECOND));
      await waitForSidebar(page, readsSecondTicket, "ticket #4817's customer");
      await page.evaluate((pane) => {
        const log = document.querySelector(`${pane} [data-test-id="omni-log-container"]`)!;
        const article = document.createElement('article');
        article.dataset.testId = 'omni-log-comment-item';
        article.innerHTML = `<div data-test-id="omni-log-item-sender"><strong>Mei Tanaka</strong></div>
          <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">
          <p>I need this sorted today, please. Our accounts close at 5 pm. Can you reply as soon as possible?</p>
          </div></div>`;
        log.append(article);
      }, zendeskPane(SECOND));
      const sidebar = await waitForSidebar(page, (s) => s.emotions.includes('hurried'), 'the new message read');
      expect(sidebar.emotions).not.toContain('confused');
    });

    it('reports no errors in the page', () => {
      expect(page.errors()).toEqual([]);
    });
  });

  describe('internal notes', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await openWorkspace(session, demoUrl);
    });
    afterAll(() => page?.close());

    it('steps back while the agent writes an internal note: no findings, no underlines, and says why', async () => {
      await waitForUnderlines(page, (u) => u.warning !== undefined, 'the seeded underline');
      await chooseChannel(page, FIRST, 'internal');
      const sidebar = await waitForSidebar(
        page,
        (s) => s.visible && s.text.includes('Internal notes are not coached'),
        'the internal-note explanation',
      );
      expect(sidebar.ruleIds).toEqual([]);
      expect(sidebar.emotions).toEqual([]);
      expect(sidebar.statements).toEqual([]);
      await waitForUnderlines(page, noUnderlines, 'no underlines on an internal note');

      // Typing in the note changes nothing.
      await page.click(zendeskEditor(FIRST));
      await moveCkEditorCaret(page, 'end', zendeskEditor(FIRST));
      await page.type(' Calm down, she is overreacting.');
      await pollUntil(
        () => ckEditorData(page, zendeskEditor(FIRST)),
        (html) => html.includes('overreacting'),
        'the note typed',
      );
      await settle();
      expect((await readSidebar(page)).ruleIds).toEqual([]);
      expect(noUnderlines(await readUnderlines(page))).toBe(true);
    });

    it('coaches again, live, once the agent switches back to a public reply', async () => {
      await chooseChannel(page, FIRST, 'public');
      const sidebar = await waitForSidebar(
        page,
        (s) => s.ruleIds.includes('hostility') && s.emotions.includes('frustrated'),
        'coaching resumed',
      );
      expect(sidebar.text).not.toContain('Internal notes are not coached');
      await waitForUnderlines(page, (u) => sameWords(u.error, ['Calm down']), 'the typed words underlined');
      expect(page.errors()).toEqual([]);
    });
  });

  describe('closing ticket tabs', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await openWorkspace(session, demoUrl);
    });
    afterAll(() => page?.close());

    it("moves to the remaining ticket when the shown one closes, with that ticket's underlines only", async () => {
      await page.click(zendeskTab(SECOND));
      await waitForSidebar(page, readsSecondTicket, "ticket #4817's customer");
      await page.click(zendeskEditor(SECOND));
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['Obviously', 'cannot be changed.']),
        "ticket #4817's underlines",
      );

      await page.click(zendeskTabClose(SECOND));
      await waitForSidebar(page, readsFirstTicket, 'the sidebar back on ticket #4821');
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['I know exactly how you feel']),
        "ticket #4821's underlines only",
      );
      expect(await page.evaluate((pane) => document.querySelector(pane), zendeskPane(SECOND))).toBeNull();
      expect(await sidebarCount(page)).toBe(1);
    });

    it('hides the sidebar and takes every underline away when the last ticket closes', async () => {
      await page.click(zendeskTabClose(FIRST));
      await waitForSidebar(page, (s) => !s.visible, 'the sidebar hidden');
      const underlines = await waitForUnderlines(
        page,
        (u) => noUnderlines(u) && u.adoptedSheets === 0,
        'no underlines left',
      );
      expect(underlines.styleElements).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('.ck-editor__editable').length)).toBe(0);
      expect(await sidebarCount(page)).toBe(1);
      expect(page.errors()).toEqual([]);
    });
  });
});

describe.each(E2E_BROWSERS)('reloading or updating the extension under an open workspace in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
    page = await openWorkspace(session, inject('demoUrl'));
    await waitForUnderlines(page, (u) => u.warning !== undefined, 'the seeded underline');
  });
  afterAll(async () => {
    await session?.close();
  });

  if (browserName === 'firefox') {
    // Firefox stops the old copy's code outright (its sidebar stays on the page, inert) and runs the
    // new version's content scripts in the tabs already open.
    it('leaves exactly one live sidebar and one set of underlines after an update', async () => {
      const firefox = session as FirefoxSession;
      await page.evaluate(() => document.querySelector('tactful-sidebar')?.setAttribute('data-test-old-copy', ''));
      await firefox.browser.uninstallExtension(firefox.extensionId);
      await firefox.browser.installExtension(FIREFOX_EXTENSION_DIR);
      await pollUntil(
        () =>
          page.evaluate(() =>
            Array.from(document.querySelectorAll('tactful-sidebar'), (host) => host.hasAttribute('data-test-old-copy')),
          ),
        (copies) => copies.length === 1 && copies[0] === false,
        'only the new copy of the sidebar',
      );
      await waitForSidebar(page, readsFirstTicket, 'the new copy coaching ticket #4821');
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['I know exactly how you feel']) && u.adoptedSheets === 1,
        'one set of underlines',
      );
      // The new copy is the one that coaches: it follows the agent's typing.
      await page.click(zendeskEditor(FIRST));
      await moveCkEditorCaret(page, 'end', zendeskEditor(FIRST));
      await page.type(' Calm down.');
      await waitForUnderlines(
        page,
        (u) => sameWords(u.error, ['Calm down']) && u.adoptedSheets === 1,
        'the typed words underlined once',
      );
      expect(await sidebarCount(page)).toBe(1);
      expect(page.errors()).toEqual([]);
    });
  } else {
    // Chromium keeps the old copy running, cut off from its extension, and does not inject the new
    // version into open tabs: the old copy must take its sidebar and underlines away by itself.
    it("takes the old copy's sidebar and underlines away when the extension reloads", async () => {
      const worker = await (session as ChromiumSession).serviceWorker();
      // The worker is torn down by the reload it starts, so its evaluation may never answer.
      void worker
        .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
        .catch(() => undefined);
      await pollUntil(
        () => sidebarCount(page),
        (count) => count === 0,
        'the old sidebar removed',
      );
      await waitForUnderlines(page, (u) => noUnderlines(u) && u.adoptedSheets === 0, 'the old underlines removed');
      // The page keeps working on its own.
      await page.click(zendeskEditor(FIRST));
      await moveCkEditorCaret(page, 'end', zendeskEditor(FIRST));
      await page.type(' Thanks.');
      await pollUntil(
        () => ckEditorData(page, zendeskEditor(FIRST)),
        (data) => data.includes('Thanks.'),
        'the typing in the editor model',
      );
      expect(page.errors()).toEqual([]);
    });
  }
});
