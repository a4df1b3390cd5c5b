import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('negative-phrasing', {
  valid: [
    wrap("We can't restore files older than 30 days, but here is what I can do: I'll export last month's backup."),
    wrap("We can't refund the annual plan. However, I can switch you to monthly billing today."),
    wrap("Unfortunately we cannot extend the trial. You can keep your data on the free plan."),
    wrap("We won't delete anything without asking you first."),
    wrap("We don't share your data with anyone."),
    wrap("It's not a problem at all."),
  ],
  invalid: [
    {
      text: wrap("We can't refund this order."),
      errors: [{ text: "We can't refund this order.", suggestion: "We can't refund this order, but here's what I can do instead:" }],
    },
    {
      text: wrap("Sorry, that is not possible."),
      errors: [{ text: 'that is not possible.', suggestion: "that is not possible, but here's what I can do instead:" }],
    },
    {
      text: wrap('Our policy does not allow exchanges after 60 days.'),
      errors: [{ text: 'Our policy does not allow exchanges after 60 days.', suggestion: "Our policy does not allow exchanges after 60 days, but here's what I can do instead:" }],
    },
    {
      text: wrap("I'm unable to change the address. The parcel has shipped."),
      errors: [{ text: "I'm unable to change the address.", suggestion: "I'm unable to change the address, but here's what I can do instead:" }],
    },
  ],
});
