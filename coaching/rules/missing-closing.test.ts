import { testRule } from '../test/rule-tester';

testRule('missing-closing', {
  valid: [
    'Hi Dana,\n\nPlease restart the router.\n\nKind regards,\nSam',
    'Hi Dana,\n\nPlease restart the router.\n\nBest, Sam',
    'Hi Dana,\n\nPlease restart the router.\n\nThanks!\nSam Lee\nSupport Engineer, Acme Inc.\n+1 555 0100',
    'Hi Dana,\n\nPlease restart the router.\n\nHave a great day!',
    'Hi Dana,\n\nPlease restart the router.\n\n-- \nSam Lee\nAcme Support',
    'Hi Dana',
    {
      name: 'sign-off above quoted history',
      text: 'Hi Dana,\n\nPlease restart the router.\n\nCheers,\nSam\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> It is broken.\n> Thanks',
    },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nPlease restart the router.',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 36, suggestion: '\n\nKind regards,\nSam' }],
    },
    {
      text: 'Hi Dana,\n\nPlease restart the router.',
      errors: [{ text: '', start: 36, suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'thanks at the start is not a sign-off',
      text: 'Thanks for the report.\nI will fix it now.\nThe update goes out today.',
      errors: [{ text: '', suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'closing goes above the quoted history',
      text: 'Hi Dana,\n\nThe fix is live.\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> It is broken.\n> Kind regards, Dana',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 26, suggestion: '\n\nKind regards,\nSam' }],
    },
  ],
});
