import type { TestPage } from './browsers';
import { pollUntil } from './poll';

// Reads and drives Tactful's inline card (the <tactful-card> host's shadow root) and finds the
// underlines that open it, from the page's main world.

/** Where an underline over some words is, in top-viewport coordinates, with the words' box. */
export interface UnderlinePoint {
  x: number;
  y: number;
  top: number;
  bottom: number;
}

/** An underline as read twice: `same` when it is the very Range the read before found. */
type UnderlineRead = (UnderlinePoint & { same: boolean }) | null;

/**
 * The middle of the first line of our underline over `words`, read from the highlight registry of
 * the editor's document (a textarea's underlines are on the mirror over it), in top-viewport
 * coordinates, with the words' box. Waits for the underline to be drawn and then to hold still for
 * one read: after an edit or a focus change the editor may render again and the app draw its
 * underlines anew a moment later, and a point read before that lands on words that are no longer
 * where the pointer goes.
 */
export async function underlinePoint(page: TestPage, words: string, frameSelector?: string): Promise<UnderlinePoint> {
  let previous: UnderlineRead = null;
  const settled = await pollUntil(
    async () => {
      const read = await readUnderlinePoint(page, words, frameSelector);
      const held = !!read && read.same && samePlace(read, previous);
      previous = read;
      return held ? read : null;
    },
    (found) => found !== null,
    `an underline over "${words}" that holds still`,
  );
  return settled!;
}

const samePlace = (a: UnderlinePoint | null, b: UnderlinePoint | null) =>
  !!a && !!b && a.x === b.x && a.y === b.y && a.top === b.top && a.bottom === b.bottom;

/**
 * Puts the real pointer on the underlined `words` with `act` (a hover or a click) and waits for
 * the card to show `ok`. The pointer leaves first, so it arrives with a move of its own even when
 * it rested there already. A card opens for the underline the app holds when the pointer arrives:
 * if the app drew that underline anew or it moved since (a late render of the editor), the
 * pointer met words the app no longer had, as a person's hand would, so it goes to them again.
 * An underline that stays put and opens no card fails the wait.
 */
export async function actOnUnderline(
  page: TestPage,
  words: string,
  frameSelector: string | undefined,
  act: (point: UnderlinePoint) => Promise<void>,
  ok: (card: CardSnapshot) => boolean,
  what: string,
): Promise<{ card: CardSnapshot; point: UnderlinePoint }> {
  let point = await underlinePoint(page, words, frameSelector);
  const reach = async () => {
    await page.mouseMove(POINTER_AWAY.x, POINTER_AWAY.y);
    await act(point);
  };
  await reach();
  const card = await pollUntil(
    async () => {
      const card = await readCard(page);
      if (ok(card)) return card;
      const now = await readUnderlinePoint(page, words, frameSelector);
      if (now && (!now.same || !samePlace(now, point))) {
        point = await underlinePoint(page, words, frameSelector);
        await reach();
      }
      return card;
    },
    ok,
    `the inline card: ${what}`,
  );
  return { card, point };
}

/** A corner of the page, clear of every editor and of the sidebar. */
const POINTER_AWAY = { x: 5, y: 5 };

/** Rests the real pointer on the underlined `words` until their card shows `ok`. */
export const hoverUnderline = (
  page: TestPage,
  words: string,
  frameSelector: string | undefined,
  ok: (card: CardSnapshot) => boolean,
  what: string,
) => actOnUnderline(page, words, frameSelector, (point) => page.mouseMove(point.x, point.y), ok, what);

/** Clicks the underlined `words` with the real mouse until their card shows `ok`. */
export const clickUnderline = (
  page: TestPage,
  words: string,
  frameSelector: string | undefined,
  ok: (card: CardSnapshot) => boolean,
  what: string,
) => actOnUnderline(page, words, frameSelector, (point) => page.mouseClick(point.x, point.y), ok, what);

/**
 * Reads the underline over `words` and keeps its Range in the page (on the top window), so that the
 * next read can tell whether the app still holds that same underline or drew a new one.
 */
function readUnderlinePoint(page: TestPage, words: string, frameSelector?: string): Promise<UnderlineRead> {
  return page.evaluate(
    ({ words, frameSelector }) => {
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const doc = frame ? frame.contentDocument! : document;
      const memory = window as unknown as { tactfulTestUnderline?: Range };
      for (const severity of ['error', 'warning', 'suggestion']) {
        const highlight = doc.defaultView!.CSS.highlights.get(`tactful-${severity}`);
        const range = Array.from(highlight ?? [], (candidate) => candidate as Range).find(
          (candidate) => candidate.toString() === words,
        );
        const box = range?.getClientRects()[0];
        if (!range || !box) continue;
        const same = memory.tactfulTestUnderline === range;
        memory.tactfulTestUnderline = range;
        const frameBox = frame?.getBoundingClientRect();
        const offsetX = frame ? frameBox!.left + frame.clientLeft : 0;
        const offsetY = frame ? frameBox!.top + frame.clientTop : 0;
        return {
          x: offsetX + box.left + box.width / 2,
          y: offsetY + box.top + box.height / 2,
          top: offsetY + box.top,
          bottom: offsetY + box.bottom,
          same,
        };
      }
      memory.tactfulTestUnderline = undefined;
      return null;
    },
    { words, frameSelector },
  );
}

export interface CardSnapshot {
  hosts: number;
  open: boolean;
  message: string;
  ruleId: string;
  suggestions: string[];
  /** Why's note, when shown. */
  note: string;
  top: number;
  bottom: number;
  /** The card holds the focus (opened from the keyboard). */
  focused: boolean;
  /** Its Turn off button (null when it has none), and the note beside it when the rule is locked. */
  turnOff: { disabled: boolean; lockedNote: string } | null;
}

export function readCard(page: TestPage): Promise<CardSnapshot> {
  return page.evaluate(() => {
    const host = document.querySelector('tactful-card');
    const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    const box = dialog?.getBoundingClientRect();
    return {
      hosts: document.querySelectorAll('tactful-card').length,
      open: !!box && box.width > 0 && box.height > 0,
      message: dialog?.querySelector('.tf-card-message')?.textContent ?? '',
      ruleId: dialog?.dataset.ruleId ?? '',
      suggestions: Array.from(
        dialog?.querySelectorAll('[data-suggestion-index]') ?? [],
        (button) => button.textContent ?? '',
      ),
      note: dialog?.querySelector('.tf-card-note')?.textContent ?? '',
      top: box?.top ?? 0,
      bottom: box?.bottom ?? 0,
      focused: !!host && document.activeElement === host && host.shadowRoot?.activeElement?.tagName === 'BUTTON',
      turnOff: (() => {
        const button = dialog?.querySelector<HTMLButtonElement>('.tf-card-turn-off');
        if (!button) return null;
        return { disabled: button.disabled, lockedNote: dialog?.querySelector('.tf-rule-locked')?.textContent ?? '' };
      })(),
    };
  });
}

export const waitForCard = (page: TestPage, ok: (card: CardSnapshot) => boolean, what: string) =>
  pollUntil(() => readCard(page), ok, `the inline card: ${what}`);

/** A real click on a button in the card, at its middle. */
export async function clickInCard(page: TestPage, selector: string): Promise<void> {
  const point = await page.evaluate((target) => {
    const element = document.querySelector('tactful-card')?.shadowRoot?.querySelector(target);
    if (!element) return null;
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
  if (!point) throw new Error(`No card element matches ${selector}`);
  await page.mouseClick(point.x, point.y);
}
