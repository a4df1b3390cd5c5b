// Splits an over-long unit into pieces that each fit a word limit, at the given break points.
// Returns null when no split keeps every piece within the limit.

import { wordsIn } from './document';

export interface BreakPoint {
  /** Where the first piece ends (exclusive) and where the next one starts. */
  end: number;
  next: number;
}

export function chunkAtBreaks(
  text: string,
  start: number,
  end: number,
  breaks: readonly BreakPoint[],
  maxWords: number,
): BreakPoint[] | null {
  const chosen: BreakPoint[] = [];
  let pieceStart = start;
  let candidate: BreakPoint | null = null;
  for (const point of breaks) {
    if (wordsIn(text, pieceStart, point.end) <= maxWords) {
      candidate = point;
      continue;
    }
    if (!candidate) return null;
    chosen.push(candidate);
    pieceStart = candidate.next;
    candidate = wordsIn(text, pieceStart, point.end) <= maxWords ? point : null;
    if (!candidate) return null;
  }
  if (wordsIn(text, pieceStart, end) > maxWords) {
    if (!candidate) return null;
    chosen.push(candidate);
    if (wordsIn(text, candidate.next, end) > maxWords) return null;
  }
  return chosen.length > 0 ? chosen : null;
}
