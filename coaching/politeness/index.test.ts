import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { politenessFeatures, politenessProbability } from './index';

describe('politenessProbability', () => {
  it.each([
    ['Could you please take a look? Thanks!', 'Fix this now.'],
    ['Thanks so much for your patience, I really appreciate it.', 'This is a stupid question and you are wrong.'],
    ['Hi Ana, sorry for the wait. Would you mind sending a screenshot?', 'Why did you not send a screenshot? Send it.'],
    ['I think the cache may be stale; could you try clearing it?', 'Obviously the cache is stale. Clear it.'],
  ])('%j reads as more polite than %j', (polite, rude) => {
    expect(politenessProbability(polite)).toBeGreaterThan(politenessProbability(rude));
  });

  it('puts clear cases on the right side of one half', () => {
    expect(
      politenessProbability('Hi Sam, thanks for the quick reply! Could you please send the file?'),
    ).toBeGreaterThan(0.5);
    expect(politenessProbability('Why did you ignore my question? This is ridiculous.')).toBeLessThan(0.5);
  });

  it('is deterministic, also after other texts', () => {
    const text = 'Thanks for writing in. We have refunded the charge.';
    const first = politenessProbability(text);
    politenessProbability('Something else entirely! With more sentences. And more.');
    expect(politenessProbability(text)).toBe(first);
  });

  it('returns a probability for any string and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        const probability = politenessProbability(text);
        expect(probability).toBeGreaterThanOrEqual(0);
        expect(probability).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('copes with odd input', () => {
    const odd = [
      '',
      ' ',
      '\n\n\n',
      '....???!!!',
      '\uD800',
      '\uDFFF\uD800',
      '\u0000',
      '😀'.repeat(1000),
      "'''",
      'a'.repeat(1_000_000),
      'x. '.repeat(300_000),
      'İSTANBUL ǅ ß',
      '\u202Eevil\u202C',
    ];
    for (const text of odd) expect(Number.isFinite(politenessProbability(text))).toBe(true);
    expect(politenessProbability(undefined as unknown as string)).toBe(politenessProbability(''));
  });
});

describe('politenessFeatures', () => {
  it('names the strategies with their spans in the text', () => {
    const text = 'Hi Ana,\nThanks for the report. Could you please send me a screenshot?';
    const features = politenessFeatures(text);
    const byId = new Map(features.map((feature) => [feature.id, feature]));
    expect(byId.get('greeting')?.spans).toEqual([{ start: 0, end: 2, text: 'Hi' }]);
    expect(byId.get('gratitude')?.label).toBe('you thanked them');
    expect(byId.get('counterfactualModal')?.spans.map((span) => span.text)).toEqual(['Could you']);
    expect(byId.get('please')?.spans.map((span) => span.text)).toEqual(['please']);
    for (const feature of features) {
      expect(feature.count).toBeGreaterThanOrEqual(feature.spans.length);
      for (const span of feature.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('merges overlapping phrases of one strategy', () => {
    // "i was wondering", "wondering if" and "if you could" overlap: one span.
    const features = politenessFeatures('I was wondering if you could help.');
    const indirect = features.find((feature) => feature.id === 'indirectRequest');
    expect(indirect?.spans.map((span) => span.text)).toEqual(['I was wondering if you could']);
  });

  it('gives the weight sign the model learned for thanks and harsh words', () => {
    const features = politenessFeatures('Thanks, but this is stupid.');
    expect(features.find((feature) => feature.id === 'gratitude')!.weight).toBeGreaterThan(0);
    expect(features.find((feature) => feature.id === 'negativeLexicon')!.weight).toBeLessThan(0);
  });

  it('caps the spans it lists on huge texts', () => {
    const features = politenessFeatures('Thanks! '.repeat(10_000));
    const gratitude = features.find((feature) => feature.id === 'gratitude')!;
    expect(gratitude.count).toBe(10_000);
    expect(gratitude.spans.length).toBe(20);
  });

  it('finds nothing in text without words', () => {
    expect(politenessFeatures('... 😀 ---')).toEqual([]);
  });
});
