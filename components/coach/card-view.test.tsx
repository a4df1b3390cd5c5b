// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '@/coaching/types';
import type { UnderlinedFinding } from '@/lib/editors/highlights';
import { HOVER_CLOSE_MS } from '@/lib/coach/card-actions';
import { HOVER_OPEN_MS, watchCardPointer } from '@/lib/coach/card-pointer';
import type { Box } from '@/lib/coach/placement';
import { findingAt as finding, keepShadowRoots, readingOf, testCoaching, textEditor } from '@/lib/coach/test-support';
import { CARD_TAG } from '@/lib/page-elements';
import { mountCards } from './card-view';

// WXT watches navigations through the Navigation API where the browser has it (Chromium); without
// it, it would poll the URL on a timer of its own. The page under test is like Chromium's.
vi.hoisted(() => {
  const page = globalThis as { navigation?: EventTarget };
  page.navigation ??= new EventTarget();
});

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('inline cards', () => {
  const TEXT = 'I know exactly how you feel. Reset it.';
  const SYMPATHY: Finding = {
    ...finding('sympathy', 0, 27),
    message: 'Acknowledge the feeling instead of claiming to share it.',
    suggestions: ['I can understand how frustrating this must be', "I'd feel the same way in your position"],
  };
  const WORDS_BOX = box(10, 10, 200, 28);
  const contexts: ContentScriptContext[] = [];

  const sessions: (() => void)[] = [];

  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.abort();
    for (const end of sessions.splice(0)) end();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** A stand-in for a live Range: its words can be changed, as typing in them would. */
  const standInRange = (words: string, laidOutAt: Box) => {
    const range = { words, getClientRects: () => [laidOutAt], toString: () => range.words };
    return range;
  };

  /** The card's closed shadow root, as the content script holds it. */
  let cardRoot = (): ShadowRoot | null => null;

  async function page() {
    const shadowOf = keepShadowRoots();
    cardRoot = () => shadowOf(document.querySelector(CARD_TAG));
    document.body.innerHTML = `<div contenteditable="true" tabindex="0"><p>${TEXT}</p></div>`;
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    root.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 200 });
    root.focus();
    const changeListeners = new Set<() => void>();
    let caret = { start: TEXT.length, end: TEXT.length };
    const editor = textEditor(root, () => TEXT, {
      caret: () => caret,
      select: vi.fn(() => {
        root.focus();
        return true;
      }),
      watch(onChange, signal) {
        changeListeners.add(onChange);
        signal.addEventListener('abort', () => changeListeners.delete(onChange));
      },
    });
    const range = standInRange('I know exactly how you feel', WORDS_BOX);

    const ctx = new ContentScriptContext('inline-card-test');
    contexts.push(ctx);
    const { coaching, end } = testCoaching();
    sessions.push(end);
    const { store, actions } = coaching;
    const applySuggestion = vi.spyOn(actions.findings, 'applySuggestion').mockResolvedValue();
    const ignore = vi.spyOn(actions.findings, 'ignore').mockImplementation(() => {});
    const turnOffRule = vi.spyOn(actions.findings, 'turnOffRule').mockResolvedValue();
    await mountCards(ctx, coaching);
    watchCardPointer(coaching, actions.cards);
    store.update({ editor });
    /** A new analysis of the reply, drawn with `findings` underlined on `ranges`. */
    const analyse = (findings: Finding[], ranges: UnderlinedFinding['range'][]) => {
      const reading = readingOf(TEXT, findings);
      const underlined = findings.map((underlinedFinding, index) => ({
        finding: underlinedFinding,
        range: ranges[index]!,
      }));
      store.update({ reading, underlines: { reading, underlined } });
    };
    analyse([SYMPATHY], [range as unknown as Range]);

    const dialog = () => cardRoot()?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
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
      analyse,
      applySuggestion,
      ignore,
      turnOffRule,
      dialog,
      pointAt,
      press,
      unfollow: () => store.update({ editor: null }),
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

  it("opens for no Alt+Enter or click a script made (the agent's own do, below)", async () => {
    const { root, dialog, moveCaret } = await page();
    moveCaret({ start: 8, end: 8 });
    // What browsers report for every event a script makes (happy-dom reports nothing).
    const scripted = <E extends Event>(event: E) => Object.defineProperty(event, 'isTrusted', { value: false });
    const keys = scripted(
      new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true, composed: true }),
    );
    root.dispatchEvent(keys);
    root.dispatchEvent(scripted(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 })));
    expect(keys.defaultPrevented).toBe(false);
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
    await vi.waitFor(() => expect(cardRoot()?.activeElement?.textContent).toBe(SYMPATHY.suggestions[0]));
    press('Escape', {}, cardRoot()!.activeElement!);
    expect(dialog()).toBeNull();
    expect(editor.select).toHaveBeenCalledWith({ start: 8, end: 8 });
    expect(document.activeElement).toBe(root);
  });

  it('stops opening cards once the editor is no longer followed', async () => {
    const { root, dialog, unfollow } = await page();
    unfollow();
    root.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
    expect(dialog()).toBeNull();
  });
});
