// Where inline cards meet the page: which underlined finding a pointer or the caret is on, and
// where a card goes beside its words. Pure geometry, but for reading frames' boxes.
//
// The CSS Custom Highlight API paints the underlines but fires no events, so the pointer is matched
// to them by geometry: the live Ranges the underlines are painted on (lib/editors/highlights.ts)
// give the boxes of their words, and a pointer inside one (or on the underline just below it) is
// over that finding. Boxes rather than caretPositionFromPoint(): a caret position snaps to the
// nearest character, so a pointer in the blank space after a line or below the last one would
// land on words it is not over; and a textarea's underlines are on a mirror that takes no pointer
// events, so only the Ranges on the mirror know where its words are.

import { SEVERITIES, type Finding } from '@/coaching/types';
import { framesAround } from './frames';
import { boxOutsideFrame, frameViewportOf, type Box } from './placement';

/** Below the words' box, how far a pointer still counts as on them: the wavy underline is drawn there. */
const UNDERLINE_REACH = 4;
const CARD_GAP = 6;
const VIEWPORT_MARGIN = 8;

export interface Point {
  x: number;
  y: number;
}

/** What hit-testing needs of a Range: its boxes, one per line it covers. */
interface LaidOut {
  getClientRects(): ArrayLike<Box>;
}

export interface UnderlineHit<T> {
  underlined: T;
  /** Which of the words' line boxes the point is on: the card opens beside that line. */
  line: number;
}

/**
 * The underlined finding under `point` (in the editor document's viewport). Where underlines
 * overlap, the more serious finding wins, then the narrower one: it says the most about those words.
 */
export function findingAtPoint<T extends { finding: Finding; range: LaidOut }>(
  underlined: readonly T[],
  point: Point,
): UnderlineHit<T> | null {
  let best: UnderlineHit<T> | null = null;
  for (const entry of underlined) {
    const line = lineAt(entry.range.getClientRects(), point);
    if (line >= 0 && (!best || outranks(entry.finding, best.underlined.finding))) best = { underlined: entry, line };
  }
  return best;
}

function lineAt(boxes: ArrayLike<Box>, point: Point): number {
  for (let line = 0; line < boxes.length; line++) {
    const box = boxes[line]!;
    if (box.right <= box.left) continue;
    if (point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom + UNDERLINE_REACH)
      return line;
  }
  return -1;
}

function outranks(candidate: Finding, current: Finding): boolean {
  if (candidate.severity !== current.severity)
    return SEVERITIES.indexOf(candidate.severity) < SEVERITIES.indexOf(current.severity);
  return candidate.end - candidate.start < current.end - current.start;
}

/**
 * The underlined finding the caret is in (offsets into the analysed text), the caret touching
 * either end of the words included: the agent has just typed or reached them.
 */
export function findingAtCaret<T extends { finding: Finding }>(
  underlined: readonly T[],
  caret: { start: number; end: number },
): T | null {
  let best: T | null = null;
  for (const entry of underlined) {
    const { start, end } = entry.finding;
    if (caret.start < start || caret.end > end) continue;
    if (!best || outranks(entry.finding, best.finding)) best = entry;
  }
  return best;
}

export interface CardPosition {
  left: number;
  top: number;
  /** Below the words, or above them when there is more room there. */
  side: 'below' | 'above';
}

/**
 * Where a card of `size` goes for words at `words` (top-viewport coordinates): just below them,
 * starting where they start, so it covers neither them nor the line being typed; above them when
 * it does not fit below and there is more room above; always within the viewport.
 */
export function cardPosition(
  words: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPosition {
  const roomBelow = viewport.height - words.bottom - CARD_GAP - VIEWPORT_MARGIN;
  const roomAbove = words.top - CARD_GAP - VIEWPORT_MARGIN;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? words.bottom + CARD_GAP : words.top - CARD_GAP - size.height;
  const left = Math.min(words.left, viewport.width - size.width - VIEWPORT_MARGIN);
  return {
    left: Math.round(Math.max(VIEWPORT_MARGIN, left)),
    top: Math.round(Math.max(VIEWPORT_MARGIN, Math.min(top, viewport.height - size.height - VIEWPORT_MARGIN))),
    side,
  };
}

/** A box in a node's own viewport as the top document sees it, through every frame it sits in. */
export function boxInTopViewportFrom(box: Box, node: Node): Box {
  let seen: Box = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  for (const frame of framesAround(node)) seen = boxOutsideFrame(seen, frameViewportOf(frame));
  return seen;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** True for Alt+Enter alone: the key that opens the card of the words at the caret. */
export function isCardShortcut(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): boolean {
  return event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

/** The same finding of the same analysis, or of a later one that left its words where they were. */
export function sameSpan(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}
