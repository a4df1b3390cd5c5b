import { testRule } from '../test/rule-tester';
import type { CoachingSettings } from '../types';

const settings: CoachingSettings = {
  teamPhrases: [
    { phrase: 'per our policy', replacements: ['as our terms explain'] },
    { phrase: 'ticket', replacements: ['request'], severity: 'suggestion', message: 'We say "request", not "ticket".' },
  ],
};

testRule('team-phrases', {
  valid: [
    { text: 'Hi Dana,\n\nPer our policy, refunds take 5 days.\n\nBest,\nSam' },
    { text: 'Hi Dana,\n\nAs our terms explain, refunds take 5 days.\n\nBest,\nSam', settings },
    { text: 'Hi Dana,\n\nYour tickets for the concert are attached.\n\nBest,\nSam', settings },
    {
      text: 'Hi Dana,\n\nPer our policy, refunds take 5 days.\n\nBest,\nSam',
      settings: { ...settings, rules: { 'team-phrases': { enabled: false } } },
    },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nPer our policy, refunds take 5 days.\n\nBest,\nSam',
      settings,
      errors: [{ text: 'Per our policy', suggestion: 'As our terms explain' }],
    },
    {
      text: 'Hi Dana,\n\nI updated your ticket.\n\nBest,\nSam',
      settings,
      errors: [{ text: 'ticket', suggestion: 'request', messageIncludes: 'not "ticket"' }],
    },
  ],
});
