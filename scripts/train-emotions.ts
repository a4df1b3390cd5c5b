// Trains the customer-emotion model shipped in coaching/emotions/weights.json.
//
//   npm run train:emotions                 train on GoEmotions train, tune on dev, write the weights
//   npm run train:emotions -- --keep=500   n-grams kept per emotion (size against accuracy; report only
//                                          unless it is the shipped value)
//
// Data: GoEmotions (Demszky et al., ACL 2020), Reddit comments, Apache-2.0, mapped to the coaching
// guide's emotions (scripts/goemotions.ts). The train split fits the weights; the dev split alone
// chooses everything else: the penalty, the Platt calibration and the report threshold. The held
// out test split is not in this repository.
//
// Model: for each of the five emotions GoEmotions can measure, an L2-regularised logistic
// regression (the L-BFGS of train-politeness.ts) over the features of coaching/emotions/features.ts
// (words, stems, bigrams found in at least two training comments), pruned to the KEEP n-grams with
// the largest weights, then calibrated by Platt scaling on dev. Each emotion's report threshold is
// the calibrated probability where the engine (the cues of coaching/emotions/cues.ts, or the model
// from that threshold) reaches its best dev F1.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EMOTION_WEIGHT_SCALE, FEATURES_VERSION, ngramSet, sentenceNgrams } from '../coaching/emotions/features';
import { packNgramWeights } from '../coaching/politeness/packed-weights';
import { NGRAM_FEATURE_PREFIX } from '../coaching/politeness/features';
import { MAPPED_EMOTIONS, loadGoEmotions, type GoEmotionsExample, type MappedEmotion } from './goemotions';
import { seededRandom } from './seeded-random';
import { buildRows, fitLogisticRegression, pruneNgrams, type LinearModel } from './train-politeness';
import { cueEmotions } from '../coaching/emotions/cues';
import { calibrationReport, fitPlatt, sweepThreshold, type Platt } from './emotion-calibration';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEIGHTS_FILE = join(ROOT, 'coaching/emotions/weights.json');

const L2_GRID = [0.00003, 0.0001, 0.0003, 0.001];
/** N-grams that keep their weight per emotion: sized for the engine's bundle budget (see README). */
export const SHIPPED_KEEP = 1500;
const MIN_DOCUMENT_FREQUENCY = 2;
const SEED = 20200705;

type Features = Map<string, number>[];

function featuresOf(examples: readonly GoEmotionsExample[]): Features {
  return examples.map(
    (example) => new Map([...ngramSet(example.text)].map((ngram) => [NGRAM_FEATURE_PREFIX + ngram, 1])),
  );
}

function vocabulary(features: Features): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const row of features)
    for (const name of row.keys()) documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
  const names = [...documentFrequency]
    .filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY)
    .map(([name]) => name)
    .sort();
  return new Map(names.map((name, index) => [name, index]));
}

/** Per text, per sentence, the columns of its distinct n-grams: how the engine reads a message. */
type SentenceColumns = Int32Array[][];

function sentenceColumns(examples: readonly GoEmotionsExample[], columnOf: Map<string, number>): SentenceColumns {
  return examples.map((example) =>
    sentenceNgrams(example.text).map((sentence) => {
      const columns = new Set<number>();
      for (const { ngram } of sentence) {
        const column = columnOf.get(NGRAM_FEATURE_PREFIX + ngram);
        if (column !== undefined) columns.add(column);
      }
      return Int32Array.from(columns);
    }),
  );
}

/** The engine's logit: the highest over the text's sentences (coaching/emotions/model.ts). */
export function sentenceLogits(model: LinearModel, texts: SentenceColumns): number[] {
  return texts.map((sentences) => {
    let best = sentences.length === 0 ? model.bias : -Infinity;
    for (const columns of sentences) {
      let margin = model.bias;
      for (const column of columns) margin += model.weights[column]!;
      best = Math.max(best, margin);
    }
    return best;
  });
}

/** Rounded as the packed format holds it (EMOTION_WEIGHT_SCALE steps per unit). */
const rounded = (value: number): number => Math.round(value * EMOTION_WEIGHT_SCALE) / EMOTION_WEIGHT_SCALE;

interface EmotionFit {
  cueReports: boolean[];
  emotion: MappedEmotion;
  l2: number;
  model: LinearModel;
  devLogits: number[];
  devLabels: boolean[];
  platt: Platt;
}

/** Fits each penalty of the grid, keeps the one whose pruned model reaches the best dev F1 (ties: stronger). */
function fitEmotion(
  emotion: MappedEmotion,
  data: {
    train: Features;
    dev: SentenceColumns;
    devCues: Set<string>[];
    trainExamples: GoEmotionsExample[];
    devExamples: GoEmotionsExample[];
  },
  columnOf: Map<string, number>,
  keep: number,
): EmotionFit {
  const trainLabels = data.trainExamples.map((example) => example.emotions.has(emotion));
  const devLabels = data.devExamples.map((example) => example.emotions.has(emotion));
  const train = buildRows(
    data.train,
    trainLabels,
    trainLabels.map((_, index) => index),
    columnOf,
  );
  let best: { l2: number; f1: number; model: LinearModel; devLogits: number[] } | undefined;
  for (const l2 of [...L2_GRID].reverse()) {
    const model = pruneNgrams(fitLogisticRegression(train, l2), columnOf, keep);
    const devLogits = sentenceLogits(model, data.dev);
    const { f1 } = sweepThreshold(devLogits, devLabels);
    if (!best || f1 > best.f1 + 1e-9) best = { l2, f1, model, devLogits };
  }
  const platt = fitPlatt(best!.devLogits, devLabels);
  const cueReports = data.devCues.map((found) => found.has(emotion));
  return { emotion, l2: best!.l2, model: best!.model, devLogits: best!.devLogits, devLabels, platt, cueReports };
}

function main(): void {
  const { values } = parseArgs({ options: { keep: { type: 'string' } } });
  const keep = values.keep === undefined ? SHIPPED_KEEP : Number(values.keep);
  const started = Date.now();
  const trainExamples = loadGoEmotions('train');
  const devExamples = loadGoEmotions('dev');
  const train = featuresOf(trainExamples);
  const columnOf = vocabulary(train);
  const devCues = devExamples.map((example) => new Set<string>(cueEmotions(example.text)));
  const data = { train, dev: sentenceColumns(devExamples, columnOf), devCues, trainExamples, devExamples };
  console.log(
    `GoEmotions: ${trainExamples.length} train, ${devExamples.length} dev comments; ${columnOf.size} n-grams`,
  );

  const fits = MAPPED_EMOTIONS.map((emotion) => {
    const fit = fitEmotion(emotion, data, columnOf, keep);
    console.log(`  ${emotion}: penalty ${fit.l2}`);
    return fit;
  });
  const report = calibrationReport(fits, seededRandom(SEED));
  console.log(report.text);

  const emotions: Record<string, unknown> = {};
  let packedSize = 0;
  for (const fit of fits) {
    // Platt scaling folded in: the shipped logit is already calibrated.
    const { scale, shift } = fit.platt;
    const weights: Record<string, number> = Object.create(null);
    for (const [name, column] of columnOf) {
      const weight = rounded(scale * fit.model.weights[column]!);
      if (weight !== 0) weights[name.slice(NGRAM_FEATURE_PREFIX.length)] = weight;
    }
    const packed = packNgramWeights(weights, EMOTION_WEIGHT_SCALE);
    packedSize += packed.ngramWords.length + packed.ngrams.length + packed.ngramWeights.length;
    emotions[fit.emotion] = { bias: rounded(scale * fit.model.bias + shift), ...packed };
  }
  const file = {
    features: FEATURES_VERSION,
    source: 'GoEmotions (Demszky et al., ACL 2020), Reddit comments, train split; tuned on the dev split; Apache-2.0',
    model: `logistic regression per emotion, n-grams pruned to the ${keep} largest weights, Platt-calibrated on dev`,
    dev: report.figures,
    reportThresholds: report.thresholds,
    emotions,
  };
  if (keep !== SHIPPED_KEEP) {
    console.log(`--keep=${keep}: packed n-grams ${(packedSize / 1024).toFixed(1)} KB; not written`);
    return;
  }
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(WEIGHTS_FILE, json);
  console.log(
    `wrote ${WEIGHTS_FILE} (${(json.length / 1024).toFixed(1)} KB, packed n-grams ${(packedSize / 1024).toFixed(1)} KB)` +
      ` in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
