import { describe, expect, it } from 'vitest';
import { featureSchemaHash } from './features';
import { unpackPolitenessWeights } from './packed-weights';
import { SENTENCE_MARK_WORDS, SENTENCE_START_MARKER, foldToken, scan } from './scan';
import { STRATEGY_IDS } from './strategies';
import weights from './weights.json';

const trained = unpackPolitenessWeights(weights);

describe('weights.json', () => {
  it('was trained with the current feature extractor (retrain: npx tsx scripts/train-politeness.ts)', () => {
    expect(trained.schema).toBe(featureSchemaHash());
  });

  it('carries its nested cross-validation figures (a full training run, not --no-cv)', () => {
    const figures = (weights as { nestedCrossValidation?: Record<string, { mean: number; std: number }> })
      .nestedCrossValidation;
    expect(Object.keys(figures ?? {}).sort()).toEqual(['ngrams', 'strategies', 'strategies+ngrams']);
    for (const { mean, std } of Object.values(figures ?? {})) {
      expect(mean).toBeGreaterThan(0.5);
      expect(mean).toBeLessThan(1);
      expect(std).toBeGreaterThanOrEqual(0);
    }
  });

  it('weighs exactly the current strategies', () => {
    expect(Object.keys(trained.strategies).sort()).toEqual([...STRATEGY_IDS].sort());
  });

  /** The words the scanner reads in text: its tokens, folded, and each sentence's closing mark. */
  function scannedWords(text: string): string[] {
    const scanned = scan(text);
    const words: string[] = [];
    for (let token = 0; token < scanned.tokenCount; token++) {
      words.push(foldToken(text, scanned.tokenStart[token]!, scanned.tokenEnd[token]!));
      const sentence = scanned.tokenSentence[token]!;
      const closes = token + 1 === scanned.tokenCount || scanned.tokenSentence[token + 1] !== sentence;
      const mark = SENTENCE_MARK_WORDS[scanned.sentenceMark[sentence]!];
      if (closes && mark !== undefined) words.push(mark);
    }
    return words;
  }

  it('holds only n-grams the scanner can produce', () => {
    const marks: readonly string[] = SENTENCE_MARK_WORDS;
    for (const ngram of Object.keys(trained.ngrams)) {
      const words = ngram.split(' ');
      expect(words.length, ngram).toBeLessThanOrEqual(2);
      // A mark alone closes a sentence that has words: read it after one.
      const text =
        words[0] === SENTENCE_START_MARKER ? words.slice(1).join(' ') : marks.includes(ngram) ? `word ${ngram}` : ngram;
      const expected = marks.includes(ngram) ? ['word', ngram] : text.split(' ');
      expect(scannedWords(text), ngram).toEqual(expected);
    }
  });

  it('has finite weights and stays small', () => {
    const values = [trained.bias, ...Object.values(trained.strategies), ...Object.values(trained.ngrams)];
    expect(values.every(Number.isFinite)).toBe(true);
    // The engine's bundle budget is bench/bundle-size.ts; this catches a format or pruning slip early.
    expect(JSON.stringify(weights).length).toBeLessThan(24 * 1024);
  });
});
