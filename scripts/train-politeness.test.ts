import { describe, expect, it } from 'vitest';
import {
  buildRows,
  fitLogisticRegression,
  objective,
  parseCsv,
  pruneNgrams,
  stratifiedFolds,
} from './train-politeness';
import { seededRandom } from './seeded-random';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const source = 'sentence,score\r\n"Hi, ""you"" there",1.5\nplain,-2\n"two\nlines",0.1';
    expect(parseCsv(source)).toEqual([
      ['sentence', 'score'],
      ['Hi, "you" there', '1.5'],
      ['plain', '-2'],
      ['two\nlines', '0.1'],
    ]);
  });
});

describe('stratifiedFolds', () => {
  const labels = Array.from({ length: 103 }, (_, index) => index % 3 === 0);
  const indices = labels.map((_, index) => index);

  it('partitions the rows and keeps the class balance in every fold', () => {
    const folds = stratifiedFolds(indices, labels, 10, 7);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(indices);
    for (const fold of folds) {
      const positives = fold.filter((index) => labels[index]).length;
      expect(positives === 3 || positives === 4 || positives === 5).toBe(true);
    }
  });

  it('is fixed by its seed', () => {
    expect(stratifiedFolds(indices, labels, 5, 7)).toEqual(stratifiedFolds(indices, labels, 5, 7));
    expect(stratifiedFolds(indices, labels, 5, 7)).not.toEqual(stratifiedFolds(indices, labels, 5, 8));
  });
});

describe('fitLogisticRegression', () => {
  // Two informative features and one noise feature; the label follows a + b with some noise.
  const random = seededRandom(3);
  const features: Map<string, number>[] = [];
  const labels: boolean[] = [];
  for (let row = 0; row < 400; row++) {
    const a = random(),
      b = random(),
      noise = random();
    features.push(
      new Map([
        ['a', a],
        ['b', b],
        ['noise', noise],
      ]),
    );
    labels.push(2 * a - 1.5 * b + 0.3 * (random() - 0.5) > 0.2);
  }
  const rows = labels.map((_, index) => index);
  const columns = new Map([
    ['a', 0],
    ['b', 1],
    ['noise', 2],
  ]);
  const data = buildRows(features, labels, rows, columns);

  it('reaches the optimum: the gradient vanishes', () => {
    const model = fitLogisticRegression(data, 0.01);
    const parameters = Float64Array.from([...model.weights, model.bias]);
    const gradient = new Float64Array(4);
    objective(data, 0.01, parameters, gradient);
    for (const value of gradient) expect(Math.abs(value)).toBeLessThan(1e-5);
    expect(model.weights[0]!).toBeGreaterThan(0);
    expect(model.weights[1]!).toBeLessThan(0);
    expect(Math.abs(model.weights[2]!)).toBeLessThan(Math.abs(model.weights[1]!));
  });

  it('has an analytic gradient that matches finite differences', () => {
    const parameters = Float64Array.from([0.3, -0.2, 0.1, 0.05]);
    const gradient = new Float64Array(4);
    objective(data, 0.1, parameters, gradient);
    const scratch = new Float64Array(4);
    for (let j = 0; j < 4; j++) {
      const up = Float64Array.from(parameters);
      const down = Float64Array.from(parameters);
      up[j]! += 1e-6;
      down[j]! -= 1e-6;
      const numeric = (objective(data, 0.1, up, scratch) - objective(data, 0.1, down, scratch)) / 2e-6;
      expect(gradient[j]!).toBeCloseTo(numeric, 6);
    }
  });

  it('shrinks weights toward zero as the penalty grows', () => {
    const loose = fitLogisticRegression(data, 0.001);
    const tight = fitLogisticRegression(data, 10);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!) / 10);
  });
});

describe('pruneNgrams', () => {
  const columnOf = new Map([
    ['s:gratitude', 0],
    ['n:x', 1],
    ['n:y', 2],
    ['n:z', 3],
    ['n:w', 4],
  ]);
  const model = { weights: Float64Array.from([0.01, 0.1, -2, 1, -1]), bias: 0.5 };

  it('keeps the n-grams that weigh most, either sign, and every strategy', () => {
    const pruned = pruneNgrams(model, columnOf, 2);
    expect([...pruned.weights]).toEqual([0.01, 0, -2, 1, 0]);
    expect(pruned.bias).toBe(0.5);
    expect([...model.weights]).toEqual([0.01, 0.1, -2, 1, -1]);
  });

  it('leaves a model with few enough n-grams alone', () => {
    expect([...pruneNgrams(model, columnOf, 4).weights]).toEqual([...model.weights]);
  });
});
