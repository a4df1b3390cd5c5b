// Reply boxes inside open shadow roots (help desks built from web components): coaching finds the
// editor two shadow roots deep, follows the agent's focus into it, underlines in the shadow tree,
// and inserts through the editor's own input path with one undo (for Lexical and Slate, through
// the main-world bridge, which finds the selection through the shadow root). Not CKEditor 5, which
// cannot run in a shadow root (demo/editors/web-components/model-editors.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { readModelText, settleSelection } from './fixture-pages';
import { pollUntil } from './poll';
import { expectUsableSize, waitForSidebar } from './sidebar-driver';

const TYPED = ' Calm down. Obviously you did not read the FAQ.';
/** A starter snippet's shortcut, and the words its body starts with. */
const SHORTCUT = 'asked-before';
const SNIPPET_START = "I'm sorry you've had to get in touch about this more than once.";

/** Where the reply field is on screen, found through both shadow roots once it has rendered. */
async function fieldPoint(page: TestPage): Promise<{ x: number; y: number }> {
  const point = await pollUntil(
    () =>
      page.evaluate(() => {
        const composer = document.querySelector('desk-reply-composer')?.shadowRoot;
        const field = composer?.querySelector('desk-rich-field')?.shadowRoot?.querySelector<HTMLElement>('.field');
        const box = field?.getBoundingClientRect();
        return box ? { x: box.left + box.width - 20, y: box.top + box.height - 20 } : null;
      }),
    (found) => found !== null,
    'the reply field rendered',
  );
  return point!;
}

/** The text under our underlines in the field's shadow root (the highlight registry is the document's). */
function underlinedWords(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    ['error', 'warning', 'suggestion'].flatMap((severity) => {
      const highlight = CSS.highlights.get(`tactful-${severity}`);
      return highlight ? Array.from(highlight, (range) => (range as Range).toString()) : [];
    }),
  );
}

/** How many of the field's shadow root's adopted sheets paint our ::highlight() rules. */
function highlightSheetsInShadow(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const root = document
      .querySelector('desk-reply-composer')!
      .shadowRoot!.querySelector('desk-rich-field')!.shadowRoot!;
    return root.adoptedStyleSheets.filter((sheet) => sheet.cssRules[0]?.cssText.startsWith('::highlight(tactful-'))
      .length;
  });
}

describe.each(E2E_BROWSERS)('editors in open shadow roots in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['contenteditable', ''],
    ['textarea', '?textarea'],
    ['contenteditable rendered late', '?late'],
    ['ProseMirror editor', '?prosemirror'],
    // Editors that take an insertion only through the main-world bridge, which must find the
    // selection through the shadow root.
    ['Lexical editor', '?lexical'],
    ['Slate editor', '?slate'],
  ])('coaches a %s two shadow roots deep, and expands a shortcut that one undo takes back', async (kind, query) => {
    const page = await session.newPage();
    await page.goto(`${inject('demoUrl')}/editors/web-components/${query}`);
    await page.waitForFunction(() => window.fixtureEditor?.kind !== undefined);
    const point = await fieldPoint(page);
    await page.mouseClick(point.x, point.y);
    await page.press('End');
    await settleSelection(page);
    await page.type(TYPED);
    await waitForSidebar(
      page,
      (s) => s.visible && s.ruleIds.includes('hostility') && s.ruleIds.includes('condescension'),
      'the typed reply coached',
    );
    await expectUsableSize(page);
    expect(await readModelText(page)).toContain('Obviously you did not read the FAQ.');
    if (kind !== 'textarea') {
      const words = await pollUntil(
        () => underlinedWords(page),
        (found) => found.some((word) => /obviously/i.test(word)),
        'underlines in the shadow tree',
      );
      expect(words.join(' ')).toMatch(/Calm down/i);
      expect(await highlightSheetsInShadow(page)).toBe(1);
    }

    await page.type(` ;;${SHORTCUT} `);
    await pollUntil(
      () => readModelText(page),
      (text) => !!text?.includes(SNIPPET_START) && !text.includes(`;;${SHORTCUT}`),
      'the shortcut expanded in the shadow tree',
    );
    await page.press('Control+KeyZ');
    await pollUntil(
      () => readModelText(page),
      (text) => !!text?.includes(`;;${SHORTCUT}`) && !text.includes(SNIPPET_START),
      'the expansion undone in one step',
    );
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  // Chromium 156: Draft.js reads the document's selection, which stops at the shadow host, and
  // puts the agent's own typing at the start of the reply: no help desk could ship it there.
  it.skipIf(browserName === 'chromium')(
    'coaches a Draft.js editor two shadow roots deep, and declines a shortcut it cannot place',
    async () => {
      const page = await session.newPage();
      await page.goto(`${inject('demoUrl')}/editors/web-components/?draftjs`);
      await page.waitForFunction(() => window.fixtureEditor?.kind !== undefined);
      const point = await fieldPoint(page);
      await page.mouseClick(point.x, point.y);
      await page.press('End');
      await settleSelection(page);
      await page.type(TYPED);
      await waitForSidebar(page, (s) => s.visible && s.ruleIds.includes('condescension'), 'the typed reply coached');
      await pollUntil(
        () => underlinedWords(page),
        (found) => found.some((word) => /obviously/i.test(word)),
        'underlines in the shadow tree',
      );
      await page.type(` ;;${SHORTCUT} `);
      await waitForSidebar(page, (s) => s.error !== null, 'the agent told the shortcut was not expanded');
      const text = await readModelText(page);
      expect(text).toBe(`Hi Dana,${TYPED} ;;${SHORTCUT} `);
      expect(page.errors()).toEqual([]);
      await page.close();
    },
  );

  it('follows the new reply box when the help desk renders another ticket in its place', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('demoUrl')}/editors/web-components/`);
    await page.waitForFunction(() => window.fixtureEditor?.kind !== undefined);
    let point = await fieldPoint(page);
    await page.mouseClick(point.x, point.y);
    await page.press('End');
    await settleSelection(page);
    await page.type(' Calm down.');
    await waitForSidebar(page, (s) => s.ruleIds.includes('hostility'), 'the first reply coached');

    await page.click('#next-ticket');
    await waitForSidebar(page, (s) => !s.ruleIds.includes('hostility'), 'the old reply forgotten');
    point = await fieldPoint(page);
    await page.mouseClick(point.x, point.y);
    await page.press('End');
    await settleSelection(page);
    await page.type(' Obviously you did not read the FAQ.');
    await waitForSidebar(
      page,
      (s) => s.ruleIds.includes('condescension') && !s.ruleIds.includes('hostility'),
      'the new reply coached',
    );
    await pollUntil(
      () => underlinedWords(page),
      (found) => found.some((word) => /obviously/i.test(word)) && !found.some((word) => /calm down/i.test(word)),
      'underlines on the new reply only',
    );
    expect(await page.evaluate(() => document.querySelectorAll('tactful-sidebar').length)).toBe(1);
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
