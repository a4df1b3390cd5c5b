import { KNOWN_ACRONYMS, SHOUTED_WORDS } from '../data/capitals';
import type { Span } from './document';

const ACRONYMS = new Set(KNOWN_ACRONYMS.map((word) => word.toUpperCase()));
const SHOUTED = new Set(SHOUTED_WORDS.map((word) => word.replace(/[^A-Z']/g, '')));
/** A run of capitalised tokens separated only by spaces (e.g. "I NEED THIS NOW"). */
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}'’]*(?:[ \t]+\p{Lu}[\p{Lu}\p{N}'’]*)*(?![\p{L}\p{N}])/gu;
const TOKEN = /\p{Lu}[\p{Lu}\p{N}'’]*/gu;
const MIN_LONG_WORD = 5;
/**
 * A single word the customer is to type or press ("Reply YES", "text STOP to 80010", "click 'SAVE'") is
 * written as it must be entered, and a word in quotes is cited: neither is a raised voice.
 */
const KEYWORD_CUE = /\b(?:reply|text|type|send|enter|key in|press|tap|click|select|choose)(?: with)?[ \t]*["'“‘]?$/iu;
const QUOTE_BEFORE = /["'“‘]$/u;
const QUOTE_AFTER = /^["'”’]/u;

function isLiteral(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  // One word only: "answer WITHIN THE HOUR" after the verb is still a raised voice.
  if (KEYWORD_CUE.test(before) && !/\s/u.test(text.slice(start, end))) return true;
  return QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(text.slice(end, end + 1));
}

function isShoutedToken(token: string): boolean {
  const plain = token.replace(/’/g, "'");
  if (plain.length < 2) return false;
  if (ACRONYMS.has(plain)) return false;
  if (SHOUTED.has(plain)) return true;
  if (/\d/u.test(plain)) return false;
  // Long all-capital words with vowels are words, not initialisms ("HTTPS" has none).
  return plain.length >= MIN_LONG_WORD && /[AEIOUY]/u.test(plain) && /^[A-Z']+$/u.test(plain);
}

/** Spans of capitalised words used for emphasis, within [from, to) of `text`. */
export function findShoutedRuns(text: string, from: number, to: number): Span[] {
  const runs: Span[] = [];
  CAPS_RUN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = CAPS_RUN.exec(text)) !== null && match.index < to) {
    const start = match.index;
    const end = Math.min(start + match[0].length, to);
    if (isLiteral(text, start, end)) continue;
    let shouted = 0;
    let counted = 0;
    TOKEN.lastIndex = 0;
    let token: RegExpExecArray | null;
    while ((token = TOKEN.exec(match[0])) !== null) {
      if (token[0].length < 2) continue;
      counted++;
      if (isShoutedToken(token[0])) shouted++;
    }
    if (shouted > 0 && shouted * 2 >= counted) runs.push({ start, end });
  }
  return runs;
}

/** Runs of two or more ! or ? (e.g. "!!!", "???", "?!"). */
export const REPEATED_MARKS = /[!?！？]{2,}/gu;
