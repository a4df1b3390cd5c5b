// GoEmotions (Demszky et al., ACL 2020; Reddit comments, Apache-2.0), read from the shared data
// sets beside the checkout and mapped to the coaching guide's emotions:
// angry ← anger; frustrated ← annoyance, disappointment; confused ← confusion;
// anxious ← fear, nervousness; apologetic ← remorse. Hurried has no counterpart.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_EMOTIONS, type ModelEmotion } from '../coaching/emotions/features';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RELATIVE_DIR = 'shared/datasets/goemotions';

/**
 * The shared data sets sit beside the repository's checkout (../shared) on every machine and in
 * CI; a worktree under a folder of worktrees finds them one level further up.
 */
export const GOEMOTIONS_DIR =
  [join(ROOT, '..', RELATIVE_DIR), join(ROOT, '..', '..', RELATIVE_DIR)].find((dir) => existsSync(dir)) ??
  join(ROOT, '..', RELATIVE_DIR);

/** The five emotions GoEmotions can measure, in the engine's order. */
export const MAPPED_EMOTIONS = MODEL_EMOTIONS;
export type MappedEmotion = ModelEmotion;

const SOURCE_LABELS: Record<MappedEmotion, readonly string[]> = {
  angry: ['anger'],
  frustrated: ['annoyance', 'disappointment'],
  confused: ['confusion'],
  anxious: ['fear', 'nervousness'],
  apologetic: ['remorse'],
};

export interface GoEmotionsExample {
  text: string;
  emotions: ReadonlySet<MappedEmotion>;
}

/** Parses a split (`text <TAB> label ids <TAB> comment id`, no header) with the label names of labels.txt. */
export function parseGoEmotions(tsv: string, labelNames: readonly string[]): GoEmotionsExample[] {
  const mappedOf = new Map<string, MappedEmotion>();
  for (const emotion of MAPPED_EMOTIONS) for (const label of SOURCE_LABELS[emotion]) mappedOf.set(label, emotion);
  return tsv
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const [text, ids] = line.split('\t');
      if (text === undefined || ids === undefined) throw new Error(`GoEmotions line ${index + 1}: expected 3 columns`);
      const emotions = new Set<MappedEmotion>();
      for (const id of ids.split(',')) {
        const name = labelNames[Number(id)];
        if (name === undefined) throw new Error(`GoEmotions line ${index + 1}: unknown label id ${id}`);
        const mapped = mappedOf.get(name);
        if (mapped) emotions.add(mapped);
      }
      return { text, emotions };
    });
}

export function loadGoEmotions(split: 'train' | 'dev', dir = GOEMOTIONS_DIR): GoEmotionsExample[] {
  const labelNames = readFileSync(join(dir, 'labels.txt'), 'utf8')
    .split('\n')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return parseGoEmotions(readFileSync(join(dir, `${split}.tsv`), 'utf8'), labelNames);
}
