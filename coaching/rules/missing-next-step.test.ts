import { testRule } from '../test/rule-tester';

testRule('missing-next-step', {
  valid: [
    'Hi Dana,\n\nI have reset your password and unlocked the account. Could you try logging in and let me know if it works?\n\nBest,\nSam',
    "Hi Dana,\n\nI have passed the logs to our engineers. I'll email you an update by Friday with what they find.\n\nBest,\nSam",
    'Hi Dana,\n\nYour refund was issued this morning. You should receive it within 5 business days in your account.\n\nBest,\nSam',
    'Hi Dana,\n\nWhich browser were you using when the page went blank for the third time this week?\n\nBest,\nSam',
    'Hi Dana,\n\nDone!\n\nBest,\nSam',
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nThe export failed because the file was too large for the importer to handle.\n\nBest,\nSam',
      errors: [{ text: '', start: 88, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      text: 'Hi Dana,\n\nPlease restart the router, then open the app and sign in with your usual password.',
      errors: [{ text: '', suggestion: '\n\nCould you try it now and let me know whether it works?' }],
    },
  ],
});
