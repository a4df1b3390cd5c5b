import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('blame', {
  valid: [
    wrap('You should have received an email with the link by now.'),
    wrap('You should have access to the dashboard again.'),
    wrap('It looks like the file was deleted on Monday; I have restored it.'),
    wrap('There was a problem on our side, and our network team has fixed it.'),
    wrap('You must have been worried when the order did not arrive.'),
    wrap('Our billing team is reviewing the charge today.'),
    {
      name: 'quoted customer text is not checked',
      text: `${wrap('I have restored the file.')}\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> I think you must have deleted it, it is not my fault!`,
    },
  ],
  invalid: [
    {
      text: wrap('You must have deleted the file by accident.'),
      errors: [{ text: 'You must have deleted the file', suggestion: 'It looks like the file was deleted' }],
    },
    {
      text: wrap('You probably changed your password and forgot it.'),
      errors: [{ text: 'You probably changed your password', suggestion: 'It looks like your password was changed' }],
    },
    {
      text: wrap('Honestly, you should have read the email we sent.'),
      errors: [{ text: 'you should have read', suggestion: 'next time, it helps to have read' }],
    },
    {
      text: wrap('You forgot to attach the invoice.'),
      errors: [{ text: 'You forgot to', suggestion: 'It looks like we still need to' }],
    },
    {
      text: wrap('The network team messed up again, sorry.'),
      errors: [{ text: 'The network team messed up again', suggestion: 'There was a problem on our side' }],
    },
    {
      text: wrap("Our courier is useless, so it's late."),
      errors: [{ text: 'Our courier is useless', suggestion: "We're following up with our partner" }],
    },
    {
      text: wrap("Refunds are not my job."),
      errors: [{ text: 'not my job', suggestion: 'let me find the right person for this' }],
    },
    {
      text: wrap('This was user error.'),
      errors: [{ text: 'user error', suggestion: 'a settings mix-up' }],
    },
  ],
});
