// Unexplained initialisms: a run of three to six capitals that is neither an everyday acronym nor an
// ordinary word typed in capitals (the shouting rule's business), so a customer is unlikely to
// know it ("your ONT", "the CGNAT pool", "RBAC roles"). Read as a mechanism, not a word list,
// so the jargon of a trade the list has never seen is still caught.

import { SHOUTED_WORDS } from '../data/capitals';
import { EVERYDAY_ACRONYMS } from '../data/everyday-acronyms';
import { findShoutedRuns } from './capitals';

const EVERYDAY = new Set([...EVERYDAY_ACRONYMS, ...SHOUTED_WORDS]);
// Not a code: "NA 1432", "SC542", "AB-12" are references, not words to explain.
const INITIALISM = /(?<![\p{L}\p{N}&/.@_-])\p{Lu}{3,6}(?:s|es)?(?![\p{L}\p{N}&/@_-]|[ -]?\d)/gu;
const VOWELS = /[AEIOU]/gu;
const MIN_WORD_LENGTH = 5;

export interface Initialism {
  start: number;
  end: number;
  /** The capitals without a plural ending: "ONTs" → "ONT". */
  key: string;
}

/** An all-capital word with vowels ("URGENT", "CLOUD") is a word in capitals, not an initialism. */
function looksLikeWord(key: string): boolean {
  return key.length >= MIN_WORD_LENGTH && (key.match(VOWELS)?.length ?? 0) >= 2;
}

/** Whether the run stands in a line of capitals (a heading or a shouted sentence), not in prose. */
function inCapitalRun(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 12), end + 12);
  return (around.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
}

/** Initialisms in [from, to) of `text` that a customer may not know. */
export function unfamiliarInitialisms(text: string, from = 0, to = text.length): Initialism[] {
  const found: Initialism[] = [];
  const shouted = findShoutedRuns(text, from, to);
  INITIALISM.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = INITIALISM.exec(text)) !== null && match.index < to) {
    const key = match[0].replace(/(?<=\p{Lu})(?:es|s)$/u, '');
    const start = match.index;
    const end = start + match[0].length;
    if (key.length < 3 || EVERYDAY.has(key) || EVERYDAY.has(match[0]) || looksLikeWord(key)) continue;
    if (inCapitalRun(text, start, end) || shouted.some((run) => run.start < end && start < run.end)) continue;
    found.push({ start, end, key });
  }
  return found;
}
