// Small, allocation-light helpers shared by rules and suggestions.

import type { Span } from './document';

export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

export function lowercaseFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toLowerCase() + text.slice(1);
}

/** Keeps the case of the first letter of the text being replaced. */
export function matchCase(replacement: string, original: string): string {
  if (replacement.length === 0 || original.length === 0) return replacement;
  const first = original[0]!;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return capitalizeFirst(replacement);
  if (first === first.toLowerCase() && first !== first.toUpperCase() && !/^I\b/u.test(replacement)) {
    return lowercaseFirst(replacement);
  }
  return replacement;
}

/** True when `offset` is the first word of a sentence (only spaces/quotes since a boundary). */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (char === '.' || char === '!' || char === '?' || char === ':') return true;
    if (
      char !== ' ' &&
      char !== '\t' &&
      char !== '"' &&
      char !== '“' &&
      char !== '(' &&
      char !== '*' &&
      char !== '-' &&
      char !== '•'
    )
      return false;
    index--;
  }
  return true;
}

const CLAUSE_OPENERS = new Set(['so', 'and', 'then', 'but', 'instead', 'otherwise', 'or']);

/**
 * True when `offset` starts a clause: a sentence start, or right after a comma, semicolon, dash or
 * a joining word ("…, so please call them").
 */
export function isClauseStart(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t' || text[index] === '"' || text[index] === '“'))
    index--;
  if (index < 0) return true;
  const char = text[index]!;
  if ('\n.!?:;,—–-(•*'.includes(char)) return true;
  let start = index;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return CLAUSE_OPENERS.has(text.slice(start, index + 1).toLowerCase());
}

export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return Math.max(0, Math.min(sentences.length - 1, low - 1));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
