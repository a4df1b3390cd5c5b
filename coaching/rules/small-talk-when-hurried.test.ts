import { testRule } from '../test/rule-tester';

const HURRIED = 'I have a meeting in 10 minutes, please just fix it ASAP.';

testRule('small-talk-when-hurried', {
  valid: [
    {
      text: 'Hi Dana,\n\nI hope you are having a great week! The fix is live.\n\nBest,\nSam',
      customer: 'Could you check my invoice?',
    },
    { text: 'Hi Dana,\n\nThe fix is live; refresh the page.\n\nBest,\nSam', customer: HURRIED },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nI hope this email finds you well. The fix is live; refresh the page.\n\nBest,\nSam',
      customer: HURRIED,
      errors: [{ text: 'I hope this email finds you well.', suggestion: '' }],
    },
    {
      text: 'Hi Dana, how are you doing today? The fix is live.\n\nBest,\nSam',
      customer: HURRIED,
      errors: [{ text: 'how are you doing today?', suggestion: '' }],
    },
  ],
});
