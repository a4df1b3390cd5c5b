import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('shouting', {
  valid: [
    wrap('Please send the PDF to IT by USB or over the VPN.'),
    wrap('The FAQ and the GDPR page are linked below.'),
    wrap('Your order ID is AB12X and the SKU is ZX9.'),
    wrap('Is it working now? Great!'),
    wrap('I will call you at 3 PM EST.'),
    {
      name: 'quoted customer shouting is not checked',
      text: `${wrap('Sorted now.')}\n\n> WHY IS THIS STILL BROKEN???`,
    },
  ],
  invalid: [
    {
      text: wrap('Please DO NOT delete the folder.'),
      errors: [{ text: 'DO NOT', suggestion: 'do not' }],
    },
    {
      text: wrap('IMPORTANT: back up first.'),
      errors: [{ text: 'IMPORTANT', suggestion: 'Important' }],
    },
    {
      text: wrap('It is fixed!!!'),
      errors: [{ text: '!!!', suggestion: '!' }],
    },
    {
      text: wrap('Did you restart it???'),
      errors: [{ text: '???', suggestion: '?' }],
    },
    {
      text: wrap('YOU NEED TO SEND THE PDF NOW.'),
      errors: [{ text: 'YOU NEED TO SEND THE PDF NOW', suggestion: 'You need to send the PDF now' }],
    },
  ],
});
