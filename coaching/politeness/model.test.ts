import { describe, expect, it } from 'vitest';
import { NGRAM_FEATURE_PREFIX, STRATEGY_FEATURE_PREFIX, namedFeatures } from './features';
import { compilePolitenessModel, sigmoid, type PolitenessWeights } from './model';
import { unpackPolitenessWeights } from './packed-weights';
import weights from './weights.json';

const shipped = unpackPolitenessWeights(weights);

/** The trainer's view: bias plus weight times the named feature values. */
function namedLogit(model: PolitenessWeights, text: string): number {
  let logit = model.bias;
  for (const [name, value] of namedFeatures(text)) {
    if (name.startsWith(STRATEGY_FEATURE_PREFIX)) logit += (model.strategies[name.slice(2)] ?? 0) * value;
    else if (name.startsWith(NGRAM_FEATURE_PREFIX)) logit += (model.ngrams[name.slice(2)] ?? 0) * value;
  }
  return logit;
}

const TEXTS = [
  '',
  'Fix this now.',
  'Could you please take a look? Thanks!',
  'Hi Maria,\n\nThanks for your patience. I checked your account and the refund went out today. ' +
    'It should reach your card in a few days.\n\nCould you let me know if it has not arrived by Friday?\n\nBest,\nSam',
  'Why did you revert my edit? I think you are wrong. So what now? Thanks anyway.',
  'please please please. you you you. thank you thank you.',
];

describe('namedFeatures', () => {
  it("reads a sentence's closing mark as its last word", () => {
    const features = namedFeatures('Could you check it? Thanks!\nBest');
    for (const name of ['n:^ could', 'n:it ?', 'n:?', 'n:thanks !', 'n:!', 'n:best']) {
      expect(features.has(name), name).toBe(true);
    }
    expect([...features.keys()].filter((name) => name.endsWith(' .') || name === 'n:.')).toEqual([]);
  });
});

describe('compiled scorer', () => {
  it('computes exactly what the trainer sees (shared features, windows, weights)', () => {
    const model = compilePolitenessModel(shipped);
    for (const text of TEXTS) expect(model.logit(text)).toBeCloseTo(namedLogit(shipped, text), 10);
  });

  it('agrees with the trainer for arbitrary weights too', () => {
    // A weight for every feature of the texts, so no lookup can hide behind a zero weight.
    const every = new Set<string>();
    for (const text of TEXTS) for (const name of namedFeatures(text).keys()) every.add(name);
    const synthetic: PolitenessWeights = { schema: 'test', bias: 0.25, strategies: {}, ngrams: {} };
    [...every].forEach((name, index) => {
      const weight = ((index * 37) % 11) / 10 - 0.5;
      if (name.startsWith(STRATEGY_FEATURE_PREFIX)) synthetic.strategies[name.slice(2)] = weight;
      else synthetic.ngrams[name.slice(2)] = weight;
    });
    const model = compilePolitenessModel(synthetic);
    for (const text of TEXTS) expect(model.logit(text)).toBeCloseTo(namedLogit(synthetic, text), 10);
  });

  it('does not let later calls see features of earlier ones', () => {
    const model = compilePolitenessModel(shipped);
    const alone = model.logit('Fix this now.');
    model.logit('Thanks! Fix this now. Thanks! Fix this now.');
    expect(model.logit('Fix this now.')).toBe(alone);
  });

  it('scores a text by its windows, not its length', () => {
    const model = compilePolitenessModel(shipped);
    // Every window of a repeated sentence is the same window, so the score cannot move.
    const sentence = 'Thanks for waiting, we fixed the export.';
    const twice = model.logit(`${sentence} ${sentence}`);
    expect(model.logit(Array(50).fill(sentence).join(' '))).toBeCloseTo(twice, 10);
    const rude = 'This is a stupid question.';
    expect(model.logit(Array(50).fill(rude).join(' '))).toBeCloseTo(model.logit(`${rude} ${rude}`), 10);
  });
});

describe('sigmoid', () => {
  it('is stable at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 12);
  });
});
