import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, REPO_ROOT, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { CKEDITOR, GMAIL_BODY, moveCkEditorCaret } from './demo-pages';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';
import { addPageHighlight, pageHighlightIntact, waitForUnderlines } from './underline-reader';

/** Screenshots of the painted underlines, for a person to look at (artifacts/ is not committed). */
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'underlines');

const sameWords = (actual: string[] | undefined, expected: string[]) =>
  JSON.stringify(actual ?? []) === JSON.stringify([...expected].sort());

describe.each(E2E_BROWSERS)('underlines in the editor in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
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

    it('underlines exactly the flagged words, leaving insertion points and the editor DOM alone', async () => {
      await waitForSidebar(
        page,
        (s) => s.ruleIds.includes('sympathy') && s.ruleIds.includes('missing-greeting'),
        'the seeded findings',
      );
      const underlines = await waitForUnderlines(page, (u) => u.warning !== undefined, 'the sympathy underline');
      expect(underlines.warning).toEqual(['I know exactly how you feel']);
      // The missing greeting and closing are insertion points: listed in the sidebar, never underlined.
      expect(underlines.error).toBeUndefined();
      expect(underlines.suggestion).toBeUndefined();
      expect(underlines.adoptedSheets).toBe(1);
      expect(underlines.styleElements).toBe(0);
      // No marks were added: the editor still holds its one paragraph of plain text.
      const editorDom = await page.evaluate((selector) => {
        const editor = document.querySelector(selector)!;
        return {
          tags: Array.from(editor.querySelectorAll('*'), (element) => element.tagName),
          text: editor.textContent,
        };
      }, CKEDITOR);
      expect(editorDom).toEqual({ tags: ['P'], text: 'I know exactly how you feel. Reset your router.' });
      await page.screenshot(path.join(SCREENSHOT_DIR, `${browserName}-zendesk-seed.png`));
    });

    it('keeps the underlines on the same words as the agent types before and after them', async () => {
      await addPageHighlight(page, CKEDITOR, 'Reset');
      await page.focus(CKEDITOR);
      await moveCkEditorCaret(page, 'start');
      await page.type('Hi Dana, ');
      await moveCkEditorCaret(page, 'end');
      await page.type(' Calm down, simply restart it.');
      const underlines = await waitForUnderlines(
        page,
        (u) => sameWords(u.error, ['Calm down']) && sameWords(u.warning, ['I know exactly how you feel', 'simply']),
        'the new findings underlined and the old one moved with its words',
      );
      expect(underlines.suggestion).toBeUndefined();
      expect(underlines.adoptedSheets).toBe(1);
      await page.screenshot(path.join(SCREENSHOT_DIR, `${browserName}-zendesk-typed.png`));
    });

    it('drops the underline of a finding the agent fixes from the sidebar', async () => {
      await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-primary');
      await waitForSidebar(page, (s) => !s.ruleIds.includes('sympathy'), 'the sympathy finding gone');
      const underlines = await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['simply']),
        'the sympathy underline gone',
      );
      expect(underlines.error).toEqual(['Calm down']);
    });

    it("leaves the page's own highlight and style sheet in place", async () => {
      expect(await pageHighlightIntact(page)).toBe(true);
    });
  });

  describe('Gmail-style thread (plain contenteditable)', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await page.goto(`${demoUrl}/gmail/`);
    });
    afterAll(() => page?.close());

    it('registers no underline while only insertion points are flagged', async () => {
      await waitForSidebar(page, (s) => s.ruleIds.includes('missing-greeting'), 'the seeded findings');
      // The underlines are painted in an idle task after the analysis the sidebar shows, and the
      // first paint puts our style sheet in place even when it draws nothing: read them after it.
      const underlines = await waitForUnderlines(
        page,
        (u) => u.adoptedSheets + u.styleElements > 0,
        'the underlines painted for the seeded draft',
      );
      expect(underlines.error ?? underlines.warning ?? underlines.suggestion).toBeUndefined();
    });

    it('underlines each severity in its own highlight as the agent types', async () => {
      await page.focus(GMAIL_BODY);
      await page.press('Control+End');
      await page.type(
        " Calm down, as I already said it is voided. I'm so sorry. I apologize for this. Sorry again for the trouble.",
      );
      await waitForUnderlines(
        page,
        (u) =>
          sameWords(u.error, ['Calm down']) &&
          sameWords(u.warning, ['as I already said']) &&
          sameWords(u.suggestion, ['Sorry again for the trouble']),
        'one underline per severity',
      );
      await page.screenshot(path.join(SCREENSHOT_DIR, `${browserName}-gmail-typed.png`));
    });

    it('drops the underline of a finding the agent fixes from the sidebar', async () => {
      // The sidebar catches up once the agent pauses typing (lib/coach/typing-run.ts).
      await waitForSidebar(page, (s) => s.ruleIds.includes('hostility'), 'the typed hostility listed');
      await clickInSidebar(page, '[data-rule-id="hostility"] .tf-primary');
      const underlines = await waitForUnderlines(page, (u) => u.error === undefined, 'the hostility underline gone');
      expect(underlines.warning).toEqual(['as I already said']);
      expect(underlines.suggestion).toEqual(['Sorry again for the trouble']);
    });

    it('moves the underlines to the editor the agent switches to, and clears them when the editors go', async () => {
      // A second draft, as Gmail opens one compose box per reply.
      await page.evaluate((selector) => {
        const first = document.querySelector(selector)!;
        const second = first.cloneNode(false) as HTMLElement;
        second.id = 'second-draft';
        second.innerHTML = '<div>Obviously you must wait.</div>';
        first.parentElement!.append(second);
      }, GMAIL_BODY);
      await page.focus('#second-draft');
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['Obviously']) && u.suggestion === undefined,
        'the second draft underlined alone',
      );

      await page.evaluate(() => document.getElementById('second-draft')!.remove());
      await waitForUnderlines(
        page,
        (u) => sameWords(u.warning, ['as I already said']) && sameWords(u.suggestion, ['Sorry again for the trouble']),
        'the first draft underlined again',
      );

      await page.evaluate((selector) => document.querySelector(selector)!.remove(), GMAIL_BODY);
      const underlines = await waitForUnderlines(
        page,
        (u) => u.error === undefined && u.warning === undefined && u.suggestion === undefined,
        'no underlines without an editor',
      );
      expect(underlines.adoptedSheets).toBe(0);
    });
  });
});
