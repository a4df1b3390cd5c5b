import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('runaround', {
  valid: [
    wrap("I've passed this to our billing team with your details; they'll contact you by Friday."),
    wrap("You'll need to contact your bank to approve the payment."),
    wrap("I'll contact the billing team for you today."),
    wrap('Our billing team will call you tomorrow morning.'),
    wrap('You can call billing if you like. I have already forwarded your request to them.'),
  ],
  invalid: [
    {
      text: wrap("You'll have to call billing about that."),
      errors: [{ text: "You'll have to call billing", suggestion: "I've passed this to our billing team with your details, and they'll contact you directly" }],
    },
    {
      text: wrap('Please contact the shipping department for tracking.'),
      errors: [{ text: 'Please contact the shipping department', suggestion: "I've passed this to our shipping department with your details, and they'll contact you directly" }],
    },
    {
      text: wrap("You need to open a ticket with another team."),
      errors: [{ text: 'You need to open a ticket with another team', suggestion: "I've passed this to the right team with your details, and they'll contact you directly" }],
    },
    {
      text: wrap("That's not something we handle here."),
      errors: [{ text: "That's not something we handle", suggestion: "I've passed this to the right team with your details, and they'll contact you directly" }],
    },
  ],
});
