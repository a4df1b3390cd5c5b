// A caseless regex with the phrase lists' cheap pre-test in front (phrase-anchors.ts): a text
// that lacks every anchor of the regex cannot match it, so the regex is not run. The sentence
// readers (tone, fault) test each sentence against dozens of long alternations that nearly every
// sentence fails; most are now ruled out by a lookup of the sentence's three-letter pieces.
// Results are exactly those of the regex: a hash collision only lets the regex run.

import { anchorSlots, mayHold, readGrams } from './phrase-anchors';
import { caseless, caselessSource } from './patterns';

export interface AnchoredPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** `caseless(source)`, run only on texts that may hold it. No g or y flag: it keeps no lastIndex. */
export function anchoredCaseless(source: string): AnchoredPattern {
  const pattern = caseless(source);
  const anchors = anchorSlots(caselessSource(source));
  if (!anchors) return pattern;
  const mayMatch = (text: string): boolean => {
    // Another reader may have stamped its own text since: stamping again is free for the same text.
    readGrams(text);
    return mayHold(anchors);
  };
  return {
    test: (text) => mayMatch(text) && pattern.test(text),
    exec: (text) => (mayMatch(text) ? pattern.exec(text) : null),
  };
}
