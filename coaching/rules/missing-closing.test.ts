import { testRule } from '../test/rule-tester';

testRule('missing-closing', {
  valid: [
    'Hi Dana,\n\nPlease restart the router.\n\nKind regards,\nSam',
    'Hi Dana,\n\nPlease restart the router.\n\nBest, Sam',
    'Hi Dana,\n\nPlease restart the router.\n\nThanks!\nSam Lee\nSupport Engineer, Acme Inc.\n+1 555 0100',
    'Hi Dana,\n\nPlease restart the router.\n\nHave a great day!',
    'Hi Dana,\n\nPlease restart the router.\n\n-- \nSam Lee\nAcme Support',
    'Hi Dana',
    // Warm closes count, from the phrase list or by their shape above a name.
    'Hi Dana,\n\nYour refund is on its way.\n\nEnjoy the rest of your week,\nSam',
    'Hi Dana,\n\nYour refund is on its way.\n\nGood luck with the move, Sam',
    'Hi Dana,\n\nYour refund is on its way.\n\nSafe travels!\nSam',
    'Hi Dana,\n\nYour refund is on its way.\n\nHope this helps,\nSam Lee\nAcme Support',
    'Hi Dana,\n\nYour refund is on its way.\n\nSpeak to you tomorrow,\nPriya',
    'Hi Dana,\n\nYour refund is on its way.\n\nWarm wishes,\nSam',
    {
      name: 'sign-off above quoted history',
      text: 'Hi Dana,\n\nPlease restart the router.\n\nCheers,\nSam\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> It is broken.\n> Thanks',
    },
  ],
  invalid: [
    {
      name: 'signed with a bare name: the close goes above the name',
      text: 'Hi Dana,\n\nYour refund is on its way and should arrive by Friday.\n\nSam',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 66, suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'a bare team name is not a close either',
      text: 'Hi Dana,\n\nYour refund is on its way and should arrive by Friday.\n\nAcme Support Team',
      errors: [{ text: '', start: 66, suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'the last item of a list is not a name',
      text: 'Hi Dana,\n\nTo fix it:\nOpen Settings,\nChoose Backup',
      errors: [{ text: '', start: 49, suggestion: '\n\nKind regards,' }],
    },

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
