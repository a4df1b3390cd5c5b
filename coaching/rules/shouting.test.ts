import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('shouting', {
  valid: [
    // A keyword to type or a button to press is written as it must be entered; a quoted word is cited.
    wrap("Reply YES and I'll book the slot for you."),
    wrap('To stop the texts, text STOP to 80010.'),
    wrap('Open the form and click SUBMIT at the bottom.'),
    wrap('The screen should say "PAIRING" while the light blinks.'),
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
      name: 'several words after the verb are still a raised voice',
      text: wrap('You must answer WITHIN THE HOUR.'),
      errors: [{ text: 'WITHIN THE HOUR', suggestion: 'within the hour' }],
    },
    {
      name: 'what a record says is no keyword to type',
      text: wrap('Our records say UNPAID.'),
      errors: [{ text: 'UNPAID', suggestion: 'unpaid' }],
    },
    {
      name: 'a capital word with no cue to type it',
      text: wrap('The refund is FINALLY on its way.'),
      errors: [{ text: 'FINALLY', suggestion: 'finally' }],
    },
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
