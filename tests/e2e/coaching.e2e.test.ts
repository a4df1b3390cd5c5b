import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { CKEDITOR, GMAIL_BODY, ckEditorData, moveCkEditorCaret } from './demo-pages';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';

function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((target) => (document.querySelector(target) as HTMLElement | null)?.innerText ?? '', selector);
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.each(E2E_BROWSERS)('coaching on the demo help desk in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('Zendesk-style workspace (CKEditor 5)', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await page.goto(`${demoUrl}/zendesk/`);
    });
    afterAll(() => page?.close());

    it('shows the customer emotion and the seeded draft problems beside the editor', async () => {
      const sidebar = await waitForSidebar(
        page,
        (s) => s.visible && s.ruleIds.includes('sympathy') && s.emotions.length > 0,
        'an emotion and the sympathy finding',
      );
      expect(sidebar.emotions.some((emotion) => emotion === 'frustrated' || emotion === 'angry')).toBe(true);
      expect(sidebar.ruleIds).toEqual(expect.arrayContaining(['sympathy', 'missing-greeting', 'missing-closing']));
      expect(sidebar.statements.length).toBeGreaterThan(0);
    });

    it('updates live as the agent types a greeting and a sign-off', async () => {
      await page.focus(CKEDITOR);
      await moveCkEditorCaret(page, 'start');
      await page.type('Hi Dana, ');
      await waitForSidebar(page, (s) => !s.ruleIds.includes('missing-greeting'), 'the greeting finding gone');
      await moveCkEditorCaret(page, 'end');
      await page.press('Enter');
      await page.type('Kind regards, Sam');
      const sidebar = await waitForSidebar(
        page,
        (s) => !s.ruleIds.includes('missing-closing'),
        'the closing finding gone',
      );
      expect(sidebar.ruleIds).toContain('sympathy');
      expect(await ckEditorData(page)).toContain('Kind regards, Sam');
    });

    it('applies a fix through CKEditor, so its model holds the new words', async () => {
      await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-primary');
      const data = await pollUntil(
        () => ckEditorData(page),
        (html) => !html.includes('I know exactly how you feel'),
        'the fix in getData()',
      );
      await waitForSidebar(page, (s) => !s.ruleIds.includes('sympathy'), 'the sympathy finding gone');
      expect(data).toContain('Reset your router.');
      expect(data).toContain('Kind regards, Sam');
    });

    it('inserts an empathy statement at the caret, once, into the editor model', async () => {
      const sidebar = await waitForSidebar(page, (s) => s.statements.length > 0, 'empathy statements');
      const statement = sidebar.statements[0]!;
      await page.focus(CKEDITOR);
      await moveCkEditorCaret(page, 'end');
      await clickInSidebar(page, '.tf-statement button');
      const data = await pollUntil(
        () => ckEditorData(page),
        (html) => html.includes(statement),
        'the statement in getData()',
      );
      expect(occurrences(data, statement)).toBe(1);
      // One undo takes the insertion back, and redo restores it: it went through CKEditor's model.
      await page.press('Control+KeyZ');
      await pollUntil(
        () => ckEditorData(page),
        (html) => !html.includes(statement),
        'the insertion undone',
      );
      await page.press('Control+KeyY');
      await pollUntil(
        () => ckEditorData(page),
        (html) => html.includes(statement),
        'the insertion redone',
      );
      // The agent keeps typing after the insertion and nothing is lost or reverted.
      await page.type(' Thanks!');
      const after = await pollUntil(
        () => ckEditorData(page),
        (html) => html.includes('Thanks!'),
        'typing after insertion',
      );
      expect(after).toContain(statement);
    });
  });

  describe('Gmail-style thread (plain contenteditable)', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await page.goto(`${demoUrl}/gmail/`);
    });
    afterAll(() => page?.close());

    it('reads the customer, not the agent, and coaches the draft', async () => {
      const sidebar = await waitForSidebar(
        page,
        (s) => s.visible && s.emotions.length > 0 && s.ruleIds.length > 0,
        'emotions and findings',
      );
      expect(sidebar.emotions).toEqual(expect.arrayContaining(['anxious']));
      expect(sidebar.ruleIds).toEqual(expect.arrayContaining(['missing-greeting', 'missing-closing']));
    });

    it('adds the greeting through the browser editing path', async () => {
      await clickInSidebar(page, '[data-rule-id="missing-greeting"] .tf-primary');
      const text = await pollUntil(
        () => textOf(page, GMAIL_BODY),
        (body) => body.startsWith('Hi Jordan,'),
        'the greeting in the compose box',
      );
      expect(occurrences(text, 'Hi Jordan,')).toBe(1);
      await waitForSidebar(page, (s) => !s.ruleIds.includes('missing-greeting'), 'the greeting finding gone');
    });

    it('inserts an empathy statement at the caret', async () => {
      const sidebar = await waitForSidebar(page, (s) => s.statements.length > 0, 'empathy statements');
      const statement = sidebar.statements[0]!;
      await page.focus(GMAIL_BODY);
      await page.press('Control+End');
      await clickInSidebar(page, '.tf-statement button');
      const text = await pollUntil(
        () => textOf(page, GMAIL_BODY),
        (body) => body.includes(statement),
        'the statement in the compose box',
      );
      expect(occurrences(text, statement)).toBe(1);
      expect(text.trimEnd().endsWith(statement)).toBe(true);
      // The browser's own undo stack holds the insertion.
      await page.press('Control+KeyZ');
      await pollUntil(
        () => textOf(page, GMAIL_BODY),
        (body) => !body.includes(statement),
        'the insertion undone',
      );
    });
  });

  it('sends nothing anywhere while coaching: no request from the extension or its content scripts', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/`);
    await waitForSidebar(page, (s) => s.visible && s.ruleIds.length > 0, 'findings');
    // The demo page makes no requests after loading, so anything from here on would be ours.
    const recorder = session.recordRequests();
    try {
      await page.focus(CKEDITOR);
      await moveCkEditorCaret(page, 'end');
      await page.type(' I will call you at 3 pm today.');
      await clickInSidebar(page, '.tf-statement button');
      await waitForSidebar(page, (s) => s.text.length > 0, 'the sidebar after typing');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const demoOrigin = new URL(demoUrl).origin;
      expect(recorder.fromExtension()).toEqual([]);
      expect(recorder.outside([demoOrigin])).toEqual([]);
      expect(recorder.requests).toEqual([]);
    } finally {
      recorder.stop();
      await page.close();
    }
  });
});
