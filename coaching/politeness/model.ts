// The shipped scorer: a logistic regression over the features of features.ts, evaluated straight
// from the scan buffers. Per call it allocates nothing, except buffers that grow for a very long
// text or sentence.

import { NgramTable, hashNgram, scan } from './scan';
import { STRATEGIES } from './strategies';

export interface PolitenessWeights {
  /** featureSchemaHash() of the extractor the weights were trained with. */
  schema: string;
  bias: number;
  /** By strategy id; a missing id weighs 0. */
  strategies: Record<string, number>;
  /** By folded n-gram ("could you"). */
  ngrams: Record<string, number>;
}

export interface PolitenessModel {
  readonly weights: PolitenessWeights;
  /** Log-odds that the text reads as polite: the bias plus the mean over two-sentence windows. */
  logit(text: string): number;
  strategyWeight(strategyIndex: number): number;
}

const STAMP_LIMIT = 1 << 30;

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

export function compilePolitenessModel(weights: PolitenessWeights): PolitenessModel {
  const strategyCount = STRATEGIES.length;
  const ngramEntries = Object.entries(weights.ngrams);
  const featureWeights = new Float64Array(strategyCount + ngramEntries.length);
  STRATEGIES.forEach((strategy, index) => {
    featureWeights[index] = weights.strategies[strategy.id] ?? 0;
  });
  const vocabulary = new NgramTable(ngramEntries.length);
  ngramEntries.forEach(([ngram, weight], index) => {
    const { key, check } = hashNgram(ngram);
    vocabulary.set(key, check, strategyCount + index);
    featureWeights[strategyCount + index] = weight;
  });

  // lastSentence[feature]: the stamp of the last sentence the feature fired in. Stamps only grow
  // from call to call, so the array never needs clearing (until they near the int32 limit).
  const lastSentence = new Int32Array(featureWeights.length).fill(-1);
  let stampBase = 0;
  // The features of the sentence being read, before de-duplication (grows for a huge sentence).
  let fired = new Int32Array(256);

  function logit(text: string): number {
    const scanned = scan(text);
    const sentences = scanned.sentenceCount;
    if (sentences === 0) return weights.bias;
    if (stampBase + sentences + 2 >= STAMP_LIMIT) {
      lastSentence.fill(-1);
      stampBase = 0;
    }
    const {
      hitCount,
      hitSentence,
      hitStrategy,
      tokenCount,
      tokenSentence,
      unigramKey,
      unigramCheck,
      bigramKey,
      bigramCheck,
      sentenceMark,
      markKey,
      markCheck,
      markBigramKey,
      markBigramCheck,
    } = scanned;
    // A window's logit is the weight of the union of its two sentences' features:
    // sum(sentence k-1) + sum(sentence k) - weight of the features both share.
    let windowTotal = 0;
    let previousSum = 0;
    let token = 0;
    let hit = 0;
    for (let sentence = 0; sentence < sentences; sentence++) {
      let firedCount = 0;
      while (hit < hitCount && hitSentence[hit] === sentence) {
        if (firedCount + 3 > fired.length) fired = grown(fired);
        fired[firedCount++] = hitStrategy[hit++]!;
      }
      while (token < tokenCount && tokenSentence[token] === sentence) {
        if (firedCount + 3 > fired.length) fired = grown(fired);
        const unigram = vocabulary.get(unigramKey[token]!, unigramCheck[token]!);
        if (unigram >= 0) fired[firedCount++] = unigram;
        const bigram = vocabulary.get(bigramKey[token]!, bigramCheck[token]!);
        if (bigram >= 0) fired[firedCount++] = bigram;
        token++;
      }
      if (sentenceMark[sentence]! >= 0) {
        if (firedCount + 2 > fired.length) fired = grown(fired);
        const markUnigram = vocabulary.get(markKey[sentence]!, markCheck[sentence]!);
        if (markUnigram >= 0) fired[firedCount++] = markUnigram;
        const markBigram = vocabulary.get(markBigramKey[sentence]!, markBigramCheck[sentence]!);
        if (markBigram >= 0) fired[firedCount++] = markBigram;
      }
      const stamp = stampBase + sentence + 1;
      let sentenceSum = 0;
      let sharedWithPrevious = 0;
      for (let index = 0; index < firedCount; index++) {
        const feature = fired[index]!;
        const seen = lastSentence[feature]!;
        if (seen === stamp) continue;
        const weight = featureWeights[feature]!;
        if (seen === stamp - 1) sharedWithPrevious += weight;
        lastSentence[feature] = stamp;
        sentenceSum += weight;
      }
      if (sentence > 0) windowTotal += previousSum + sentenceSum - sharedWithPrevious;
      previousSum = sentenceSum;
    }
    stampBase += sentences + 2;
    if (fired.length > 1 << 16) fired = new Int32Array(256);
    const meanWindow = sentences === 1 ? previousSum : windowTotal / (sentences - 1);
    return weights.bias + meanWindow;
  }

  return {
    weights,
    logit,
    strategyWeight: (strategyIndex) => featureWeights[strategyIndex] ?? 0,
  };
}

export function sigmoid(value: number): number {
  if (value >= 0) return 1 / (1 + Math.exp(-value));
  const exp = Math.exp(value);
  return exp / (1 + exp);
}
