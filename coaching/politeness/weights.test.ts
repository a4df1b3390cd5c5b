import { describe, expect, it } from 'vitest';
import { featureSchemaHash } from './features';
import type { PolitenessWeights } from './model';
import { SENTENCE_START_MARKER, foldToken, scan } from './scan';
import { STRATEGY_IDS } from './strategies';
import weights from './weights.json';

const trained = weights as PolitenessWeights;

describe('weights.json', () => {
  it('was trained with the current feature extractor (retrain: npx tsx scripts/train-politeness.ts)', () => {
    expect(trained.schema).toBe(featureSchemaHash());
  });

  it('weighs exactly the current strategies', () => {
    expect(Object.keys(trained.strategies).sort()).toEqual([...STRATEGY_IDS].sort());
  });

  it('holds only n-grams the scanner can produce', () => {
    for (const ngram of Object.keys(trained.ngrams)) {
      const words = ngram.split(' ');
      expect(words.length, ngram).toBeLessThanOrEqual(2);
      const text = words[0] === SENTENCE_START_MARKER ? words.slice(1).join(' ') : ngram;
      const scanned = scan(text);
      const scannedWords = Array.from({ length: scanned.tokenCount }, (_, token) =>
        foldToken(text, scanned.tokenStart[token]!, scanned.tokenEnd[token]!));
      expect(scannedWords.join(' '), ngram).toBe(text);
    }
  });

  it('has finite weights and stays small', () => {
    const values = [trained.bias, ...Object.values(trained.strategies), ...Object.values(trained.ngrams)];
    expect(values.every(Number.isFinite)).toBe(true);
    expect(JSON.stringify(weights).length).toBeLessThan(60 * 1024);
  });
});
