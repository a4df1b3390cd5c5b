import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;
const SENTENCE = 'I checked the sync log for your account and the last good copy is from Tuesday evening.';
const PARAGRAPH = Array.from({ length: 8 }, () => SENTENCE).join(' ');

testRule('wall-of-text', {
  valid: [wrap([SENTENCE, SENTENCE, SENTENCE].join(' ')), wrap(Array.from({ length: 8 }, () => SENTENCE).join('\n\n'))],
  invalid: [
    {
      text: wrap(PARAGRAPH),
      errors: [
        {
          text: PARAGRAPH,
          suggestion: `${Array.from({ length: 6 }, () => SENTENCE).join(' ')}\n\n${[SENTENCE, SENTENCE].join(' ')}`,
        },
      ],
    },
  ],
});
