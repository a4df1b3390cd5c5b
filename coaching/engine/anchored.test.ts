import { describe, expect, it } from 'vitest';
import { anchoredCaseless } from './anchored';
import { caseless } from './patterns';

const SOURCE = "\\b(?:tomorrow|by the end of (?:the )?(?:day|week)|(?:within |in )\\d+ days?|won't help)\\b";
const TEXTS = [
  'it arrives tomorrow.',
  'by the end of the week, yes.',
  'within 3 days',
  'in 1 day',
  "shouting won't help.",
  'nothing ahead here.',
  'tomorro w',
  '',
];

describe('anchored caseless patterns', () => {
  it('answer as the caseless regex does, skipping texts without an anchor', () => {
    const plain = caseless(SOURCE);
    const anchored = anchoredCaseless(SOURCE);
    expect(anchored).not.toBeInstanceOf(RegExp);
    for (const text of TEXTS) {
      expect(anchored.test(text), text).toBe(plain.test(text));
      expect(anchored.exec(text)?.[0], text).toBe(plain.exec(text)?.[0]);
    }
    expect(TEXTS.filter((text) => anchored.test(text))).toHaveLength(5);
  });

  it('is the plain regex when the source gives no anchor to check', () => {
    expect(anchoredCaseless('\\b\\p{L}+ed\\b')).toBeInstanceOf(RegExp);
  });
});
