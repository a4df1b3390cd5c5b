// How weights.json stores the n-gram weights. Minification keeps strings as they are, so a JSON
// object with 3,000 quoted n-grams and decimal weights cost about 47 KB of the extension's bundle;
// packed into three strings they cost about 15 KB. Nothing is lost: the trainer rounds weights to
// thousandths, and the packed form holds exactly those values.
//
// `ngramWords`: every word the n-grams use, sorted and front-coded. Each word starts with one
// capital letter that says how many leading characters it shares with the word before ('A' none,
// 'B' one, ... 'Z' 25), followed by the rest of its characters. Folded words never hold an ASCII
// capital (scan.ts lower-cases them), so a capital always marks where the next word begins.
//
// `ngrams`: for each word of `ngramWords` in turn, the bigrams it starts and whether it is a
// unigram. The bigrams come as the positions of their second words in `ngramWords`, each written
// as its distance from the one before (a short distance takes one character, a long one two),
// then one closing character says whether the word alone is an n-gram too.
//
// `ngramWeights`: two characters per n-gram, in the order `ngrams` lists them (a word's bigrams,
// then the word itself): the weight in thousandths plus WEIGHT_OFFSET, as two base-91 digits.
//
// The digits of `ngrams` and `ngramWeights` are the printable ASCII characters from '#' to '~'
// without the backslash, so no JSON or JavaScript string has to escape them.

import type { PolitenessWeights } from './model';

export interface PackedNgramWeights {
  ngramWords: string;
  ngrams: string;
  ngramWeights: string;
}

export type PackedPolitenessWeights = Omit<PolitenessWeights, 'ngrams'> & PackedNgramWeights;

/** Packed weights are integers of this many per unit: the trainer's rounding to three decimals. */
export const WEIGHT_SCALE = 1000;
const DIGIT_BASE = 91;
const FIRST_DIGIT = 35; // '#'
const BACKSLASH = 92;
const WEIGHT_OFFSET = Math.floor((DIGIT_BASE * DIGIT_BASE) / 2);
/** The largest weight two digits can hold, either sign: 4.14. */
export const LARGEST_PACKED_WEIGHT = WEIGHT_OFFSET / WEIGHT_SCALE;

// The digits of `ngrams`: two closing characters, then the distances. A distance below
// SHORT_DISTANCES is one digit; a longer one is a leading digit from the rest of the range and
// a second, full digit.
const CLOSE_WITHOUT_UNIGRAM = 0;
const CLOSE_WITH_UNIGRAM = 1;
const FIRST_DISTANCE_DIGIT = 2;
const SHORT_DISTANCES = 64;
const LONGEST_DISTANCE = SHORT_DISTANCES + (DIGIT_BASE - FIRST_DISTANCE_DIGIT - SHORT_DISTANCES) * DIGIT_BASE - 1;

const PREFIX_CODE_A = 65;
const LONGEST_SHARED_PREFIX = 25;

function digitChar(digit: number): string {
  const code = FIRST_DIGIT + digit;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

function digitValue(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return (code > BACKSLASH ? code - 1 : code) - FIRST_DIGIT;
}

function frontCoded(words: readonly string[]): string {
  let packed = '';
  let previous = '';
  for (const word of words) {
    let shared = 0;
    while (
      shared < LONGEST_SHARED_PREFIX &&
      shared < previous.length &&
      previous.charCodeAt(shared) === word.charCodeAt(shared)
    )
      shared++;
    packed += String.fromCharCode(PREFIX_CODE_A + shared) + word.slice(shared);
    previous = word;
  }
  return packed;
}

function frontDecoded(packed: string): string[] {
  const words: string[] = [];
  let previous = '';
  let at = 0;
  while (at < packed.length) {
    let end = at + 1;
    while (
      end < packed.length &&
      !(packed.charCodeAt(end) >= PREFIX_CODE_A && packed.charCodeAt(end) <= PREFIX_CODE_A + LONGEST_SHARED_PREFIX)
    )
      end++;
    previous = previous.slice(0, packed.charCodeAt(at) - PREFIX_CODE_A) + packed.slice(at + 1, end);
    words.push(previous);
    at = end;
  }
  return words;
}

/**
 * Packs n-gram weights, each as an integer count of 1/`scale`; throws for what the format cannot
 * hold rather than storing it wrongly. A model whose weights reach beyond ±4.14 packs them in
 * hundredths (scale 100) and unpacks with the same scale.
 */
export function packNgramWeights(
  ngrams: Readonly<Record<string, number>>,
  scale: number = WEIGHT_SCALE,
): PackedNgramWeights {
  const bigramsOf = new Map<string, string[]>();
  const unigrams = new Set<string>();
  for (const ngram of Object.keys(ngrams)) {
    const words = ngram.split(' ');
    if (words.length > 2 || words.some((word) => word === '' || /[A-Z]/.test(word))) {
      throw new Error(`cannot pack the n-gram "${ngram}": one or two words, without ASCII capitals`);
    }
    for (const word of words) if (!bigramsOf.has(word)) bigramsOf.set(word, []);
    if (words.length === 1) unigrams.add(ngram);
    else bigramsOf.get(words[0]!)!.push(words[1]!);
  }
  const words = [...bigramsOf.keys()].sort();
  const position = new Map(words.map((word, index) => [word, index]));

  let codes = '';
  let weights = '';
  const addWeight = (ngram: string): void => {
    const scaled = Math.round(ngrams[ngram]! * scale);
    if (!(Math.abs(scaled) <= WEIGHT_OFFSET))
      throw new Error(`cannot pack the weight ${ngrams[ngram]} of "${ngram}": beyond ±${WEIGHT_OFFSET / scale}`);
    const digits = scaled + WEIGHT_OFFSET;
    weights += digitChar(Math.floor(digits / DIGIT_BASE)) + digitChar(digits % DIGIT_BASE);
  };
  for (const word of words) {
    const seconds = bigramsOf
      .get(word)!
      .map((second) => position.get(second)!)
      .sort((a, b) => a - b);
    let previous = -1;
    for (const second of seconds) {
      const distance = second - previous - 1;
      if (distance > LONGEST_DISTANCE)
        throw new Error(`cannot pack ${words.length} words: distances stop at ${LONGEST_DISTANCE}`);
      codes +=
        distance < SHORT_DISTANCES
          ? digitChar(FIRST_DISTANCE_DIGIT + distance)
          : digitChar(FIRST_DISTANCE_DIGIT + SHORT_DISTANCES + Math.floor((distance - SHORT_DISTANCES) / DIGIT_BASE)) +
            digitChar((distance - SHORT_DISTANCES) % DIGIT_BASE);
      addWeight(`${word} ${words[second]}`);
      previous = second;
    }
    codes += digitChar(unigrams.has(word) ? CLOSE_WITH_UNIGRAM : CLOSE_WITHOUT_UNIGRAM);
    if (unigrams.has(word)) addWeight(word);
  }
  return { ngramWords: frontCoded(words), ngrams: codes, ngramWeights: weights };
}

/** The n-gram weights by n-gram, as the trainer wrote them (`scale` as they were packed with). */
export function unpackNgramWeights(packed: PackedNgramWeights, scale: number = WEIGHT_SCALE): Record<string, number> {
  const words = frontDecoded(packed.ngramWords);
  const { ngrams: codes, ngramWeights: digits } = packed;
  // No prototype: an n-gram such as "__proto__" stays an ordinary key.
  const weights: Record<string, number> = Object.create(null);
  let at = 0;
  let weightAt = 0;
  // Divided, not multiplied by 0.001: k / 1000 is the same double as the decimal the trainer rounded to.
  const nextWeight = (): number => {
    const scaled = digitValue(digits, weightAt) * DIGIT_BASE + digitValue(digits, weightAt + 1) - WEIGHT_OFFSET;
    weightAt += 2;
    return scaled / scale;
  };
  const mismatch = (): Error => new Error('packed n-gram weights do not match their n-grams');
  for (const word of words) {
    let second = -1;
    for (;;) {
      if (at >= codes.length) throw mismatch();
      const code = digitValue(codes, at++);
      if (code === CLOSE_WITH_UNIGRAM) weights[word] = nextWeight();
      if (code < FIRST_DISTANCE_DIGIT) break;
      let distance = code - FIRST_DISTANCE_DIGIT;
      if (distance >= SHORT_DISTANCES)
        distance = SHORT_DISTANCES + (distance - SHORT_DISTANCES) * DIGIT_BASE + digitValue(codes, at++);
      second += distance + 1;
      weights[`${word} ${words[second]}`] = nextWeight();
    }
  }
  if (at !== codes.length || weightAt !== digits.length) throw mismatch();
  return weights;
}

export function unpackPolitenessWeights(packed: PackedPolitenessWeights): PolitenessWeights {
  return {
    schema: packed.schema,
    bias: packed.bias,
    strategies: packed.strategies,
    ngrams: unpackNgramWeights(packed),
  };
}
