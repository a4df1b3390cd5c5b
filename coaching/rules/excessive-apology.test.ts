import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('excessive-apology', {
  valid: [
    wrap("I'm sorry for the delay. The refund went out today."),
    wrap("I'm sorry for the delay, and sorry again for the mix-up. The refund went out today."),
  ],
  invalid: [
    {
      text: wrap(
        "I'm sorry for the delay. We apologize for the confusion. Sorry again for the trouble. The refund went out today.",
      ),
      errors: [{ text: 'Sorry again for the trouble', suggestion: 'Thank you for your patience' }],
    },
    {
      text: wrap('Sorry! So sorry. My apologies. Apologies again.'),
      errors: [
        { text: 'My apologies', suggestion: 'Thank you for your patience' },
        { text: 'Apologies again', suggestion: 'Thank you for your patience' },
      ],
    },
  ],
});
