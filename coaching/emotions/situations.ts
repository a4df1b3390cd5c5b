// Whether the customer's message shows an upsetting situation or a raised voice beside whatever
// feeling it names (data/upsetting-situations.ts): the second signal that makes a weak emotion
// reading worth an acknowledgement.

import { HURRY_WORDS, UPSETTING_SITUATIONS } from '../data/upsetting-situations';
import { findShoutedRuns, REPEATED_MARKS } from '../engine/capitals';
import { prepareReply } from '../engine/document';
import { isNegated } from '../engine/negation';
import { PhraseMatcher } from '../engine/patterns';

const situations = new PhraseMatcher(UPSETTING_SITUATIONS);
const HURRY = new Set(HURRY_WORDS);

function isOnlyHurry(shouted: string): boolean {
  return shouted.split(/\s+/u).every((word) => HURRY.has(word));
}

function raisesVoice(masked: string, from: number, to: number): boolean {
  const shouted = findShoutedRuns(masked, from, to).map((run) => masked.slice(run.start, run.end));
  if (shouted.some((run) => !isOnlyHurry(run))) return true;
  REPEATED_MARKS.lastIndex = from;
  const marks = REPEATED_MARKS.exec(masked);
  return marks !== null && marks.index < to;
}

export function showsUpsettingSituation(message: string): boolean {
  if (message.trim() === '') return false;
  const { masked, contentStart, contentEnd } = prepareReply(message);
  for (const match of situations.matches(masked, contentStart, contentEnd)) {
    if (!isNegated(masked, match.start)) return true;
  }
  return raisesVoice(masked, contentStart, contentEnd);
}
