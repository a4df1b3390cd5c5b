import { describe, expect, it } from 'vitest';
import { unpackNgramWeights } from '../politeness/packed-weights';
import { EMOTION_WEIGHT_SCALE, FEATURES_VERSION } from './features';
import { MODEL_EMOTIONS, MODEL_REPORT_THRESHOLDS, readEmotions } from './model';
import weights from './weights.json';

const probability = (text: string, id: string): number =>
  readEmotions(text).find((reading) => reading.id === id)!.probability;

describe('weights.json', () => {
  it('was trained with the current features (retrain: npm run train:emotions)', () => {
    expect(weights.features).toBe(FEATURES_VERSION);
  });

  it('holds a model, a threshold and dev figures for each emotion GoEmotions measures', () => {
    expect(Object.keys(weights.emotions).sort()).toEqual([...MODEL_EMOTIONS].sort());
    for (const id of MODEL_EMOTIONS) {
      const packed = weights.emotions[id];
      expect(Object.keys(unpackNgramWeights(packed, EMOTION_WEIGHT_SCALE)).length).toBeGreaterThan(100);
      expect(MODEL_REPORT_THRESHOLDS[id]).toBeGreaterThan(0);
      expect(MODEL_REPORT_THRESHOLDS[id]).toBeLessThan(1);
    }
    expect(weights.dev.macroF1).toBeGreaterThan(0.47);
  });
});

describe('readEmotions', () => {
  it('gives a probability for each emotion', () => {
    const readings = readEmotions('Hello there');
    expect(readings.map((reading) => reading.id)).toEqual([...MODEL_EMOTIONS]);
    for (const reading of readings) {
      expect(reading.probability).toBeGreaterThan(0);
      expect(reading.probability).toBeLessThan(1);
    }
  });

  it('rises with the words of the emotion, and shows them', () => {
    expect(probability('I am so sorry, that was my mistake', 'apologetic')).toBeGreaterThan(
      probability('The parcel arrived on Tuesday', 'apologetic') + 0.3,
    );
    const angry = readEmotions('I hate you so much').find((reading) => reading.id === 'angry')!;
    expect(angry.evidence.map((span) => span.text)).toContain('hate');
  });

  it('reads each sentence alone: ordinary sentences around a feeling do not drown it', () => {
    const alone = probability("I'm terrified I will lose everything.", 'anxious');
    const padded = probability(
      "My account number is 4411. I ordered the blue model in March. I'm terrified I will lose everything. The receipt is attached.",
      'anxious',
    );
    expect(padded).toBeCloseTo(alone, 5);
  });
});
