import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;
const LONG_WITH_JOINT =
  'I looked at your account this morning and found that the last payment did not go through because the card on file had expired last month, ' +
  'and the system then paused the subscription automatically so that you would not be charged for a service you could not use.';
const LONG_NO_JOINT =
  'The nightly export that copies every invoice from the previous day into the shared folder on the company drive failed during the weekend maintenance window because the storage quota for the folder was reached after the archive job from the finance team ran twice in a row.';

testRule('long-sentence', {
  valid: [
    wrap('I looked at your account this morning. The last payment did not go through. The card on file had expired.'),
    wrap('1. Open Settings.\n2. Choose Billing.\n3. Update the card.'),
  ],
  invalid: [
    {
      text: wrap(LONG_WITH_JOINT),
      errors: [
        {
          text: LONG_WITH_JOINT,
          suggestion:
            'I looked at your account this morning and found that the last payment did not go through because the card on file had expired last month. ' +
            'The system then paused the subscription automatically so that you would not be charged for a service you could not use.',
        },
      ],
    },
    {
      name: 'no place to split: flagged without a suggestion',
      text: wrap(LONG_NO_JOINT),
      errors: [{ text: LONG_NO_JOINT, suggestion: null }],
    },
  ],
});
