// The finding actions and the pre-send checklist on the demo Zendesk workspace (CKEditor 5), with
// the real extension: clicking a finding selects its words in the editor; Ignore hides a finding
// and its underline until its words change; Turn off this rule reaches a second tab's sidebar and
// the options page, and Undo brings it back; the checklist ticks as the agent types; Fix and Insert
// go through the editor; and the help desk's own shortcuts keep working beside the sidebar.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, REPO_ROOT, type ExtensionSession, type TestPage } from './browsers';
import { CKEDITOR, ckEditorData, moveCkEditorCaret } from './demo-pages';
import { pollUntil } from './poll';
import { clickInSidebar, readSidebar, waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
const CLAIM = 'I know exactly how you feel';
const RULE_SWITCH = 'tr[data-rule-id="sympathy"] input[role="switch"]';

/** Waits a little longer than the sidebar's analysis delay, for checks that something did NOT happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

/** The agent's selection, as the page's DOM and CKEditor's own model each hold it. */
function editorSelection(page: TestPage): Promise<{ dom: string; model: string; focused: boolean }> {
  return page.evaluate((selector) => {
    type ModelItem = { data?: string };
    type Editor = {
      model: { document: { selection: { getRanges(): Iterable<{ getItems(): Iterable<ModelItem> }> } } };
    };
    const editable = document.querySelector(selector) as (HTMLElement & { ckeditorInstance?: Editor }) | null;
    let model = '';
    for (const range of editable?.ckeditorInstance?.model.document.selection.getRanges() ?? []) {
      for (const item of range.getItems()) model += item.data ?? '';
    }
    return {
      dom: window.getSelection()?.toString() ?? '',
      model,
      focused: !!editable && editable.contains(document.activeElement),
    };
  }, CKEDITOR);
}

/** Each checklist item's ticked state, as its checkbox tells a screen reader. */
function checklist(page: TestPage): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    return Object.fromEntries(
      Array.from(root?.querySelectorAll('[data-checklist-item]') ?? [], (item) => [
        item.getAttribute('data-checklist-item'),
        item.querySelector('[role="checkbox"]')?.getAttribute('aria-checked') ?? null,
      ]),
    );
  });
}

function toast(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('[data-test-id="toast-notification"]')?.textContent ?? '');
}

const underlined = (words: string[] | undefined) => (words ?? []).includes(CLAIM);

describe.each(E2E_BROWSERS)('finding actions and the pre-send checklist in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName, { extensionPages: true });
    page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/`);
    await waitForSidebar(page, (s) => s.visible && s.ruleIds.includes('sympathy'), 'the seeded sympathy finding');
  });
  afterAll(async () => {
    await session?.close();
  });

  it("selects a finding's words in the editor when its text is clicked, and the host's macro shortcut still fires", async () => {
    await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-finding-text');
    const selection = await pollUntil(
      () => editorSelection(page),
      (s) => s.dom === CLAIM && s.model === CLAIM,
      'the claim selected in the editor',
    );
    expect(selection.focused).toBe(true);

    // A sidebar button pressed, then the help desk's own shortcut, from where the agent is.
    await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-why');
    await page.press('Control+Alt+KeyM');
    await pollUntil(
      () => toast(page),
      (text) => text.startsWith('Macro applied'),
      "the host's macro toast",
    );
    // Neither the Why button nor the shortcut moved the agent's selection.
    expect((await editorSelection(page)).model).toBe(CLAIM);
  });

  it('ignores a finding this once: it and its underline go, and stay gone while the agent types elsewhere', async () => {
    await waitForUnderlines(page, (u) => underlined(u.warning), 'the claim underlined');
    await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-ignore');
    await waitForSidebar(
      page,
      (s) => !s.ruleIds.includes('sympathy') && s.ruleIds.includes('missing-greeting'),
      'the sympathy finding gone',
    );
    await waitForUnderlines(page, (u) => !underlined(u.warning), 'the underline gone');

    await page.focus(CKEDITOR);
    await moveCkEditorCaret(page, 'end');
    await page.type(' Thanks for your patience.');
    await pollUntil(
      () => ckEditorData(page),
      (html) => html.includes('patience.'),
      'the typing in the editor',
    );
    await settle();
    expect((await readSidebar(page)).ruleIds).not.toContain('sympathy');
    await waitForUnderlines(page, (u) => !underlined(u.warning), 'still no underline on the claim');
  });

  it('coaches the words again once they were deleted and typed again', async () => {
    await page.press('Control+KeyA');
    await page.press('Backspace');
    await pollUntil(
      () => ckEditorData(page),
      (html) => html === '',
      'the draft cleared',
    );
    await waitForSidebar(page, (s) => s.ruleIds.length === 0, 'nothing to coach in an empty draft');
    await page.type(`${CLAIM}. Reset your router.`);
    await waitForSidebar(page, (s) => s.ruleIds.includes('sympathy'), 'the sympathy finding back');
    await waitForUnderlines(page, (u) => underlined(u.warning), 'the claim underlined again');
  });

  it('turns a rule off everywhere: this sidebar, a second tab and the options page follow, and Undo turns it back on', async () => {
    const second = await session.newPage();
    const options = await session.newPage();
    try {
      await second.goto(`${demoUrl}/zendesk/`);
      await waitForSidebar(second, (s) => s.ruleIds.includes('sympathy'), "the second tab's sympathy finding");
      await options.goto(`${session.extensionOrigin}/options.html`);
      const switchState = () =>
        options.evaluate(
          (selector) => (document.querySelector(selector) as HTMLInputElement | null)?.checked ?? null,
          RULE_SWITCH,
        );
      await pollUntil(switchState, (checked) => checked === true, 'the rule on in the options page');

      await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-turn-off');
      const sidebar = await waitForSidebar(
        page,
        (s) => !s.ruleIds.includes('sympathy') && s.ruleIds.length > 0,
        'the finding gone here',
      );
      expect(sidebar.text).toContain('“Sympathy” is turned off everywhere.');
      await waitForSidebar(
        second,
        (s) => !s.ruleIds.includes('sympathy') && s.ruleIds.length > 0,
        'the finding gone in the second tab',
      );
      await pollUntil(switchState, (checked) => checked === false, 'the rule shown off in the options page');

      await clickInSidebar(page, '.tf-rule-off .tf-undo');
      await waitForSidebar(
        page,
        (s) => s.ruleIds.includes('sympathy') && !s.text.includes('turned off everywhere'),
        'the finding back here',
      );
      await waitForSidebar(second, (s) => s.ruleIds.includes('sympathy'), 'the finding back in the second tab');
      await pollUntil(switchState, (checked) => checked === true, 'the rule back on in the options page');
      expect(second.errors()).toEqual([]);
    } finally {
      await options.close();
      await second.close();
    }
  });

  it('ticks the checklist as the agent types a greeting, a next step and a closing', async () => {
    await waitForSidebar(page, (s) => s.text.includes('Before you send'), 'the checklist');
    // "Reset your router." is an instruction the customer can follow: a next step already (coaching guide).
    expect(await checklist(page)).toMatchObject({
      greeting: 'false',
      'next-step': 'true',
      closing: 'false',
      acknowledgement: 'false',
    });

    await page.focus(CKEDITOR);
    await moveCkEditorCaret(page, 'start');
    await page.type('Hi Dana,');
    await page.press('Enter');
    await pollUntil(
      () => checklist(page),
      (items) => items.greeting === 'true',
      'the greeting ticked',
    );

    await moveCkEditorCaret(page, 'end');
    await page.type(' Let me know if the drops continue tonight.');
    await pollUntil(
      () => checklist(page),
      (items) => items['next-step'] === 'true',
      'the next step ticked',
    );

    await page.press('Enter');
    await page.type('Kind regards,');
    await page.press('Enter');
    await page.type('Sam');
    const items = await pollUntil(
      () => checklist(page),
      (ticked) => ticked.closing === 'true',
      'the closing ticked',
    );
    // The claim to share the feeling is still there: no acknowledgement yet.
    expect(items).toEqual({
      greeting: 'true',
      acknowledgement: 'false',
      'plain-language': 'true',
      'next-step': 'true',
      closing: 'true',
    });
    if (browserName === 'chromium') {
      // For people to look at (artifacts/ is not committed): the finding actions and the checklist.
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot(path.join(ARTIFACTS, 'sidebar-actions-checklist.png'));
    }
  });

  it('fixes the claim through CKEditor, which ticks the acknowledgement', async () => {
    await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-fix');
    const data = await pollUntil(
      () => ckEditorData(page),
      (html) => !html.includes(CLAIM),
      'the fix in getData()',
    );
    expect(data).toContain('Kind regards,');
    await waitForSidebar(page, (s) => !s.ruleIds.includes('sympathy'), 'the sympathy finding gone');
    await pollUntil(
      () => checklist(page),
      (items) => items.acknowledgement === 'true',
      'the acknowledgement ticked',
    );
  });

  it("inserts an empathy statement, then the host's Ctrl+Enter still submits the reply", async () => {
    const sidebar = await waitForSidebar(page, (s) => s.statements.length > 0, 'empathy statements');
    const statement = sidebar.statements[0]!;
    await page.focus(CKEDITOR);
    await moveCkEditorCaret(page, 'end');
    await clickInSidebar(page, '.tf-statement button');
    await pollUntil(
      () => ckEditorData(page),
      (html) => html.includes(statement),
      'the statement in getData()',
    );

    // Straight after the sidebar's button: the help desk's submit shortcut, from the editor.
    await page.press('Control+Enter');
    await pollUntil(
      () => toast(page),
      (text) => text === 'Ticket #4821 updated: public reply sent.',
      'the reply submitted',
    );
    const sent = await page.evaluate(() => {
      const items = document.querySelectorAll(
        '.ticket-pane[data-ticket-id="4821"] [data-test-id="omni-log-comment-item"]',
      );
      return items[items.length - 1]?.textContent ?? '';
    });
    expect(sent).toContain(statement);
    expect(sent).toContain('Hi Dana,');
    await pollUntil(
      () => ckEditorData(page),
      (html) => html === '',
      'the composer emptied',
    );
  });

  it('reports no errors in the page', () => {
    expect(page.errors()).toEqual([]);
  });
});
