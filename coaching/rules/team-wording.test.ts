import { testRule } from '../test/rule-tester';
import type { TeamWording } from '../types';

const team: TeamWording = {
  avoid: [
    { phrase: 'per our policy', replacement: 'as our terms explain', reason: 'It sounds like hiding behind rules.' },
    { phrase: 'ticket', replacement: 'request' },
    { phrase: 'unfortunately' },
    { phrase: 'C++ build' },
  ],
};

testRule('team-wording', {
  valid: [
    { name: 'no team wording given', text: 'Hi Dana,\n\nPer our policy, refunds take 5 days.\n\nBest,\nSam' },
    { text: 'Hi Dana,\n\nAs our terms explain, refunds take 5 days.\n\nBest,\nSam', team },
    { name: 'whole words only', text: 'Hi Dana,\n\nYour tickets for the concert are attached.\n\nBest,\nSam', team },
    { name: 'an empty list', text: 'Hi Dana,\n\nI updated your ticket.\n\nBest,\nSam', team: { avoid: [] } },
    {
      name: 'blank phrases are ignored',
      text: 'Hi Dana,\n\nI updated it.\n\nBest,\nSam',
      team: { avoid: [{ phrase: '  ' }] },
    },
    {
      name: 'quoted history is not the agent’s text',
      text: 'Hi Dana,\n\nDone.\n\nBest,\nSam\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <d@example.com> wrote:\n> my ticket is open',
      team,
    },
    {
      name: 'turned off',
      text: 'Hi Dana,\n\nI updated your ticket.\n\nBest,\nSam',
      team,
      settings: { rules: { 'team-wording': { enabled: false } } },
    },
  ],
  invalid: [
    {
      name: 'the replacement first, case kept, the reason as note',
      text: 'Hi Dana,\n\nPer our policy, refunds take 5 days.\n\nBest,\nSam',
      team,
      errors: [{ text: 'Per our policy', suggestion: 'As our terms explain', messageIncludes: '"Per our policy"' }],
    },
    {
      name: 'any case, a multi-word phrase across a line break',
      text: 'Hi Dana,\n\nRefunds take 5 days PER OUR\npolicy, and your TICKET is closed.\n\nBest,\nSam',
      team,
      errors: [
        { text: 'PER OUR\npolicy', suggestion: 'As our terms explain', messageIncludes: '"PER OUR policy"' },
        { text: 'TICKET', suggestion: 'Request' },
      ],
    },
    {
      name: 'no replacement: removing the phrase',
      text: 'Hi Dana,\n\nUnfortunately the refund takes 5 days.\n\nBest,\nSam',
      team,
      errors: [{ text: 'Unfortunately', suggestion: '', messageIncludes: 'avoids "Unfortunately"' }],
    },
    {
      name: 'phrases with regex characters are literal',
      text: 'Hi Dana,\n\nThe C++ build failed overnight, so I restarted it.\n\nBest,\nSam',
      team,
      errors: [{ text: 'C++ build', suggestion: '' }],
    },
  ],
});
