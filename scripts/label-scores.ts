// Precision, recall and F1 per label, and their micro and macro averages: how `npm run eval` scores
// the engine's findings and the customer emotions alike.

export interface LabelScore {
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** undefined when the engine never predicted the label (precision) or the corpus never expects it (recall). */
  precision: number | undefined;
  recall: number | undefined;
  f1: number | undefined;
}

export interface Averages {
  micro: { precision: number | undefined; recall: number | undefined; f1: number | undefined };
  /** Mean over labels where the value is defined. */
  macro: { precision: number | undefined; recall: number | undefined; f1: number | undefined };
}

function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}

function harmonicMean(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function mean(values: (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length === 0 ? undefined : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

/** Presence-level scoring: per item, is the label expected, and was it predicted? */
export function scoreLabels(
  labels: readonly string[],
  items: { expected: ReadonlySet<string>; predicted: ReadonlySet<string> }[],
): { scores: LabelScore[]; averages: Averages } {
  const scores = labels.map((label): LabelScore => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, predicted } of items) {
      const isExpected = expected.has(label);
      const isPredicted = predicted.has(label);
      if (isExpected && isPredicted) truePositives++;
      else if (isPredicted) falsePositives++;
      else if (isExpected) falseNegatives++;
    }
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, truePositives + falseNegatives);
    return {
      label,
      truePositives,
      falsePositives,
      falseNegatives,
      precision,
      recall,
      f1: harmonicMean(precision, recall),
    };
  });
  const total = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
    scores.reduce((sum, score) => sum + score[key], 0);
  const microPrecision = ratio(total('truePositives'), total('truePositives') + total('falsePositives'));
  const microRecall = ratio(total('truePositives'), total('truePositives') + total('falseNegatives'));
  return {
    scores,
    averages: {
      micro: { precision: microPrecision, recall: microRecall, f1: harmonicMean(microPrecision, microRecall) },
      macro: {
        precision: mean(scores.map((score) => score.precision)),
        recall: mean(scores.map((score) => score.recall)),
        f1: mean(scores.map((score) => score.f1)),
      },
    },
  };
}
