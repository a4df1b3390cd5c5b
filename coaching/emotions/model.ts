// The learned layer of emotion detection: per emotion, a logistic regression over the words,
// stems and bigrams of features.ts, trained on GoEmotions (Demszky et al., ACL 2020; Reddit
// comments, Apache-2.0) by scripts/train-emotions.ts, with Platt calibration on the dev split
// folded into the weights, so the probability it gives is calibrated. Figures: ./README.md.
//
// Hurried has no GoEmotions counterpart: only the cues read it.

import { unpackNgramWeights, type PackedNgramWeights } from '../politeness/packed-weights';
import { sigmoid } from '../politeness/model';
import type { TextSpan } from '../types';
import { EMOTION_WEIGHT_SCALE, MODEL_EMOTIONS, sentenceNgrams, type ModelEmotion } from './features';
// Named imports, so the bundle leaves out the dev figures and provenance.
import { emotions as packedEmotions, reportThresholds } from './weights.json';

export { MODEL_EMOTIONS, type ModelEmotion };

/** The calibrated probability from which the model reports each emotion: the best F1 on GoEmotions dev. */
export const MODEL_REPORT_THRESHOLDS: Readonly<Record<ModelEmotion, number>> = reportThresholds;
/** Evidence: at most this many word spans, each adding at least MIN_EVIDENCE_WEIGHT to the logit. */
const MAX_EVIDENCE = 3;
const MIN_EVIDENCE_WEIGHT = 0.3;

export interface ModelReading {
  id: ModelEmotion;
  /** Calibrated probability that a reader would see the emotion. */
  probability: number;
  /** The words that raised it most, strongest first. */
  evidence: TextSpan[];
}

type Packed = Record<ModelEmotion, PackedNgramWeights & { bias: number }>;

function compile(packed: Packed): { biases: Float64Array; table: Map<string, Float64Array> } {
  const biases = Float64Array.from(MODEL_EMOTIONS, (id) => packed[id].bias);
  const table = new Map<string, Float64Array>();
  MODEL_EMOTIONS.forEach((id, index) => {
    for (const [ngram, weight] of Object.entries(unpackNgramWeights(packed[id], EMOTION_WEIGHT_SCALE))) {
      let entry = table.get(ngram);
      if (!entry) table.set(ngram, (entry = new Float64Array(MODEL_EMOTIONS.length)));
      entry[index] = weight;
    }
  });
  return { biases, table };
}

const { biases, table } = compile(packedEmotions as Packed);

interface Contribution {
  weight: number;
  start: number;
  end: number;
}

function strongest(contributions: Contribution[], text: string): TextSpan[] {
  contributions.sort((a, b) => b.weight - a.weight || a.start - b.start);
  const chosen: TextSpan[] = [];
  for (const { weight, start, end } of contributions) {
    if (weight < MIN_EVIDENCE_WEIGHT || chosen.length === MAX_EVIDENCE) break;
    if (chosen.some((span) => span.start < end && start < span.end)) continue;
    chosen.push({ start, end, text: text.slice(start, end) });
  }
  return chosen;
}

/** The model's calibrated probability for each emotion it reads, with the words that raised it. */
export function readEmotions(text: string): ModelReading[] {
  const best = MODEL_EMOTIONS.map(() => ({ logit: -Infinity, contributions: [] as Contribution[] }));
  const logits = new Float64Array(MODEL_EMOTIONS.length);
  for (const sentence of sentenceNgrams(text)) {
    logits.set(biases);
    const contributions: Contribution[][] = MODEL_EMOTIONS.map(() => []);
    const seen = new Set<string>();
    for (const { ngram, start, end } of sentence) {
      const weights = table.get(ngram);
      if (!weights || seen.has(ngram)) continue;
      seen.add(ngram);
      for (let index = 0; index < weights.length; index++) {
        const weight = weights[index]!;
        logits[index] = logits[index]! + weight;
        if (weight > 0) contributions[index]!.push({ weight, start, end });
      }
    }
    for (let index = 0; index < logits.length; index++)
      if (logits[index]! > best[index]!.logit)
        best[index] = { logit: logits[index]!, contributions: contributions[index]! };
  }
  return MODEL_EMOTIONS.map((id, index) => ({
    id,
    probability: sigmoid(best[index]!.logit === -Infinity ? biases[index]! : best[index]!.logit),
    evidence: strongest(best[index]!.contributions, text),
  }));
}
