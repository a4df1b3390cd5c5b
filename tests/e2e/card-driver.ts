import type { TestPage } from './browsers';
import { pollUntil } from './poll';

// Reads and drives Tactful's inline card (the <tactful-card> host's shadow root) and finds the
// underlines that open it, from the page's main world.

/**
 * The middle of the first line of our underline over `words`, read from the highlight registry of
 * the editor's document (a textarea's underlines are on the mirror over it), in top-viewport
 * coordinates, with the words' box. Waits for the underline: after an edit the editor may render
 * again and the underlines follow a moment later.
 */
export async function underlinePoint(page: TestPage, words: string, frameSelector?: string) {
  const point = await pollUntil(
    () => readUnderlinePoint(page, words, frameSelector),
    (found) => found !== null,
    `an underline over "${words}"`,
  );
  return point!;
}

function readUnderlinePoint(page: TestPage, words: string, frameSelector?: string) {
  return page.evaluate(
    ({ words, frameSelector }) => {
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const doc = frame ? frame.contentDocument! : document;
      for (const severity of ['error', 'warning', 'suggestion']) {
        const highlight = doc.defaultView!.CSS.highlights.get(`tactful-${severity}`);
        const range = Array.from(highlight ?? [], (candidate) => candidate as Range).find(
          (candidate) => candidate.toString() === words,
        );
        const box = range?.getClientRects()[0];
        if (!box) continue;
        const frameBox = frame?.getBoundingClientRect();
        const offsetX = frame ? frameBox!.left + frame.clientLeft : 0;
        const offsetY = frame ? frameBox!.top + frame.clientTop : 0;
        return {
          x: offsetX + box.left + box.width / 2,
          y: offsetY + box.top + box.height / 2,
          top: offsetY + box.top,
          bottom: offsetY + box.bottom,
        };
      }
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
