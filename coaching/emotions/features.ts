// The words the emotion model reads, shared by the trainer (scripts/train-emotions.ts) and the
// shipped scorer (model.ts), so the two cannot drift apart.
//
// A customer message becomes a list of folded words with their spans: lower case, curly
// apostrophes straight, a letter repeated three or more times cut to two ("sooo" → "soo"),
// digits to "0". Hashtags are read as the words they join ("#NotHappy" → "not happy"), handles
// (@airline) are names and left out. "?" and "!" are words of their own, and a run of marks
// ("!!!", "?!") is the word "!!". The model's features are these words, each pair of neighbours
// within a sentence, and each word's Porter stem marked with STEM_MARK ("frustrates",
// "frustrated" and "frustrating" all give "~frustrat"), so a form the training data rarely shows
// still weighs like its common relatives.

import { stemmer } from 'stemmer';
import type { EmotionId } from '../types';

export const FEATURES_VERSION = 1;

/**
 * The emotions the model reads, in the order of its weight vectors: those GoEmotions can measure
 * (hurried has no counterpart there).
 */
export const MODEL_EMOTIONS = [
  'angry',
  'frustrated',
  'confused',
  'anxious',
  'apologetic',
] as const satisfies readonly EmotionId[];
export type ModelEmotion = (typeof MODEL_EMOTIONS)[number];
export const STEM_MARK = '~';
/** Weights are packed in hundredths: some reach beyond the ±4.14 that thousandths can hold. */
export const EMOTION_WEIGHT_SCALE = 100;

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the word is in. */
  sentence: number;
}

// A word, a #hashtag, an @handle, or a run of marks; a line break or a full stop ends a sentence.
const TOKEN = /([#@]?)([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|([?!]+)|(\.(?!\d)|\n)/gu;
const CAMEL_PART = /[\p{Lu}]?[\p{Ll}\p{N}'’]+|[\p{Lu}]+(?![\p{Ll}])/gu;
const REPEATED_LETTER = /(\p{L})\1{2,}/gu;
const DIGITS = /\p{N}+/gu;

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(REPEATED_LETTER, '$1$1').replace(DIGITS, '0');
}

export function words(text: string): Word[] {
  const found: Word[] = [];
  let sentence = 0;
  let sentenceHasWords = false;
  const push = (word: string, start: number, end: number): void => {
    found.push({ text: word, start, end, sentence });
    sentenceHasWords = true;
  };
  const endSentence = (): void => {
    if (sentenceHasWords) sentence++;
    sentenceHasWords = false;
  };
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const [whole, sigil, word, marks] = match;
    if (word !== undefined) {
      if (sigil === '@') continue;
      if (sigil === '#') {
        CAMEL_PART.lastIndex = 0;
        let part: RegExpExecArray | null;
        const offset = match.index + 1;
        while ((part = CAMEL_PART.exec(word)) !== null)
          push(foldWord(part[0]), offset + part.index, offset + part.index + part[0].length);
        continue;
      }
      push(foldWord(word), match.index, match.index + whole.length);
    } else if (marks !== undefined) {
      push(marks.length > 1 ? '!!' : marks, match.index, match.index + whole.length);
      endSentence();
    } else endSentence();
  }
  return found;
}

const LETTER = /\p{L}/u;

/** Each feature of the text with the span of words it covers: word, stem, and bigram within a sentence. */
export function ngrams(list: readonly Word[]): { ngram: string; start: number; end: number }[] {
  const result: { ngram: string; start: number; end: number }[] = [];
  list.forEach((word, index) => {
    result.push({ ngram: word.text, start: word.start, end: word.end });
    if (LETTER.test(word.text))
      result.push({ ngram: STEM_MARK + stemmer(word.text), start: word.start, end: word.end });
    const previous = list[index - 1];
    if (previous && previous.sentence === word.sentence)
      result.push({ ngram: `${previous.text} ${word.text}`, start: previous.start, end: word.end });
  });
  return result;
}

/** The set of n-grams of a text: the trainer's binary features. */
export function ngramSet(text: string): Set<string> {
  return new Set(ngrams(words(text)).map((entry) => entry.ngram));
}

/**
 * The n-grams of each sentence, for scoring. The model was trained on Reddit comments of a
 * sentence or two; a customer's email runs to ten. Read whole, its many ordinary words (each
 * weighing a little against every emotion) would drown the one sentence that shows the
 * feeling, so the model reads each sentence alone and keeps the highest score.
 */
export function sentenceNgrams(text: string): { ngram: string; start: number; end: number }[][] {
  const list = words(text);
  const sentences: { ngram: string; start: number; end: number }[][] = [];
  let first = 0;
  for (let index = 1; index <= list.length; index++) {
    if (index === list.length || list[index]!.sentence !== list[first]!.sentence) {
      sentences.push(ngrams(list.slice(first, index)));
      first = index;
    }
  }
  return sentences;
}
