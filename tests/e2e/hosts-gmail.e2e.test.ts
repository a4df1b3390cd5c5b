// The Gmail host with several compose bodies: the inline reply in the thread, new-message compose
// windows (no customer yet), and a reply popped out into its own window, whose customer is read
// from the quoted history and whose quote is never coached.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { GMAIL_BODY, GMAIL_COMPOSE_BUTTON, GMAIL_DIALOG_BODY, GMAIL_POPOUT_BUTTON, GMAIL_QUOTE } from './demo-pages';
import { pollUntil } from './poll';
import { waitForSidebar, type SidebarSnapshot } from './sidebar-driver';
import { waitForUnderlines, type UnderlineSnapshot } from './underline-reader';

const sameWords = (actual: string[] | undefined, expected: string[]) =>
  JSON.stringify(actual ?? []) === JSON.stringify([...expected].sort());
const noUnderlines = (u: UnderlineSnapshot) =>
  u.error === undefined && u.warning === undefined && u.suggestion === undefined;
/** The thread's latest customer message (Jordan's) reads as anxious. */
const readsJordan = (s: SidebarSnapshot) => s.visible && s.emotions.includes('anxious');
const NO_CUSTOMER = 'No customer message found in this conversation.';

function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((target) => (document.querySelector(target) as HTMLElement | null)?.innerText ?? '', selector);
}

/**
 * Where each of our underlines sits: the text under it and whether it is inside quoted history.
 * Reads the page's highlight registry by name, as underline-reader.ts does.
 */
function underlinePlaces(page: TestPage, quoteSelector: string): Promise<Array<{ text: string; inQuote: boolean }>> {
  return page.evaluate((quote) => {
    const places: Array<{ text: string; inQuote: boolean }> = [];
    for (const severity of ['error', 'warning', 'suggestion']) {
      const highlight = CSS.highlights.get(`tactful-${severity}`);
      if (!highlight) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const container = range.commonAncestorContainer;
        const element = container instanceof Element ? container : container.parentElement;
        places.push({ text: range.toString(), inQuote: !!element?.closest(quote) });
      }
    }
    return places;
  }, quoteSelector);
}

describe.each(E2E_BROWSERS)('Gmail host with several compose bodies in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('compose windows beside the inline reply', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await page.goto(`${demoUrl}/gmail/`);
      await waitForSidebar(page, readsJordan, "the inline reply with Jordan's message");
    });
    afterAll(() => page?.close());

    it('coaches a new message with no customer to read', async () => {
      await page.click(GMAIL_COMPOSE_BUTTON);
      await waitForSidebar(
        page,
        (s) => s.visible && s.text.includes(NO_CUSTOMER),
        'the new message followed, with no customer',
      );
      await page.focus(GMAIL_DIALOG_BODY);
      await page.type('Obviously you need to update your card first. Calm down.');
      const sidebar = await waitForSidebar(
        page,
        (s) => s.ruleIds.includes('hostility') && s.ruleIds.includes('condescension'),
        'the new message coached',
      );
      expect(sidebar.emotions).toEqual([]);
      expect(sidebar.text).toContain(NO_CUSTOMER);
      await waitForUnderlines(
        page,
        (u) => sameWords(u.error, ['Calm down']) && sameWords(u.warning, ['Obviously']),
        'the new message underlined',
      );
    });

    it('follows focus between the compose window and the inline reply, moving the underlines along', async () => {
      await page.focus(GMAIL_BODY);
      await waitForSidebar(page, (s) => readsJordan(s) && !s.ruleIds.includes('hostility'), 'the inline reply again');
      await waitForUnderlines(page, noUnderlines, "the compose window's underlines gone");
      await page.focus(GMAIL_DIALOG_BODY);
      await waitForSidebar(
        page,
        (s) => s.text.includes(NO_CUSTOMER) && s.ruleIds.includes('hostility'),
        'the compose window again',
      );
      await waitForUnderlines(page, (u) => sameWords(u.error, ['Calm down']), 'the compose window underlined again');
    });

    it('leaves a minimised compose window and comes back when it is restored', async () => {
      await page.click('[role="dialog"] [data-action="minimise"]');
      await waitForSidebar(page, readsJordan, 'the inline reply while the compose window is minimised');
      await waitForUnderlines(page, noUnderlines, "the minimised window's underlines gone");
      await page.click('[role="dialog"] [data-action="minimise"]');
      await page.focus(GMAIL_DIALOG_BODY);
      await waitForUnderlines(page, (u) => sameWords(u.error, ['Calm down']), 'the restored window underlined');
    });

    it('moves to the inline reply when the followed compose window is discarded', async () => {
      await page.click('[role="dialog"] [data-action="discard"]');
      await waitForSidebar(
        page,
        (s) => readsJordan(s) && !s.ruleIds.includes('hostility'),
        'the inline reply after the discard',
      );
      await waitForUnderlines(page, noUnderlines, "the discarded window's underlines gone");
      expect(await page.evaluate(() => document.querySelectorAll('[role="dialog"]').length)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('tactful-sidebar').length)).toBe(1);
      expect(page.errors()).toEqual([]);
    });
  });

  describe('a reply popped out into its own window', () => {
    let popoutUrl: string;
    let popout: TestPage;

    beforeAll(async () => {
      const mailbox = await session.newPage();
      try {
        await mailbox.goto(`${demoUrl}/gmail/`);
        await waitForSidebar(mailbox, readsJordan, 'the inline reply');
        // TestPage cannot adopt a window the page opens, so the test catches the URL the pop-out
        // button asks for and opens it itself, in the same browser profile.
        await mailbox.evaluate(() => {
          window.open = (url?: string | URL) => {
            document.body.dataset.testPopoutUrl = String(url);
            return window;
          };
        });
        await mailbox.click(GMAIL_POPOUT_BUTTON);
        popoutUrl = await pollUntil(
          () => mailbox.evaluate(() => document.body.dataset.testPopoutUrl ?? ''),
          (url) => url !== '',
          'the pop-out URL',
        );
        // The reply left the thread: the mailbox has no editor to coach any more.
        await waitForSidebar(mailbox, (s) => !s.visible, 'the mailbox sidebar hidden');
        await waitForUnderlines(
          mailbox,
          (u) => noUnderlines(u) && u.adoptedSheets === 0,
          'no underlines in the mailbox',
        );
        expect(mailbox.errors()).toEqual([]);
      } finally {
        await mailbox.close();
      }
      popout = await session.newPage();
      await popout.goto(popoutUrl);
    });
    afterAll(() => popout?.close());

    it('opens on the pop-out page with the draft above the quoted thread', async () => {
      expect(new URL(popoutUrl).pathname).toBe('/gmail/popout.html');
      const body = await pollUntil(
        () => textOf(popout, GMAIL_BODY),
        (text) => text.includes('wrote:'),
        'the quoted thread',
      );
      expect(body.startsWith('Per our billing policy')).toBe(true);
      expect(body).toMatch(/On .+ Jordan Lee <jordan\.lee@example\.com> wrote:/);
    });

    it('reads the customer from the quoted history', async () => {
      const sidebar = await waitForSidebar(
        popout,
        (s) => readsJordan(s) && s.ruleIds.includes('missing-greeting'),
        "Jordan's quoted message",
      );
      expect(sidebar.text).not.toContain(NO_CUSTOMER);
    });

    it('never coaches or underlines the quote or the signature', async () => {
      // Jordan's quoted "silly question" would be flagged as hostile in the agent's own words.
      await popout.focus(GMAIL_BODY);
      await popout.press('Control+Home');
      await popout.type('Calm down. ');
      const sidebar = await waitForSidebar(popout, (s) => s.ruleIds.includes('hostility'), 'the typed words coached');
      expect(sidebar.ruleIds.filter((id) => id === 'hostility')).toHaveLength(1);
      // The signature's "BILLING TEAM" line would read as shouting in the agent's own words.
      expect(sidebar.ruleIds).not.toContain('shouting');
      await waitForUnderlines(popout, (u) => sameWords(u.error, ['Calm down']), 'only the typed words underlined');
      const places = await underlinePlaces(popout, GMAIL_QUOTE);
      expect(places.length).toBeGreaterThan(0);
      expect(places.filter((place) => place.inQuote)).toEqual([]);
      expect(popout.errors()).toEqual([]);
    });
  });
});
