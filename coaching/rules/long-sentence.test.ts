import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;
const LONG_WITH_JOINT =
  'I looked at your account this morning and found that the last payment did not go through because the card on file had expired last month, ' +
  'and the system then paused the subscription automatically so that you would not be charged for a service you could not use.';
const LONG_NO_JOINT =
  'The nightly export that copies every invoice from the previous day into the shared folder on the company drive failed during the weekend maintenance window because the storage quota for the folder was reached after the archive job from the finance team ran twice in a row.';

/** 38 words, but no stretch between commas runs past 20: read one clause at a time. */
const LONG_IN_SHORT_CLAUSES =
  'When the parcel reaches the depot tomorrow, the driver will text you a two-hour window, ' +
  'and if that slot does not suit you, reply to the text with a better day, or pick a locker near your office instead.';
/** 53 words in short clauses: past the hard limit however it is punctuated. */
const OVER_HARD_LIMIT =
  'Your order left the warehouse on Monday, reached the sorting centre on Tuesday, was scanned at the depot on Wednesday, ' +
  'went out with the driver on Thursday, came back to the depot the same evening, was held there on Friday, ' +
  'and is now booked for a second delivery on Saturday, between ten and noon.';
/** 39 words, with one unbroken stretch of 34 words after a short opener. */
const ONE_LONG_CLAUSE =
  'Once you are signed in, open the billing page from the menu at the top of the screen and choose the option that lets you download every invoice from the last twelve months at once as a single file.';

testRule('long-sentence', {
  valid: [
    wrap(LONG_IN_SHORT_CLAUSES),
    wrap(
      'Thanks for the photos; the crack runs along the hinge, which the warranty covers, so a courier will collect it on Monday, ' +
        'and a replacement, in the same colour, goes out the day we receive it.',
    ),
    wrap('I looked at your account this morning. The last payment did not go through. The card on file had expired.'),
    wrap('1. Open Settings.\n2. Choose Billing.\n3. Update the card.'),
  ],
  invalid: [
    {
      name: 'over the hard limit, even in short clauses',
      text: wrap(OVER_HARD_LIMIT),
      errors: [{ text: OVER_HARD_LIMIT }],
    },
    {
      name: 'a long unbroken clause',
      text: wrap(ONE_LONG_CLAUSE),
      errors: [{ text: ONE_LONG_CLAUSE, suggestion: null }],
    },
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
