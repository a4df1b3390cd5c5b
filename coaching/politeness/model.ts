// The shipped scorer: a logistic regression over the features of features.ts, evaluated straight
// from the scan buffers. Per call it allocates nothing, except buffers that grow for a very long
// text or sentence.

import { NgramTable, hashNgram, scan, type ScanResult } from './scan';
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

/** Feature weights by index: the strategies first, then the vocabulary's n-grams. */
interface CompiledFeatures {
  featureWeights: Float64Array;
  /** Folded n-gram hash to feature index. */
  vocabulary: NgramTable;
}

function compileFeatures(weights: PolitenessWeights): CompiledFeatures {
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
  return { featureWeights, vocabulary };
}

/**
 * The features that fire in each sentence of a scan, read sentence by sentence in text order,
 * before de-duplication. The buffer is reused from call to call (it grows for a huge sentence).
 */
class SentenceFeatureReader {
  features = new Int32Array(256);
  count = 0;
  private token = 0;
  private hit = 0;

  constructor(private readonly vocabulary: NgramTable) {}

  start(): void {
    this.token = 0;
    this.hit = 0;
  }

  /** Collects the strategies, word n-grams and closing-mark n-grams of `sentence`. */
  read(scanned: ScanResult, sentence: number): void {
    const { vocabulary } = this;
    const { hitCount, hitSentence, hitStrategy, tokenCount, tokenSentence } = scanned;
    this.count = 0;
    while (this.hit < hitCount && hitSentence[this.hit] === sentence) {
      this.makeRoom(1);
      this.features[this.count++] = hitStrategy[this.hit++]!;
    }
    while (this.token < tokenCount && tokenSentence[this.token] === sentence) {
      const token = this.token++;
      this.makeRoom(2);
      this.add(vocabulary.get(scanned.unigramKey[token]!, scanned.unigramCheck[token]!));
      this.add(vocabulary.get(scanned.bigramKey[token]!, scanned.bigramCheck[token]!));
    }
    if (scanned.sentenceMark[sentence]! >= 0) {
      this.makeRoom(2);
      this.add(vocabulary.get(scanned.markKey[sentence]!, scanned.markCheck[sentence]!));
      this.add(vocabulary.get(scanned.markBigramKey[sentence]!, scanned.markBigramCheck[sentence]!));
    }
  }

  /** Drops a buffer grown for a huge sentence rather than keeping it. */
  release(): void {
    if (this.features.length > 1 << 16) this.features = new Int32Array(256);
  }

  private add(feature: number): void {
    if (feature >= 0) this.features[this.count++] = feature;
  }

  private makeRoom(needed: number): void {
    while (this.count + needed > this.features.length) this.features = grown(this.features);
  }
}

export function compilePolitenessModel(weights: PolitenessWeights): PolitenessModel {
  const { featureWeights, vocabulary } = compileFeatures(weights);
  const reader = new SentenceFeatureReader(vocabulary);
  // lastSentence[feature]: the stamp of the last sentence the feature fired in. Stamps only grow
  // from call to call, so the array never needs clearing (until they near the int32 limit).
  const lastSentence = new Int32Array(featureWeights.length).fill(-1);
  let stampBase = 0;

  function logit(text: string): number {
    const scanned = scan(text);
    const sentences = scanned.sentenceCount;
    if (sentences === 0) return weights.bias;
    if (stampBase + sentences + 2 >= STAMP_LIMIT) {
      lastSentence.fill(-1);
      stampBase = 0;
    }
    // A window's logit is the weight of the union of its two sentences' features:
    // sum(sentence k-1) + sum(sentence k) - weight of the features both share.
    let windowTotal = 0;
    let previousSum = 0;
    reader.start();
    for (let sentence = 0; sentence < sentences; sentence++) {
      reader.read(scanned, sentence);
      const { features, count } = reader;
      const stamp = stampBase + sentence + 1;
      let sentenceSum = 0;
      let sharedWithPrevious = 0;
      for (let index = 0; index < count; index++) {
        const feature = features[index]!;
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
    reader.release();
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
