import { describe, expect, it } from 'vitest';
import { bestThreshold, calibrated, countAt, f1Of, fitPlatt, reliability, sweepThreshold } from './emotion-calibration';
import { parseGoEmotions } from './goemotions';
import { seededRandom } from './seeded-random';

describe('parseGoEmotions', () => {
  const labels = ['anger', 'annoyance', 'disappointment', 'confusion', 'fear', 'nervousness', 'remorse', 'joy'];

  it('maps the source labels to the coaching guide emotions', () => {
    const parsed = parseGoEmotions('so mad\t0\tid1\nugh, again\t1,2\tid2\nyay\t7\tid3\nsorry!!\t6,4\tid4\n', labels);
    expect(parsed.map((example) => [...example.emotions].sort())).toEqual([
      ['angry'],
      ['frustrated'],
      [],
      ['anxious', 'apologetic'],
    ]);
    expect(parsed[1]!.text).toBe('ugh, again');
  });

  it('rejects a label id it does not know', () => {
    expect(() => parseGoEmotions('text\t99\tid', labels)).toThrow(/unknown label id 99/);
  });
});

describe('calibration', () => {
  // Labels drawn from a known calibrated model: p = sigmoid(2·logit - 1).
  const random = seededRandom(7);
  const logits = Array.from({ length: 4000 }, () => random() * 6 - 3);
  const labels = logits.map((logit) => random() < 1 / (1 + Math.exp(-(2 * logit - 1))));

  it('Platt scaling recovers the scale and shift', () => {
    const platt = fitPlatt(logits, labels);
    expect(platt.scale).toBeCloseTo(2, 0);
    expect(platt.shift).toBeCloseTo(-1, 0);
    const probabilities = logits.map((logit) => calibrated(platt, logit));
    expect(reliability(probabilities, labels).ece).toBeLessThan(0.03);
  });

  it('a miscalibrated model has a larger calibration error', () => {
    const overconfident = logits.map((logit) => 1 / (1 + Math.exp(-6 * logit)));
    expect(reliability(overconfident, labels).ece).toBeGreaterThan(0.05);
  });

  it('picks the threshold with the best F1', () => {
    const scores = [0.9, 0.8, 0.7, 0.2, 0.1];
    const truth = [true, true, false, true, false];
    const best = sweepThreshold(scores, truth);
    expect(best.f1).toBeCloseTo(f1Of(countAt(scores, truth, best.threshold)), 10);
    for (const threshold of [0.05, 0.15, 0.5, 0.75, 0.85, 0.95])
      expect(f1Of(countAt(scores, truth, threshold))).toBeLessThanOrEqual(best.f1 + 1e-12);
    expect(bestThreshold(scores, truth)).toBeLessThanOrEqual(0.2);
  });
});
