// Calibration and the report threshold of the emotion model, chosen on GoEmotions dev
// (scripts/train-emotions.ts), with the figures the trainer prints: per-emotion thresholds,
// precision and recall at them, a cross-fitted estimate, and reliability (expected calibration error).

import { formatTable } from '../bench/table';
import { sigmoid } from '../coaching/politeness/model';
import { buildRows, fitLogisticRegression } from './train-politeness';

export interface Platt {
  scale: number;
  shift: number;
}

/** Platt scaling: a one-feature logistic regression from the model's logit to the label. */
export function fitPlatt(logits: readonly number[], labels: readonly boolean[]): Platt {
  const features = logits.map((logit) => new Map([['logit', logit]]));
  const rows = buildRows(
    features,
    labels,
    labels.map((_, index) => index),
    new Map([['logit', 0]]),
  );
  const fitted = fitLogisticRegression(rows, 1e-6);
  return { scale: fitted.weights[0]!, shift: fitted.bias };
}

export function calibrated(platt: Platt, logit: number): number {
  return sigmoid(platt.scale * logit + platt.shift);
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function f1Of({ truePositives, falsePositives, falseNegatives }: Counts): number {
  return truePositives === 0 ? 0 : (2 * truePositives) / (2 * truePositives + falsePositives + falseNegatives);
}

/** Counts of predicting from `threshold` up, or wherever `alsoReported` says another layer reports. */
export function countAt(
  scores: readonly number[],
  labels: readonly boolean[],
  threshold: number,
  alsoReported?: readonly boolean[],
): Counts {
  const counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  scores.forEach((score, index) => {
    const predicted = score >= threshold || alsoReported?.[index] === true;
    if (predicted && labels[index]) counts.truePositives++;
    else if (predicted) counts.falsePositives++;
    else if (labels[index]) counts.falseNegatives++;
  });
  return counts;
}

/** The threshold on `scores` with the best F1 (every distinct score tried). */
export function sweepThreshold(
  scores: readonly number[],
  labels: readonly boolean[],
): { f1: number; threshold: number } {
  const order = scores.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]!);
  const positives = labels.filter(Boolean).length;
  let truePositives = 0;
  let best = { f1: 0, threshold: Infinity };
  order.forEach((index, rank) => {
    if (labels[index]) truePositives++;
    const f1 = (2 * truePositives) / (rank + 1 + positives);
    if (f1 > best.f1 && scores[order[rank + 1]!] !== scores[index]) best = { f1, threshold: scores[index]! };
  });
  return best;
}

const THRESHOLD_GRID = Array.from({ length: 90 }, (_, index) => (index + 5) / 100);

/** The grid threshold with the best F1 (ties: the higher), next to what `alsoReported` reports. */
export function bestThreshold(
  probabilities: readonly number[],
  labels: readonly boolean[],
  alsoReported?: readonly boolean[],
): number {
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLD_GRID) {
    const f1 = f1Of(countAt(probabilities, labels, threshold, alsoReported));
    if (f1 >= best.f1 - 1e-12) best = { threshold, f1 };
  }
  return best.threshold;
}

/** Expected calibration error over ten equal-width bins, and each bin's mean prediction and observed rate. */
export function reliability(
  probabilities: readonly number[],
  labels: readonly boolean[],
): { ece: number; bins: { count: number; predicted: number; observed: number }[] } {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, predicted: 0, observed: 0 }));
  probabilities.forEach((probability, index) => {
    const bin = bins[Math.min(9, Math.floor(probability * 10))]!;
    bin.count++;
    bin.predicted += probability;
    bin.observed += labels[index] ? 1 : 0;
  });
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    ece += Math.abs(bin.predicted - bin.observed) / probabilities.length;
    bin.predicted /= bin.count;
    bin.observed /= bin.count;
  }
  return { ece, bins };
}

interface FitForReport {
  emotion: string;
  devLogits: number[];
  devLabels: boolean[];
  platt: Platt;
  /** Per dev comment, whether the engine's cues report the emotion: the model's threshold is chosen beside them. */
  cueReports: boolean[];
}

/** Calibration fitted on one half of dev and scored on the other, both ways: the honest dev estimate. */
function crossFittedMacroF1(fits: readonly FitForReport[], random: () => number): number {
  const size = fits[0]!.devLabels.length;
  const half = Array.from({ length: size }, () => random() < 0.5);
  const pooled = fits.map(() => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
  for (const side of [true, false]) {
    const tuneRows = half.flatMap((value, index) => (value === side ? [index] : []));
    const testRows = half.flatMap((value, index) => (value !== side ? [index] : []));
    const platts = fits.map((fit) =>
      fitPlatt(
        tuneRows.map((row) => fit.devLogits[row]!),
        tuneRows.map((row) => fit.devLabels[row]!),
      ),
    );
    fits.forEach((fit, e) => {
      const threshold = bestThreshold(
        tuneRows.map((row) => calibrated(platts[e]!, fit.devLogits[row]!)),
        tuneRows.map((row) => fit.devLabels[row]!),
        tuneRows.map((row) => fit.cueReports[row]!),
      );
      const counts = countAt(
        testRows.map((row) => calibrated(platts[e]!, fit.devLogits[row]!)),
        testRows.map((row) => fit.devLabels[row]!),
        threshold,
        testRows.map((row) => fit.cueReports[row]!),
      );
      pooled[e]!.truePositives += counts.truePositives;
      pooled[e]!.falsePositives += counts.falsePositives;
      pooled[e]!.falseNegatives += counts.falseNegatives;
    });
  }
  return pooled.reduce((sum, counts) => sum + f1Of(counts), 0) / fits.length;
}

const fixed = (value: number): number => Number(value.toFixed(3));

export function calibrationReport(
  fits: readonly FitForReport[],
  random: () => number,
): { thresholds: Record<string, number>; figures: Record<string, unknown>; text: string } {
  const probabilities = fits.map((fit) => fit.devLogits.map((logit) => calibrated(fit.platt, logit)));
  const thresholds: Record<string, number> = {};
  const rows: string[][] = [];
  const perEmotion: Record<string, unknown> = {};
  let macro = 0;
  fits.forEach((fit, e) => {
    const threshold = bestThreshold(probabilities[e]!, fit.devLabels, fit.cueReports);
    thresholds[fit.emotion] = threshold;
    const counts = countAt(probabilities[e]!, fit.devLabels, threshold, fit.cueReports);
    const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
    const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
    const f1 = f1Of(counts);
    const { ece } = reliability(probabilities[e]!, fit.devLabels);
    macro += f1 / fits.length;
    perEmotion[fit.emotion] = { precision: fixed(precision), recall: fixed(recall), f1: fixed(f1), ece: fixed(ece) };
    rows.push([fit.emotion, String(threshold), precision.toFixed(2), recall.toFixed(2), f1.toFixed(2), ece.toFixed(3)]);
  });
  const crossFitted = crossFittedMacroF1(fits, random);
  const pooled = reliability(
    probabilities.flat(),
    fits.flatMap((fit) => fit.devLabels),
  );
  const binRows = pooled.bins.map((bin, index) => [
    `${(index / 10).toFixed(1)}–${((index + 1) / 10).toFixed(1)}`,
    String(bin.count),
    bin.count ? bin.predicted.toFixed(3) : '—',
    bin.count ? bin.observed.toFixed(3) : '—',
  ]);
  const text = [
    'Cues and model on GoEmotions dev, the model reporting each emotion from its threshold (calibrated probability);',
    'ECE is the model alone:',
    formatTable(['emotion', 'threshold', 'precision', 'recall', 'F1', 'ECE'], rows),
    `macro-F1 ${macro.toFixed(3)}; calibration and threshold fitted on one half of dev, scored on the other: ${crossFitted.toFixed(3)}`,
    'Reliability on dev, all five emotions pooled:',
    formatTable(['probability', 'messages', 'mean predicted', 'observed'], binRows),
  ].join('\n');
  return {
    thresholds,
    figures: { macroF1: fixed(macro), crossFittedMacroF1: fixed(crossFitted), perEmotion },
    text,
  };
}
