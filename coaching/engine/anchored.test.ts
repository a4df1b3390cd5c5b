import { describe, expect, it } from 'vitest';
import { anchoredCaseless, anchoredIgnoreCase } from './anchored';
import { caseless } from './patterns';

const SOURCE = "\\b(?:tomorrow|by the end of (?:the )?(?:day|week)|(?:within |in )\\d+ days?|won't help|asks)\\b";
const TEXTS = [
  'It arrives tomorrow.',
  'It arrives TOMORROW.',
  'By the End of the week, yes.',
  'within 3 days',
  'In 1 day',
  "Shouting won't help.",
  'Nothing ahead here.',
  'tomorro w',
  // The long s and the Kelvin sign fold onto ASCII letters under /iu.
  'within 3 dayſ',
  'by the end of the weeK',
  'She aſKſ',
  '',
];

describe('anchored patterns', () => {
  it('answer as the /iu regex does, in any case and with characters that fold onto ASCII', () => {
    const plain = new RegExp(SOURCE, 'iu');
    const anchored = anchoredIgnoreCase(new RegExp(SOURCE, 'iu'));
    for (const text of TEXTS) {
      expect(anchored.test(text), text).toBe(plain.test(text));
      expect(anchored.exec(text)?.index, text).toBe(plain.exec(text)?.index);
    }
    expect(TEXTS.filter((text) => anchored.test(text))).toHaveLength(9);
  });

  it('answer as the caseless regex does on lowered text', () => {
    const plain = caseless(SOURCE);
    const anchored = anchoredCaseless(SOURCE);
    for (const text of TEXTS.map((text) => text.toLowerCase())) {
      expect(anchored.test(text), text).toBe(plain.test(text));
      expect(anchored.exec(text)?.[0], text).toBe(plain.exec(text)?.[0]);
    }
  });
});
