// The strategies' phrases (strategies.ts) by n-gram hash: one entry per distinct phrase, with a
// bit mask of the strategies it signals for each place it may stand in a sentence.

import { KEY_MASK, hashNgram } from './ngram-hash';
import { NgramTable } from './ngram-table';
import { STRATEGIES } from './strategies';

const phraseTable = new NgramTable(1024);
const phraseAnywhere: number[] = [];
const phraseAtStart: number[] = [];
const phraseNotAtStart: number[] = [];

function addPhrase(phrase: string, strategyIndex: number, position: 0 | 1 | 2): void {
  const { key, check } = hashNgram(phrase);
  let entry = phraseTable.get(key, check);
  if (entry < 0) {
    entry = phraseAnywhere.length;
    phraseAnywhere.push(0);
    phraseAtStart.push(0);
    phraseNotAtStart.push(0);
    phraseTable.set(key, check, entry);
  }
  const bit = 1 << strategyIndex;
  if (position === 0) phraseAnywhere[entry]! |= bit;
  else if (position === 1) phraseAtStart[entry]! |= bit;
  else phraseNotAtStart[entry]! |= bit;
}

STRATEGIES.forEach((strategy, index) => {
  const definition: { anywhere?: readonly string[]; start?: readonly string[]; notStart?: readonly string[] } =
    strategy;
  for (const phrase of definition.anywhere ?? []) addPhrase(phrase, index, 0);
  for (const phrase of definition.start ?? []) addPhrase(phrase, index, 1);
  for (const phrase of definition.notStart ?? []) addPhrase(phrase, index, 2);
});

/**
 * The strategies (bit i for STRATEGIES[i]) the n-gram with this hash signals, where it stands;
 * 0 when it is no phrase of any strategy.
 */
export function phraseStrategies(key: number, check: number, opensSentence: boolean): number {
  const entry = phraseTable.get(key & KEY_MASK, check);
  if (entry < 0) return 0;
  return phraseAnywhere[entry]! | (opensSentence ? phraseAtStart[entry]! : phraseNotAtStart[entry]!);
}
