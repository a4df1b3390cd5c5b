// Politeness model: how likely a reply is to read as polite, and which politeness strategies it uses.
//
// Trained on the Stanford Politeness Corpus (Wikipedia requests): C. Danescu-Niculescu-Mizil,
// M. Sudhof, D. Jurafsky, J. Leskovec, C. Potts, "A computational approach to politeness with
// application to social factors", ACL 2013; as split by TyDiP (A. Srinivasan, E. Choi, Findings of
// EMNLP 2022). Data licensed CC BY 4.0. Features follow the paper's politeness strategies; the
// phrase lists, the model code and the weights (scripts/train-politeness.ts) are ours.
// Cross-validated accuracy and known limits: ./README.md.

import type { TextSpan } from '../types';
import { compilePolitenessModel, sigmoid, type PolitenessModel } from './model';
import { unpackPolitenessWeights } from './packed-weights';
import { scan } from './scan';
import { STRATEGIES, type StrategyId } from './strategies';
// Named imports, so the bundle leaves out the file's provenance and cross-validation figures.
import { bias, ngramWeights, ngramWords, ngrams, schema, strategies } from './weights.json';

export { STRATEGIES, STRATEGY_IDS, type StrategyId } from './strategies';

// Unpacked on first use: tools that report findings alone (`pack lint`) never score politeness.
let model: PolitenessModel | null = null;

function politenessModel(): PolitenessModel {
  return (model ??= compilePolitenessModel(
    unpackPolitenessWeights({ schema, bias, strategies, ngramWords, ngrams, ngramWeights }),
  ));
}

/** Spans listed per strategy at most; the count of uses is still exact. */
const MAX_SPANS_PER_STRATEGY = 20;

/**
 * Probability (0..1) that readers would find the text polite. A long reply is read as a series
 * of two-sentence windows and scored by their mean (see features.ts), so its length alone does
 * not push it to either end.
 */
export function politenessProbability(text: string): number {
  return sigmoid(politenessModel().logit(typeof text === 'string' ? text : ''));
}

export interface PolitenessFeature {
  id: StrategyId;
  /** What the writer did, for the agent ("you thanked them"). */
  label: string;
  /** The model's weight: positive strategies make the text read as more polite. */
  weight: number;
  /** How many times the strategy fired (overlapping phrases count once). */
  count: number;
  /** Where, in text order; at most MAX_SPANS_PER_STRATEGY. */
  spans: TextSpan[];
}

/** The politeness strategies the text uses, in the order of STRATEGIES. */
export function politenessFeatures(text: string): PolitenessFeature[] {
  const source = typeof text === 'string' ? text : '';
  const scanned = scan(source);
  const ranges: [number, number][][] = STRATEGIES.map(() => []);
  for (let hit = 0; hit < scanned.hitCount; hit++) {
    ranges[scanned.hitStrategy[hit]!]!.push([scanned.hitStart[hit]!, scanned.hitEnd[hit]!]);
  }

  const features: PolitenessFeature[] = [];
  STRATEGIES.forEach((strategy, index) => {
    const found = ranges[index]!;
    if (found.length === 0) return;
    // Phrases of one strategy can overlap ("I was wondering", "wondering if"): merge them.
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const [start, end] of found) {
      const last = merged[merged.length - 1];
      if (last && start < last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    features.push({
      id: strategy.id,
      label: strategy.label,
      weight: politenessModel().strategyWeight(index),
      count: merged.length,
      spans: merged
        .slice(0, MAX_SPANS_PER_STRATEGY)
        .map(([start, end]) => ({ start, end, text: source.slice(start, end) })),
    });
  });
  return features;
}
