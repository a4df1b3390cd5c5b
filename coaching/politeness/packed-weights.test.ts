import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LARGEST_PACKED_WEIGHT, WEIGHT_SCALE, packNgramWeights, unpackNgramWeights } from './packed-weights';
import weights from './weights.json';

/** What the trainer writes: a weight rounded to thousandths, never -0. */
function thousandths(value: number): number {
  const rounded = Number(value.toFixed(3));
  return Object.is(rounded, -0) ? 0 : rounded;
}

function expectSameWeights(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const ngram of Object.keys(expected)) expect(Object.is(actual[ngram], expected[ngram]), ngram).toBe(true);
}

// Words as the scanner folds them: lower case, digits as 0, apostrophes, the start marker and
// the sentence marks, letters outside ASCII, and names an object's prototype would claim.
const word = fc.oneof(
  fc.stringMatching(/^[a-z0'.!?^]{1,12}$/),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'tostring',
    'é',
    'ça',
    'straße',
    'naïve',
    '😀',
    'x'.repeat(40),
    'x'.repeat(41),
  ),
);
const ngram = fc.oneof(
  word,
  fc.tuple(word, word).map(([first, second]) => `${first} ${second}`),
);
const weight = fc.double({ min: -LARGEST_PACKED_WEIGHT, max: LARGEST_PACKED_WEIGHT, noNaN: true }).map(thousandths);

describe('packed n-gram weights', () => {
  it('give back exactly the n-grams and the doubles the trainer rounded to', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ngram, weight), { maxLength: 300 }), (entries) => {
        const original: Record<string, number> = Object.create(null);
        for (const [key, value] of entries) original[key] = value;
        expectSameWeights(unpackNgramWeights(packNgramWeights(original)), original);
      }),
    );
  });

  it('hold every thousandth in range as the same double as its decimal', () => {
    const original: Record<string, number> = {};
    const limit = Math.round(LARGEST_PACKED_WEIGHT * WEIGHT_SCALE);
    for (let scaled = -limit; scaled <= limit; scaled++) original[`w${scaled}`] = thousandths(scaled / WEIGHT_SCALE);
    expectSameWeights(unpackNgramWeights(packNgramWeights(original)), original);
  });

  it('reach second words far down the word list', () => {
    const words = Array.from({ length: 2000 }, (_, index) => `w${index.toString(36).padStart(3, '0')}`);
    const original: Record<string, number> = {
      [`${words[0]} ${words[1999]}`]: 1.5,
      [`${words[1999]} ${words[0]}`]: -1.5,
    };
    for (const [index, entry] of words.entries()) original[entry] = index % 2 ? 0.25 : -0.25;
    expectSameWeights(unpackNgramWeights(packNgramWeights(original)), original);
  });

  it('refuse what they cannot hold', () => {
    expect(() => packNgramWeights({ 'Could you': 1 })).toThrow(/capitals/);
    expect(() => packNgramWeights({ 'could you please': 1 })).toThrow(/two words/);
    expect(() => packNgramWeights({ 'could  you': 1 })).toThrow(/two words/);
    expect(() => packNgramWeights({ please: LARGEST_PACKED_WEIGHT + 0.001 })).toThrow(/beyond/);
    expect(() => packNgramWeights({ please: Number.NaN })).toThrow(/beyond/);
  });

  it('notice packed strings that do not belong together', () => {
    const packed = packNgramWeights({ thanks: 2, 'thank you': 1.5 });
    expect(() => unpackNgramWeights({ ...packed, ngramWeights: packed.ngramWeights.slice(2) })).toThrow(/do not match/);
    expect(() => unpackNgramWeights({ ...packed, ngrams: packed.ngrams.slice(0, -1) })).toThrow(/do not match/);
    expect(() => unpackNgramWeights({ ...packed, ngrams: `${packed.ngrams}#` })).toThrow(/do not match/);
  });

  it('are what the trainer would write for the shipped weights', () => {
    // Packing is canonical: the shipped strings come back unchanged after a round trip.
    const shipped = { ngramWords: weights.ngramWords, ngrams: weights.ngrams, ngramWeights: weights.ngramWeights };
    expect(packNgramWeights(unpackNgramWeights(shipped))).toEqual(shipped);
  });
});
