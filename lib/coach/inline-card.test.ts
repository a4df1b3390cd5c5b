// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding, Severity } from '@/coaching/types';
import type { TextSnapshot } from '@/lib/editors/dom-text';
import type { FindingUnderlines, UnderlinedFinding } from '@/lib/editors/highlights';
import type { EditorAdapter } from '@/lib/editors/types';
import type { Box } from './placement';
import {
  CARD_TAG,
  HOVER_CLOSE_MS,
  HOVER_OPEN_MS,
  cardPosition,
  createInlineCards,
  findingAtCaret,
  findingAtPoint,
  isCardShortcut,
  sameFinding,
} from './inline-card';

// WXT watches navigations through the Navigation API where the browser has it (Chromium); without
// it, it would poll the URL on a timer of its own. The page under test is like Chromium's.
vi.hoisted(() => {
  const page = globalThis as { navigation?: EventTarget };
  page.navigation ??= new EventTarget();
});

const finding = (ruleId: string, start: number, end: number, severity: Severity = 'warning'): Finding => ({
  ruleId,
  category: ruleId,
  severity,
  start,
  end,
  message: `${ruleId} message`,
  note: `${ruleId} note`,
  suggestions: [],
});

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** An underlined finding whose words are laid out in `lines` (one box per line they cover). */
const laidOut = (underlined: Finding, ...lines: Box[]) => ({
  finding: underlined,
  range: { getClientRects: () => lines },
});

describe('findingAtPoint', () => {
  const sympathy = laidOut(finding('sympathy', 0, 27), box(100, 20, 260, 38));
  const wrapped = laidOut(finding('jargon', 40, 70), box(400, 20, 500, 38), box(10, 40, 90, 58));

  it('finds the finding whose words are under the pointer', () => {
    expect(findingAtPoint([sympathy, wrapped], { x: 150, y: 30 })).toEqual({ underlined: sympathy, line: 0 });
  });

  it('counts the wavy underline just below the words as on them, but not the line below', () => {
    expect(findingAtPoint([sympathy], { x: 150, y: 41 })?.underlined).toBe(sympathy);
    expect(findingAtPoint([sympathy], { x: 150, y: 50 })).toBeNull();
  });

  it('finds nothing beside the words, in blank space, or when nothing is underlined', () => {
    expect(findingAtPoint([sympathy], { x: 99, y: 30 })).toBeNull();
    expect(findingAtPoint([sympathy], { x: 300, y: 30 })).toBeNull();
    expect(findingAtPoint([], { x: 150, y: 30 })).toBeNull();
  });

  it('says which line of words that wrap the pointer is on', () => {
    expect(findingAtPoint([wrapped], { x: 50, y: 50 })).toEqual({ underlined: wrapped, line: 1 });
  });

  it('ignores empty line boxes (a line break inside the words)', () => {
    const withBreak = laidOut(finding('shouting', 0, 10), box(50, 0, 50, 18), box(10, 20, 90, 38));
    expect(findingAtPoint([withBreak], { x: 50, y: 10 })).toBeNull();
    expect(findingAtPoint([withBreak], { x: 50, y: 30 })?.line).toBe(1);
  });

  it('prefers the more serious finding where underlines overlap, then the narrower one', () => {
    const wide = laidOut(finding('wide', 0, 30, 'suggestion'), box(0, 0, 300, 18));
    const narrowWarning = laidOut(finding('narrow-warning', 5, 10, 'warning'), box(50, 0, 100, 18));
    const error = laidOut(finding('error', 0, 30, 'error'), box(0, 0, 300, 18));
    expect(findingAtPoint([wide, narrowWarning], { x: 60, y: 9 })?.underlined).toBe(narrowWarning);
    expect(findingAtPoint([narrowWarning, error], { x: 60, y: 9 })?.underlined).toBe(error);
    const narrowSuggestion = laidOut(finding('narrow', 5, 10, 'suggestion'), box(50, 0, 100, 18));
    expect(findingAtPoint([wide, narrowSuggestion], { x: 60, y: 9 })?.underlined).toBe(narrowSuggestion);
  });
});

describe('findingAtCaret', () => {
  const sympathy = { finding: finding('sympathy', 0, 27) };
  const simply = { finding: finding('minimizing', 40, 46) };

  it('finds the finding the caret or selection is in, its ends included', () => {
    expect(findingAtCaret([sympathy, simply], { start: 10, end: 10 })).toBe(sympathy);
    expect(findingAtCaret([sympathy, simply], { start: 46, end: 46 })).toBe(simply);
    expect(findingAtCaret([sympathy, simply], { start: 40, end: 46 })).toBe(simply);
  });

  it('finds nothing between findings or for a selection reaching past the words', () => {
    expect(findingAtCaret([sympathy, simply], { start: 30, end: 30 })).toBeNull();
    expect(findingAtCaret([sympathy, simply], { start: 20, end: 41 })).toBeNull();
  });

  it('prefers the more serious of overlapping findings', () => {
    const error = { finding: finding('hostility', 5, 15, 'error') };
    expect(findingAtCaret([sympathy, error], { start: 8, end: 8 })).toBe(error);
  });
});

describe('sameFinding', () => {
  const text = 'Simply restart. Then simply wait.';
  const first = finding('minimizing', 0, 6);
  const second = finding('minimizing', 21, 27);
  const findings = [first, second];

  it('follows the words when the agent types before them', () => {
    const next = `Hi, ${text}`;
    const moved = [finding('minimizing', 4, 10), finding('minimizing', 25, 31)];
    expect(sameFinding({ finding: second, findings, text }, { findings: moved, text: next })).toBe(moved[1]);
    expect(sameFinding({ finding: first, findings, text }, { findings: moved, text: next })).toBe(moved[0]);
  });

  it('is null once the words are gone or another rule flags them, while the others follow', () => {
    const fixed = 'Restart. Then simply wait.';
    const remaining = [finding('minimizing', 14, 20)];
    expect(sameFinding({ finding: first, findings, text }, { findings: remaining, text: fixed })).toBeNull();
    expect(sameFinding({ finding: second, findings, text }, { findings: remaining, text: fixed })).toBe(remaining[0]);
    expect(sameFinding({ finding: first, findings, text }, { findings: [finding('jargon', 0, 6)], text })).toBeNull();
  });

  it('does not take words that merely look the same in a different case', () => {
    const next = 'simply restart. Then simply wait.';
    expect(
      sameFinding({ finding: first, findings: [first], text }, { findings: [finding('minimizing', 0, 6)], text: next }),
    ).toBeNull();
  });
});

describe('cardPosition', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };

  it('sits just below the words, starting where they start', () => {
    expect(cardPosition(box(100, 200, 260, 218), size, viewport)).toEqual({ left: 100, top: 224, side: 'below' });
  });

  it('goes above words near the bottom of the viewport', () => {
    expect(cardPosition(box(100, 700, 260, 718), size, viewport)).toEqual({
      left: 100,
      top: 700 - 6 - 120,
      side: 'above',
    });
  });

  it('stays below when neither side fits but below has more room', () => {
    expect(cardPosition(box(100, 60, 260, 78), size, { width: 1000, height: 200 }).side).toBe('below');
  });

  it('keeps within the viewport on the right and the left', () => {
    expect(cardPosition(box(900, 200, 980, 218), size, viewport).left).toBe(1000 - 300 - 8);
    expect(cardPosition(box(-40, 200, 20, 218), size, viewport).left).toBe(8);
  });
});

describe('isCardShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({
    key: 'Enter',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...init,
  });

  it('is Alt+Enter and nothing else', () => {
    expect(isCardShortcut(key({ altKey: true }))).toBe(true);
    expect(isCardShortcut(key({}))).toBe(false);
    // Ctrl+Enter sends in help desks; Shift+Enter is a soft line break.
    expect(isCardShortcut(key({ altKey: true, ctrlKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, shiftKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, metaKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, key: 'a' }))).toBe(false);
  });
});

// The card layer in a page, with an editor whose underlines are laid out where the test says:
// happy-dom lays nothing out, so the Ranges are stand-ins with the boxes and text a browser would give.
describe('createInlineCards', () => {
  const TEXT = 'I know exactly how you feel. Reset it.';
  const SYMPATHY: Finding = {
    ...finding('sympathy', 0, 27),
    message: 'Acknowledge the feeling instead of claiming to share it.',
    suggestions: ['I can understand how frustrating this must be', "I'd feel the same way in your position"],
  };
  const WORDS_BOX = box(10, 10, 200, 28);
  const contexts: ContentScriptContext[] = [];

  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.abort();
    document.body.innerHTML = '';
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** A stand-in for a live Range: its words can be changed, as typing in them would. */
  const standInRange = (words: string, laidOutAt: Box) => {
    const range = { words, getClientRects: () => [laidOutAt], toString: () => range.words };
    return range;
  };

  async function page() {
    document.body.innerHTML = `<div contenteditable="true" tabindex="0"><p>${TEXT}</p></div>`;
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    root.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 200 });
    root.focus();
    const changeListeners = new Set<() => void>();
    let caret = { start: TEXT.length, end: TEXT.length };
    const editor: EditorAdapter = {
      kind: 'contenteditable',
      root,
      read: () => ({ text: TEXT }) as TextSnapshot,
      caret: () => caret,
      insertText: async () => true,
      select: vi.fn(() => {
        root.focus();
        return true;
      }),
      watch(onChange, signal) {
        changeListeners.add(onChange);
        signal.addEventListener('abort', () => changeListeners.delete(onChange));
      },
      createUnderlines: () => inner,
    };
    const range = standInRange('I know exactly how you feel', WORDS_BOX);
    let drawn: UnderlinedFinding[] = [];
    const inner: FindingUnderlines = { show() {}, clear() {}, remove() {}, underlined: () => drawn };

    const ctx = new ContentScriptContext('inline-card-test');
    contexts.push(ctx);
    const applySuggestion = vi.fn();
    const ignore = vi.fn();
    const turnOffRule = vi.fn();
    const cards = await createInlineCards(ctx, { applySuggestion, ignore, turnOffRule });
    const underlines = cards.track(editor, inner);
    const analyse = (findings: Finding[], ranges: UnderlinedFinding['range'][]) => {
      drawn = findings.map((underlinedFinding, index) => ({ finding: underlinedFinding, range: ranges[index]! }));
      underlines.show({ text: TEXT } as TextSnapshot, findings);
    };
    analyse([SYMPATHY], [range as unknown as Range]);

    const dialog = () =>
      document.querySelector(CARD_TAG)?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
    const pointAt = (x: number, y: number, target: Element = root) =>
      target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y }));
    const press = (key: string, init: KeyboardEventInit = {}, target: Element = root) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
      target.dispatchEvent(event);
      return event;
    };
    return {
      root,
      editor,
      range,
      underlines,
      analyse,
      applySuggestion,
      ignore,
      turnOffRule,
      dialog,
      pointAt,
      press,
      typed: () => changeListeners.forEach((listener) => listener()),
      moveCaret: (to: { start: number; end: number }) => (caret = to),
    };
  }

  it('leaves one card layer on the page, taking away one an earlier copy of the script left', async () => {
    const leftBehind = document.createElement(CARD_TAG);
    document.documentElement.append(leftBehind);
    await page();
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    expect(leftBehind.isConnected).toBe(false);
  });

  it('opens the card once the pointer rests on the words, without taking the focus', async () => {
    const { root, dialog, pointAt } = await page();
    pointAt(50, 20);
    await sleep(HOVER_OPEN_MS / 2);
    expect(dialog()).toBeNull();
    await sleep(HOVER_OPEN_MS);
    expect(dialog()?.textContent).toContain(SYMPATHY.message);
    expect(document.activeElement).toBe(root);
  });

  it('opens nothing for a pointer passing over the words, or resting beside them', async () => {
    const { dialog, pointAt } = await page();
    pointAt(50, 20);
    await sleep(20);
    pointAt(400, 100);
    await sleep(HOVER_OPEN_MS + 50);
    expect(dialog()).toBeNull();
  });

  it('closes a hover card a moment after the pointer leaves the words, but not while it is on the card', async () => {
    const { dialog, pointAt } = await page();
    pointAt(50, 20);
    await sleep(HOVER_OPEN_MS + 50);
    pointAt(400, 100);
    dialog()!.dispatchEvent(new PointerEvent('pointerenter'));
    await sleep(HOVER_CLOSE_MS + 50);
    expect(dialog()).not.toBeNull();
    dialog()!.dispatchEvent(new PointerEvent('pointerleave'));
    await sleep(HOVER_CLOSE_MS + 50);
    expect(dialog()).toBeNull();
  });

  it('opens at once on a click on the words, and stays when the pointer moves away', async () => {
    const { root, dialog, pointAt } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    expect(dialog()).not.toBeNull();
    pointAt(400, 100);
    await sleep(HOVER_CLOSE_MS + 50);
    expect(dialog()).not.toBeNull();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 400, clientY: 100 }));
    expect(dialog()).toBeNull();
  });

  it('closes on Escape, which goes no further than the card', async () => {
    const { root, dialog, press } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    const editorHeard = vi.fn();
    root.addEventListener('keydown', editorHeard);
    const escape = press('Escape');
    expect(dialog()).toBeNull();
    expect(escape.defaultPrevented).toBe(true);
    expect(editorHeard).not.toHaveBeenCalled();
    // With no card open, Escape is the page's again.
    press('Escape');
    expect(editorHeard).toHaveBeenCalledTimes(1);
  });

  it('applies the suggestion clicked, through the session, and closes', async () => {
    const { root, dialog, applySuggestion } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    dialog()!.querySelector<HTMLButtonElement>('[data-suggestion-index="1"]')!.click();
    expect(applySuggestion).toHaveBeenCalledWith(SYMPATHY, 1);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(root);
  });

  it('ignores the finding, or turns its rule off, through the session, and closes', async () => {
    const { root, dialog, ignore, turnOffRule } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    dialog()!.querySelector<HTMLButtonElement>('.tf-card-ignore')!.click();
    expect(ignore).toHaveBeenCalledWith(SYMPATHY);
    expect(dialog()).toBeNull();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    dialog()!.querySelector<HTMLButtonElement>('.tf-card-turn-off')!.click();
    expect(turnOffRule).toHaveBeenCalledWith(SYMPATHY);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(root);
  });

  it('stays while the agent types elsewhere, and closes once the words under it change', async () => {
    const { root, dialog, range, typed } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    typed();
    await sleep(20);
    expect(dialog()).not.toBeNull();
    range.words = 'I know exactly how youx feel';
    typed();
    expect(dialog()).toBeNull();
  });

  it('follows its finding into the next analysis, and goes when the analysis drops it', async () => {
    const { root, dialog, analyse } = await page();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    const again = { ...SYMPATHY, message: 'Same words, reworded message.' };
    analyse([again], [standInRange('I know exactly how you feel', WORDS_BOX) as unknown as Range]);
    expect(dialog()?.textContent).toContain('Same words, reworded message.');
    analyse([], []);
    expect(dialog()).toBeNull();
  });

  it('opens from the keyboard with Alt+Enter in the words, focused, and Escape hands the caret back', async () => {
    const { root, editor, dialog, press, moveCaret } = await page();
    // Outside underlined words Alt+Enter is the editor's and the page's, untouched.
    expect(press('Enter', { altKey: true }).defaultPrevented).toBe(false);
    expect(dialog()).toBeNull();
    moveCaret({ start: 8, end: 8 });
    const shortcut = press('Enter', { altKey: true });
    expect(shortcut.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(document.querySelector(CARD_TAG)?.shadowRoot?.activeElement?.textContent).toBe(SYMPATHY.suggestions[0]),
    );
    press('Escape', {}, document.querySelector(CARD_TAG)!.shadowRoot!.activeElement!);
    expect(dialog()).toBeNull();
    expect(editor.select).toHaveBeenCalledWith({ start: 8, end: 8 });
    expect(document.activeElement).toBe(root);
  });

  it('stops opening cards once the editor is no longer followed', async () => {
    const { root, dialog, underlines } = await page();
    underlines.remove();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    expect(dialog()).toBeNull();
  });
});
