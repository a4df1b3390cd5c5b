// Trains the politeness model shipped in coaching/politeness/weights.json.
//
//   npx tsx scripts/train-politeness.ts            nested 10-fold CV report, then train and write weights
//   npx tsx scripts/train-politeness.ts --no-cv    skip the CV report (hyperparameters still come from CV)
//   npx tsx scripts/train-politeness.ts --seeds=1,2,3
//                                                  repeat the nested CV of the shipped feature set with
//                                                  other fold seeds; report only, writes nothing
//
// Data: Stanford Politeness Corpus (Wikipedia requests; Danescu-Niculescu-Mizil et al., ACL 2013),
// as split by TyDiP (Srinivasan & Choi, 2022), CC BY 4.0: the binary file keeps the top and bottom
// quartile of politeness scores, label = sign of the score.
//
// Model: L2-regularised logistic regression fitted by L-BFGS, over the features of
// coaching/politeness/features.ts (strategy features, plus every unigram and bigram found in at
// least two texts of the training part), then pruned: only the SHIPPED_NGRAMS n-grams with the
// largest weights keep theirs, the rest weigh 0, which keeps the model small. Fitting on the
// whole vocabulary and pruning afterwards beats fitting on a small vocabulary picked by frequency:
// a rare n-gram can be a strong cue. The accuracies printed are nested cross-validation of that
// whole recipe, pruning included: every outer fold picks its penalties by an inner CV on its own
// training part only, so the outer test folds never inform a choice. Everything is seeded: two
// runs print the same numbers and write the same file.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  NGRAM_FEATURE_PREFIX,
  STRATEGY_FEATURE_PREFIX,
  featureSchemaHash,
  namedFeatures,
} from '../coaching/politeness/features';
import { WEIGHT_SCALE, packNgramWeights, type PackedPolitenessWeights } from '../coaching/politeness/packed-weights';
import { STRATEGIES } from '../coaching/politeness/strategies';
import { seededRandom } from './seeded-random';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The shared data sets sit beside the repository's checkout (../shared), on every machine and in CI.
const DATA_FILE = join(ROOT, '..', 'shared/datasets/politeness/tydip_en/en_train_binary.csv');
const WEIGHTS_FILE = join(ROOT, 'coaching/politeness/weights.json');

const OUTER_FOLDS = 10;
const INNER_FOLDS = 5;
const SEED = 20130804;
const L2_GRID = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03];
const STRATEGY_PENALTY_GRID = [1, 0.1];
/** N-grams that keep their weight after pruning: sized for the engine's bundle budget (bench/bundle-size.ts). */
export const SHIPPED_NGRAMS = 3000;
/** An n-gram must occur in this many training texts to be considered at all. */
const MIN_DOCUMENT_FREQUENCY = 2;
/**
 * Weights are written with this many decimals (thousandths, the packed format's WEIGHT_SCALE):
 * finer detail changes no prediction that matters.
 */
const WEIGHT_DECIMALS = Math.round(Math.log10(WEIGHT_SCALE));

// ---------------------------------------------------------------- data

export interface Example {
  text: string;
  polite: boolean;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function loadExamples(file: string): Example[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const textColumn = header?.indexOf('sentence') ?? -1;
  const scoreColumn = header?.indexOf('score') ?? -1;
  if (textColumn < 0 || scoreColumn < 0) throw new Error(`${file}: expected columns sentence,score`);
  return rows.map((row, index) => {
    const score = Number(row[scoreColumn]);
    if (!Number.isFinite(score) || score === 0) throw new Error(`${file}: row ${index + 2} has no signed score`);
    return { text: row[textColumn] ?? '', polite: score > 0 };
  });
}

// ---------------------------------------------------------------- seeded folds

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Stratified folds: each class is shuffled and dealt round-robin, so every fold keeps the class balance. */
export function stratifiedFolds(
  indices: readonly number[],
  labels: readonly boolean[],
  folds: number,
  seed: number,
): number[][] {
  const random = seededRandom(seed);
  const result: number[][] = Array.from({ length: folds }, () => []);
  let dealt = 0;
  for (const label of [true, false]) {
    for (const index of shuffled(
      indices.filter((i) => labels[i] === label),
      random,
    )) {
      result[dealt++ % folds]!.push(index);
    }
  }
  return result.map((fold) => fold.sort((a, b) => a - b));
}

// ---------------------------------------------------------------- sparse design matrix

export interface SparseRows {
  columns: Int32Array[];
  values: Float64Array[];
  labels: Float64Array; // +1 polite, -1 not
  width: number;
  /** Per column, the multiplier of the L2 penalty. */
  penalty: Float64Array;
}

export function buildRows(
  features: readonly Map<string, number>[],
  labels: readonly boolean[],
  rows: readonly number[],
  columnOf: Map<string, number>,
  strategyPenalty = 1,
): SparseRows {
  const penalty = new Float64Array(columnOf.size).fill(1);
  for (const [name, column] of columnOf)
    if (name.startsWith(STRATEGY_FEATURE_PREFIX)) penalty[column] = strategyPenalty;
  const columns: Int32Array[] = [];
  const values: Float64Array[] = [];
  for (const row of rows) {
    const pairs: [number, number][] = [];
    for (const [name, value] of features[row]!) {
      const column = columnOf.get(name);
      if (column !== undefined) pairs.push([column, value]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    columns.push(Int32Array.from(pairs, (pair) => pair[0]));
    values.push(Float64Array.from(pairs, (pair) => pair[1]));
  }
  return {
    columns,
    values,
    labels: Float64Array.from(rows, (row) => (labels[row] ? 1 : -1)),
    width: columnOf.size,
    penalty,
  };
}

// ---------------------------------------------------------------- logistic regression (L-BFGS)

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

function log1pExp(value: number): number {
  return value > 0 ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
}

/**
 * Mean logistic loss + (l2 / 2)·Σ penalty_j·w_j², bias unpenalised. Parameters: w[0..width), bias at w[width].
 * Writes the gradient into `gradient` and returns the objective.
 */
export function objective(data: SparseRows, l2: number, parameters: Float64Array, gradient: Float64Array): number {
  const width = data.width;
  const bias = parameters[width]!;
  gradient.fill(0);
  let loss = 0;
  for (let row = 0; row < data.labels.length; row++) {
    const columns = data.columns[row]!;
    const values = data.values[row]!;
    let margin = bias;
    for (let k = 0; k < columns.length; k++) margin += parameters[columns[k]!]! * values[k]!;
    const label = data.labels[row]!;
    loss += log1pExp(-label * margin);
    // d/dmargin of log(1 + exp(-y m)) = -y / (1 + exp(y m))
    const slope = -label / (1 + Math.exp(label * margin));
    for (let k = 0; k < columns.length; k++) gradient[columns[k]!]! += slope * values[k]!;
    gradient[width]! += slope;
  }
  const scale = 1 / data.labels.length;
  let penalty = 0;
  for (let j = 0; j < width; j++) {
    const strength = l2 * data.penalty[j]!;
    gradient[j] = gradient[j]! * scale + strength * parameters[j]!;
    penalty += strength * parameters[j]! * parameters[j]!;
  }
  gradient[width] = gradient[width]! * scale;
  return loss * scale + 0.5 * penalty;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. Deterministic. */
export function fitLogisticRegression(data: SparseRows, l2: number, maxIterations = 500): LinearModel {
  const size = data.width + 1;
  const memory = 10;
  let parameters = new Float64Array(size);
  let gradient = new Float64Array(size);
  let value = objective(data, l2, parameters, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(memory);
  const candidate = new Float64Array(size);
  const candidateGradient = new Float64Array(size);

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let largest = 0;
    for (let i = 0; i < size; i++) largest = Math.max(largest, Math.abs(gradient[i]!));
    if (largest < 1e-6) break;

    // Two-loop recursion: direction = -H·gradient.
    direction.set(gradient);
    for (let m = steps.length - 1; m >= 0; m--) {
      const rho = 1 / dot(gradientChanges[m]!, steps[m]!);
      const alpha = rho * dot(steps[m]!, direction);
      alphas[m] = alpha;
      for (let i = 0; i < size; i++) direction[i] = direction[i]! - alpha * gradientChanges[m]![i]!;
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const scale = dot(steps[last]!, gradientChanges[last]!) / dot(gradientChanges[last]!, gradientChanges[last]!);
      for (let i = 0; i < size; i++) direction[i] = direction[i]! * scale;
    } else {
      const norm = Math.sqrt(dot(gradient, gradient));
      for (let i = 0; i < size; i++) direction[i] = direction[i]! / norm;
    }
    for (let m = 0; m < steps.length; m++) {
      const rho = 1 / dot(gradientChanges[m]!, steps[m]!);
      const beta = rho * dot(gradientChanges[m]!, direction);
      for (let i = 0; i < size; i++) direction[i] = direction[i]! + steps[m]![i]! * (alphas[m]! - beta);
    }
    for (let i = 0; i < size; i++) direction[i] = -direction[i]!;

    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature went wrong): restart from steepest descent.
      steps.length = 0;
      gradientChanges.length = 0;
      for (let i = 0; i < size; i++) direction[i] = -gradient[i]!;
      slope = dot(gradient, direction);
    }

    let stepLength = 1;
    let candidateValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) candidate[i] = parameters[i]! + stepLength * direction[i]!;
      candidateValue = objective(data, l2, candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepLength * slope) break;
      stepLength *= 0.5;
    }
    if (!(candidateValue < value)) break;

    const step = new Float64Array(size);
    const gradientChange = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      step[i] = candidate[i]! - parameters[i]!;
      gradientChange[i] = candidateGradient[i]! - gradient[i]!;
    }
    if (dot(step, gradientChange) > 1e-12) {
      steps.push(step);
      gradientChanges.push(gradientChange);
      if (steps.length > memory) {
        steps.shift();
        gradientChanges.shift();
      }
    }
    const improvement = value - candidateValue;
    parameters = Float64Array.from(candidate);
    gradient = Float64Array.from(candidateGradient);
    value = candidateValue;
    if (improvement < 1e-12 * Math.max(1, Math.abs(value))) break;
  }
  return { weights: parameters.subarray(0, data.width), bias: parameters[data.width]! };
}

function accuracy(model: LinearModel, data: SparseRows): number {
  let correct = 0;
  for (let row = 0; row < data.labels.length; row++) {
    const columns = data.columns[row]!;
    const values = data.values[row]!;
    let margin = model.bias;
    for (let k = 0; k < columns.length; k++) margin += model.weights[columns[k]!]! * values[k]!;
    if ((margin >= 0 ? 1 : -1) === data.labels[row]) correct++;
  }
  return correct / data.labels.length;
}

// ---------------------------------------------------------------- feature sets and model selection

type FeatureSet = 'strategies' | 'ngrams' | 'strategies+ngrams';

interface Hyperparameters {
  l2: number;
  /**
   * Multiplier of the penalty on strategy weights. Below 1 lets the two dozen dense strategy
   * features keep more weight next to thousands of sparse n-grams.
   */
  strategyPenalty: number;
}

const STRATEGY_COLUMNS = STRATEGIES.map((strategy) => STRATEGY_FEATURE_PREFIX + strategy.id);

/** The n-grams found in at least MIN_DOCUMENT_FREQUENCY training texts, by name. */
function ngramVocabulary(features: readonly Map<string, number>[], rows: readonly number[]): string[] {
  const documentFrequency = new Map<string, number>();
  for (const row of rows) {
    for (const name of features[row]!.keys()) {
      if (name.startsWith(NGRAM_FEATURE_PREFIX)) documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
    }
  }
  return [...documentFrequency]
    .filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY)
    .map(([name]) => name)
    .sort();
}

function columnsFor(
  set: FeatureSet,
  features: readonly Map<string, number>[],
  rows: readonly number[],
): Map<string, number> {
  const names = [
    ...(set === 'ngrams' ? [] : STRATEGY_COLUMNS),
    ...(set === 'strategies' ? [] : ngramVocabulary(features, rows)),
  ];
  return new Map(names.map((name, index) => [name, index]));
}

/**
 * Keeps the weights of the `keep` n-grams that weigh most (ties by column) and sets the others to
 * 0; strategy weights are all kept. Refitting on the kept n-grams was no better in our trials.
 */
export function pruneNgrams(model: LinearModel, columnOf: ReadonlyMap<string, number>, keep: number): LinearModel {
  const ngramColumns = [...columnOf]
    .filter(([name]) => name.startsWith(NGRAM_FEATURE_PREFIX))
    .map(([, column]) => column);
  if (ngramColumns.length <= keep) return model;
  const weights = Float64Array.from(model.weights);
  ngramColumns.sort((a, b) => Math.abs(weights[b]!) - Math.abs(weights[a]!) || a - b);
  for (const column of ngramColumns.slice(keep)) weights[column] = 0;
  return { weights, bias: model.bias };
}

function grid(set: FeatureSet): Hyperparameters[] {
  const strategyPenalties = set === 'strategies+ngrams' ? STRATEGY_PENALTY_GRID : [1];
  return strategyPenalties.flatMap((strategyPenalty) => L2_GRID.map((l2) => ({ l2, strategyPenalty })));
}

/** Fits on `rows` and prunes to SHIPPED_NGRAMS n-grams: what ships, and what CV scores. */
function fitPruned(columnOf: ReadonlyMap<string, number>, train: SparseRows, parameters: Hyperparameters): LinearModel {
  return pruneNgrams(fitLogisticRegression(train, parameters.l2), columnOf, SHIPPED_NGRAMS);
}

interface Corpus {
  features: Map<string, number>[];
  labels: boolean[];
}

function trainAndScore(
  corpus: Corpus,
  set: FeatureSet,
  parameters: Hyperparameters,
  trainRows: readonly number[],
  testRows: readonly number[],
): number {
  const columnOf = columnsFor(set, corpus.features, trainRows);
  const train = buildRows(corpus.features, corpus.labels, trainRows, columnOf, parameters.strategyPenalty);
  return accuracy(
    fitPruned(columnOf, train, parameters),
    buildRows(corpus.features, corpus.labels, testRows, columnOf),
  );
}

/** Picks hyperparameters by k-fold CV over `rows` alone. Ties go to stronger regularisation. */
function selectHyperparameters(
  corpus: Corpus,
  set: FeatureSet,
  rows: readonly number[],
  folds: number,
  seed: number,
): Hyperparameters {
  const split = stratifiedFolds(rows, corpus.labels, folds, seed);
  const candidates = grid(set);
  const scores = candidates.map(() => 0);
  split.forEach((testRows, fold) => {
    const trainRows = split.filter((_, other) => other !== fold).flat();
    const columnOf = columnsFor(set, corpus.features, trainRows);
    const test = buildRows(corpus.features, corpus.labels, testRows, columnOf);
    // The training matrix depends on the strategy penalty only: build it once per value.
    const trainMatrices = new Map<number, SparseRows>();
    candidates.forEach((parameters, index) => {
      let train = trainMatrices.get(parameters.strategyPenalty);
      if (!train) {
        train = buildRows(corpus.features, corpus.labels, trainRows, columnOf, parameters.strategyPenalty);
        trainMatrices.set(parameters.strategyPenalty, train);
      }
      scores[index]! += accuracy(fitPruned(columnOf, train, parameters), test) / folds;
    });
  });
  let best = 0;
  candidates.forEach((parameters, index) => {
    const current = candidates[best]!;
    const better =
      scores[index]! > scores[best]! + 1e-12 ||
      (Math.abs(scores[index]! - scores[best]!) <= 1e-12 &&
        (parameters.l2 > current.l2 ||
          (parameters.l2 === current.l2 && parameters.strategyPenalty > current.strategyPenalty)));
    if (better) best = index;
  });
  return candidates[best]!;
}

export interface CrossValidation {
  set: FeatureSet;
  foldAccuracies: number[];
  mean: number;
  std: number;
  chosen: Hyperparameters[];
}

function meanAndStd(values: readonly number[]): { mean: number; std: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, std: Math.sqrt(variance) };
}

function nestedCrossValidation(corpus: Corpus, set: FeatureSet, seed = SEED): CrossValidation {
  const all = corpus.labels.map((_, index) => index);
  const outer = stratifiedFolds(all, corpus.labels, OUTER_FOLDS, seed);
  const foldAccuracies: number[] = [];
  const chosen: Hyperparameters[] = [];
  outer.forEach((testRows, fold) => {
    const trainRows = outer.filter((_, other) => other !== fold).flat();
    const parameters = selectHyperparameters(corpus, set, trainRows, INNER_FOLDS, seed + 1 + fold);
    chosen.push(parameters);
    foldAccuracies.push(trainAndScore(corpus, set, parameters, trainRows, testRows));
  });
  return { set, foldAccuracies, ...meanAndStd(foldAccuracies), chosen };
}

// ---------------------------------------------------------------- main

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function describe(parameters: Hyperparameters): string {
  return [
    `l2=${parameters.l2}`,
    parameters.strategyPenalty !== 1 ? `strategy-penalty×${parameters.strategyPenalty}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function rounded(value: number): number {
  const result = Number(value.toFixed(WEIGHT_DECIMALS));
  return Object.is(result, -0) ? 0 : result;
}

function printReport(report: CrossValidation): void {
  const picks = new Map<string, number>();
  for (const parameters of report.chosen) picks.set(describe(parameters), (picks.get(describe(parameters)) ?? 0) + 1);
  console.log(
    `  ${report.set.padEnd(18)} accuracy ${percent(report.mean)} ± ${percent(report.std)} (std over folds)` +
      `   folds: ${report.foldAccuracies.map((value) => (100 * value).toFixed(1)).join(' ')}`,
  );
  console.log(`  ${''.padEnd(18)} chosen: ${[...picks].map(([name, count]) => `${name} ×${count}`).join(', ')}`);
}

/**
 * One fold split can be lucky or unlucky by a point; repeating the nested CV with other seeds
 * shows how much of a difference between two models is the split's doing.
 */
function repeatCrossValidation(corpus: Corpus, seeds: readonly number[]): void {
  const means: number[] = [];
  for (const seed of seeds) {
    console.log(`Nested CV with seed ${seed}:`);
    const report = nestedCrossValidation(corpus, 'strategies+ngrams', seed);
    printReport(report);
    means.push(report.mean);
  }
  const { mean, std } = meanAndStd(means);
  console.log(`Mean over ${seeds.length} seeds: ${percent(mean)} (std of the seed means ${percent(std)})`);
}

function main(): void {
  const started = Date.now();
  const skipCrossValidation = process.argv.includes('--no-cv');
  const seedsArgument = process.argv.find((argument) => argument.startsWith('--seeds='));
  const examples = loadExamples(DATA_FILE);
  const corpus: Corpus = {
    features: examples.map((example) => namedFeatures(example.text)),
    labels: examples.map((example) => example.polite),
  };
  const politeCount = corpus.labels.filter(Boolean).length;
  console.log(
    `Politeness: ${examples.length} texts (${politeCount} polite, ${examples.length - politeCount} impolite)`,
  );
  if (seedsArgument) {
    const seeds = seedsArgument.slice('--seeds='.length).split(',').map(Number);
    if (seeds.length === 0 || !seeds.every(Number.isInteger)) throw new Error('--seeds= takes integers: --seeds=1,2,3');
    repeatCrossValidation(corpus, seeds);
    return;
  }

  const reports: CrossValidation[] = [];
  if (!skipCrossValidation) {
    console.log(
      `Nested CV: ${OUTER_FOLDS} outer folds, hyperparameters by ${INNER_FOLDS}-fold inner CV (seed ${SEED})`,
    );
    for (const set of ['strategies', 'ngrams', 'strategies+ngrams'] as const) {
      const report = nestedCrossValidation(corpus, set);
      reports.push(report);
      printReport(report);
    }
  }

  const all = corpus.labels.map((_, index) => index);
  const parameters = selectHyperparameters(corpus, 'strategies+ngrams', all, OUTER_FOLDS, SEED);
  const columnOf = columnsFor('strategies+ngrams', corpus.features, all);
  const model = fitPruned(
    columnOf,
    buildRows(corpus.features, corpus.labels, all, columnOf, parameters.strategyPenalty),
    parameters,
  );

  const strategies: Record<string, number> = {};
  const ngrams: Record<string, number> = Object.create(null); // "__proto__" stays an n-gram
  for (const [name, column] of columnOf) {
    const weight = rounded(model.weights[column]!);
    if (name.startsWith(STRATEGY_FEATURE_PREFIX)) strategies[name.slice(STRATEGY_FEATURE_PREFIX.length)] = weight;
    else if (weight !== 0) ngrams[name.slice(NGRAM_FEATURE_PREFIX.length)] = weight;
  }
  const crossValidation = Object.fromEntries(
    reports.map((report) => [report.set, { mean: Number(report.mean.toFixed(4)), std: Number(report.std.toFixed(4)) }]),
  );
  const weights: PackedPolitenessWeights & Record<string, unknown> = {
    schema: featureSchemaHash(),
    source:
      'Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al., ACL 2013), ' +
      'TyDiP English binary training split, CC BY 4.0',
    model:
      `logistic regression, ${describe(parameters)} (chosen by ${OUTER_FOLDS}-fold CV on all ${examples.length} texts),` +
      ` n-grams pruned to the ${SHIPPED_NGRAMS} largest weights`,
    ...(reports.length > 0 ? { nestedCrossValidation: crossValidation } : {}),
    bias: rounded(model.bias),
    strategies,
    ...packNgramWeights(ngrams),
  };
  const json = `${JSON.stringify(weights)}\n`;
  writeFileSync(WEIGHTS_FILE, json);
  console.log(
    `Final model: ${describe(parameters)}, ${Object.keys(ngrams).length} n-grams;` +
      ` wrote ${WEIGHTS_FILE} (${(json.length / 1024).toFixed(1)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
