import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('hostility', {
  valid: [
    wrap('We can send whatever you need by Friday.'),
    wrap('Whatever plan you choose, your data moves with you.'),
    wrap('There are no stupid questions here.'),
    wrap('The storage class is set to standard.'),
    wrap("Hello again! I'm glad it works."),
    wrap('The market should calm down after the holidays, and prices will drop.'),
  ],
  invalid: [
    {
      text: wrap("That's not my problem."),
      errors: [{ text: "That's not my problem", suggestion: 'Let me see what I can do' }],
    },
    {
      text: wrap('Please calm down. The site is back.'),
      errors: [{ text: 'Please calm down', suggestion: 'I understand this is upsetting' }],
    },
    {
      text: wrap('You asked for a refund. Whatever.'),
      errors: [{ text: 'Whatever', suggestion: 'Understood' }],
    },
    {
      text: wrap('That was a stupid question.'),
      errors: [{ text: 'stupid question', suggestion: '' }],
    },
    {
      text: wrap('The damn server is down again.'),
      errors: [{ text: 'damn', suggestion: '' }],
    },
    {
      text: wrap("Take it or leave it."),
      errors: [{ text: 'Take it or leave it', suggestion: 'Here are the options we have' }],
    },
    {
      text: wrap("You'll have to deal with it."),
      errors: [{ text: "You'll have to deal with it", suggestion: "I'm sorry this isn't the answer you hoped for" }],
    },
  ],
});
