import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('condescension', {
  valid: [
    wrap('I just checked your account and the refund went out.'),
    wrap('We have just released a fix; it should reach you today.'),
    wrap('Just to confirm, is the address on file still correct?'),
    wrap('It was just now that the outage ended.'),
    wrap('Click Save, then reload the page.'),
    wrap("To recap, the export runs every night."),
    wrap('If anything is missing, just reply here and I will sort it out.'),
    wrap("That's not a silly question at all."),
  ],
  invalid: [
    {
      text: wrap('Obviously, the export runs every night.'),
      errors: [{ text: 'Obviously,', suggestion: '' }],
    },
    {
      text: wrap('Just click Save and reload the page.'),
      errors: [{ text: 'Just', suggestion: '' }],
    },
    {
      text: wrap('You simply need to log in again.'),
      errors: [{ text: 'simply', suggestion: '' }],
    },
    {
      text: wrap('As I already explained, the export runs every night.'),
      errors: [{ text: 'As I already explained,', suggestion: 'To recap,' }],
    },
    {
      text: wrap("Resetting a password isn't rocket science."),
      errors: [{ text: "isn't rocket science", suggestion: "it's quick once you know where to look" }],
    },
    {
      text: wrap('Any user should know where the settings are.'),
      errors: [{ text: 'Any user should know', suggestion: "It's easy to miss" }],
    },
    {
      text: wrap('Did you even read the manual?'),
      errors: [{ text: 'Did you even read the manual', suggestion: 'The guide covers this step' }],
    },
  ],
});
