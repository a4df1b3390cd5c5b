// Inline cards on the underlined words, in real Chromium and Firefox ESR with the extension loaded,
// on the Zendesk-style workspace's CKEditor 5 and on every editor fixture, among them a native
// <textarea> (whose underlines are on a mirror over it) and TinyMCE's iframe editor. Hovering the
// words opens their card without moving the focus or the caret; typing goes on into the editor
// while it is open; Escape closes it; clicking the words opens it too, and a suggestion's button
// changes the editor's own model; Alt+Enter opens it from the keyboard and Escape gives the focus
// back; a change to the words under it closes it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../coaching';
import { EDITOR_FIXTURES, SEED_DRAFT, type EditorFixture } from '../../demo/editors/catalog';
import { E2E_BROWSERS, REPO_ROOT, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { CKEDITOR, ckEditorData, moveCkEditorCaret } from './demo-pages';
import { openFixture, readModelText, settleSelection } from './fixture-pages';
import { clickInCard, clickUnderline, hoverUnderline, readCard, waitForCard } from './card-driver';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

/** Screenshots of an open card, for a person (and the README) to look at. */
const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'inline-cards');

/** The seeded draft's sympathy finding, as the engine words it. */
const sympathy = (() => {
  const finding = analyze(SEED_DRAFT).findings.find((candidate) => candidate.ruleId === 'sympathy');
  if (!finding || finding.suggestions.length < 2)
    throw new Error("The engine no longer flags the seed draft's sympathy with several suggestions");
  return {
    words: SEED_DRAFT.slice(finding.start, finding.end),
    message: finding.message,
    note: finding.note,
    suggestions: finding.suggestions,
  };
})();

interface EditorTarget {
  /** Names the screenshot. */
  id: string;
  name: string;
  open(page: TestPage, demoUrl: string): Promise<void>;
  editableSelector: string;
  frameSelector?: string;
  caretToEnd(page: TestPage): Promise<void>;
  /** The draft as the editor's own model holds it. */
  model(page: TestPage): Promise<string>;
  /** A keyboard shortcut of the host page's own, and how to tell it fired. */
  hostShortcut?: { chord: string; fired(page: TestPage): Promise<void> };
}

const ZENDESK: EditorTarget = {
  id: 'zendesk',
  name: 'Zendesk-style workspace (CKEditor 5)',
  open: (page, demoUrl) => page.goto(`${demoUrl}/zendesk/`),
  editableSelector: CKEDITOR,
  async caretToEnd(page) {
    await page.focus(CKEDITOR);
    await moveCkEditorCaret(page, 'end');
  },
  model: (page) => ckEditorData(page),
  hostShortcut: {
    chord: 'Control+Alt+KeyM',
    fired: (page) =>
      page.waitForFunction(() =>
        document.querySelector('[data-test-id="toast-notification"]')?.textContent?.startsWith('Macro applied'),
      ),
  },
};

const fixtureTarget = (fixture: EditorFixture): EditorTarget => ({
  id: fixture.kind,
  name: `${fixture.label} fixture`,
  open: (page, demoUrl) => openFixture(page, demoUrl, fixture),
  editableSelector: fixture.editableSelector,
  frameSelector: fixture.frameSelector,
  async caretToEnd(page) {
    if (fixture.kind === 'textarea') {
      await page.focus(fixture.editableSelector);
    } else {
      // A click on the last word, clear of the underline, then the keyboard to the very end.
      const point = await textPoint(page, 'router', fixture);
      await page.mouseClick(point.x, point.y);
    }
    await page.press('Control+End');
    await settleSelection(page);
  },
  model: async (page) => (await readModelText(page)) ?? '',
});

/** The Zendesk-style workspace and every editor fixture (among them a textarea and TinyMCE's iframe). */
const TARGETS: readonly EditorTarget[] = [ZENDESK, ...EDITOR_FIXTURES.map(fixtureTarget)];

/** The middle of `words` in the editor's DOM text, in top-viewport coordinates (through the frame). */
function textPoint(page: TestPage, words: string, where: { editableSelector: string; frameSelector?: string }) {
  return page.evaluate(
    ({ words, editableSelector, frameSelector }) => {
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const doc = frame ? frame.contentDocument! : document;
      const editable = doc.querySelector(editableSelector)!;
      const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const box = range.getClientRects()[0]!;
        const frameBox = frame?.getBoundingClientRect();
        const offsetX = frame ? frameBox!.left + frame.clientLeft : 0;
        const offsetY = frame ? frameBox!.top + frame.clientTop : 0;
        return { x: offsetX + box.left + box.width / 2, y: offsetY + box.top + box.height / 2 };
      }
      throw new Error(`"${words}" is not in the editor`);
    },
    { words, editableSelector: where.editableSelector, frameSelector: where.frameSelector },
  );
}

/** The focus is in the editor: its document's active element, through the frame for an iframe editor. */
function editorFocused(page: TestPage, target: EditorTarget): Promise<boolean> {
  return page.evaluate(
    ({ editableSelector, frameSelector }) => {
      if (!frameSelector) return !!document.activeElement?.closest(editableSelector) && document.hasFocus();
      const frame = document.querySelector<HTMLIFrameElement>(frameSelector);
      return document.activeElement === frame && !!frame?.contentDocument?.activeElement?.closest(editableSelector);
    },
    { editableSelector: target.editableSelector, frameSelector: target.frameSelector },
  );
}

/** Where the caret is, in whatever terms the editor's document offers, to compare before and after. */
function caretSignature(page: TestPage, target: EditorTarget): Promise<string> {
  return page.evaluate(
    ({ editableSelector, frameSelector }) => {
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const doc = frame ? frame.contentDocument! : document;
      const editable = doc.querySelector(editableSelector);
      if (editable instanceof HTMLTextAreaElement) return `${editable.selectionStart}-${editable.selectionEnd}`;
      const selection = doc.getSelection();
      return `${selection?.anchorNode?.textContent}@${selection?.anchorOffset}/${selection?.focusOffset}`;
    },
    { editableSelector: target.editableSelector, frameSelector: target.frameSelector },
  );
}

describe.each(E2E_BROWSERS)('inline cards in %s', (browserName) => {
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

  describe.each(TARGETS)('$name', (target) => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await target.open(page, demoUrl);
      await waitForUnderlines(
        page,
        (u) => u.warning?.includes(sympathy.words) ?? false,
        "the seed draft's sympathy underline",
        undefined,
        target.frameSelector,
      );
    });
    afterAll(() => page?.close());
    const openByClickOnWords = () =>
      clickUnderline(
        page,
        sympathy.words,
        target.frameSelector,
        (c) => c.open && c.ruleId === 'sympathy',
        'open after a click on the words',
      );

    it('hovering underlined words opens their card beside them, leaving the focus and the caret alone', async () => {
      await target.caretToEnd(page);
      const caretBefore = await caretSignature(page, target);
      const { card, point: words } = await hoverUnderline(
        page,
        sympathy.words,
        target.frameSelector,
        (c) => c.open,
        'open after hovering',
      );
      expect(card).toMatchObject({ hosts: 1, message: sympathy.message, ruleId: 'sympathy', focused: false });
      expect(card.suggestions).toEqual(sympathy.suggestions.map((suggestion) => suggestion.trim()));
      // Beside the words: just below them, or just above when there is no room below.
      expect(card.top >= words.bottom || card.bottom <= words.top).toBe(true);
      expect(await editorFocused(page, target)).toBe(true);
      expect(await caretSignature(page, target)).toBe(caretBefore);
      await page.screenshot(path.join(SCREENSHOT_DIR, `${browserName}-${target.id}.png`));

      // Why opens in the card, which stays open, and the editor keeps the focus.
      await clickInCard(page, '.tf-card-why');
      await waitForCard(page, (c) => c.open && c.note === sympathy.note, 'showing Why');
      expect(await editorFocused(page, target)).toBe(true);
    });

    it("lets typing go on into the editor (and the page's shortcuts reach the page) while the card is open", async () => {
      await page.type(' Thanks');
      await pollUntil(
        () => target.model(page),
        (text) => text.includes('router. Thanks'),
        'the typed words in the editor model',
      );
      // The words under the card did not change, so it stays, and the editor keeps the focus.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await readCard(page)).toMatchObject({ open: true, ruleId: 'sympathy', focused: false });
      expect(await editorFocused(page, target)).toBe(true);
      if (target.hostShortcut) {
        // The page's own shortcuts still reach it while a card is open.
        await page.press(target.hostShortcut.chord);
        await target.hostShortcut.fired(page);
        expect(await readCard(page)).toMatchObject({ open: true, ruleId: 'sympathy' });
      }
    });

    it('closes on Escape, with the focus still in the editor', async () => {
      await page.press('Escape');
      await waitForCard(page, (c) => !c.open, 'closed after Escape');
      expect(await editorFocused(page, target)).toBe(true);
    });

    it('opens from the keyboard with Alt+Enter in the words, and Escape gives the focus back to the editor', async () => {
      // A click in the words puts the caret there (and opens their card, which Escape closes).
      await openByClickOnWords();
      await page.press('Escape');
      await waitForCard(page, (c) => !c.open, 'closed');
      await settleSelection(page);
      const caretBefore = await caretSignature(page, target);

      await page.press('Alt+Enter');
      await waitForCard(page, (c) => c.open && c.focused, 'open with the focus on its first suggestion');
      expect(await target.model(page)).toContain(sympathy.words);
      await page.press('Escape');
      await waitForCard(page, (c) => !c.open, 'closed after Escape');
      await pollUntil(() => editorFocused(page, target), Boolean, 'the focus back in the editor');
      // Measured as before the Alt+Enter: once the editor has handled the selection it was given.
      await settleSelection(page);
      expect(await caretSignature(page, target)).toBe(caretBefore);
    });

    it('closes as soon as the words under it change, the typed key landing in the editor', async () => {
      // The caret is still in the words (the previous test).
      await hoverUnderline(
        page,
        sympathy.words,
        target.frameSelector,
        (c) => c.open && c.ruleId === 'sympathy' && !c.focused,
        'open after hovering',
      );
      await page.type('x');
      await waitForCard(page, (c) => !c.open, 'closed once its words changed');
      expect(await target.model(page)).not.toContain(sympathy.words);
      expect(await editorFocused(page, target)).toBe(true);
      await page.press('Backspace');
      await pollUntil(
        () => target.model(page),
        (text) => text.includes(sympathy.words),
        'the words restored',
      );
      await waitForUnderlines(
        page,
        (u) => u.warning?.includes(sympathy.words) ?? false,
        'the sympathy underline back',
        undefined,
        target.frameSelector,
      );
    });

    it("applies a suggestion clicked on the card to the editor's own model", async () => {
      await openByClickOnWords();
      await clickInCard(page, '[data-suggestion-index="1"]');
      const text = await pollUntil(
        () => target.model(page),
        (model) => !model.includes(sympathy.words),
        'the second suggestion in the editor model',
      );
      // Past the first word: an apostrophe may come back escaped from CKEditor's HTML.
      expect(text).toContain(sympathy.suggestions[1]!.split(' ').slice(1).join(' '));
      expect(text).toContain('Thanks');
      await waitForCard(page, (c) => !c.open, 'closed once applied');
      expect(await editorFocused(page, target)).toBe(true);
    });

    it('puts no error in the page console', () => {
      expect(page.errors()).toEqual([]);
    });
  });

  // The card's Ignore and Turn off are the sidebar's own actions (tests/e2e/sidebar-actions.e2e.test.ts
  // covers their effects in depth); here, that the card reaches them.
  describe('Ignore on a card', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await session.newPage();
      await ZENDESK.open(page, demoUrl);
      await waitForUnderlines(
        page,
        (u) => u.warning?.includes(sympathy.words) ?? false,
        "the seed draft's sympathy underline",
      );
    });
    afterAll(() => page?.close());

    it('hides that finding in the sidebar and takes its underline away, and the card closes', async () => {
      await clickUnderline(
        page,
        sympathy.words,
        undefined,
        (c) => c.open && c.ruleId === 'sympathy',
        'open after a click on the words',
      );
      await clickInCard(page, '.tf-card-ignore');
      await waitForCard(page, (c) => !c.open, 'closed after Ignore');
      await waitForSidebar(
        page,
        (s) => !s.ruleIds.includes('sympathy') && s.ruleIds.length > 0,
        'the other findings, without sympathy',
      );
      await waitForUnderlines(page, (u) => !(u.warning ?? []).includes(sympathy.words), 'the sympathy underline gone');
      expect(await editorFocused(page, ZENDESK)).toBe(true);
      expect(page.errors()).toEqual([]);
    });
  });
});
