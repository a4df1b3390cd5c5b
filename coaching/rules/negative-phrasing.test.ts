import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('negative-phrasing', {
  valid: [
    // A past failure in a relative clause is the cause of the problem, told neutrally.
    wrap('The refund was stuck in a review step that was never released. That is on us.'),
    wrap('Your parcel went to a depot which was not told about the new address.'),
    wrap('The delay came from two invoices that were never issued.'),
    wrap(
      "Vouchers can't be transferred to another account. What I can do is refund yours so your partner can buy one.",
    ),
    // A real alternative after the refusal, or reassurance followed by a generic invitation.
    wrap("We can't reopen closed tickets, but I've opened a new one with your notes. Could you check it?"),
    wrap("You won't lose your streak while the app is updating. Let me know if you have any other questions."),
    // A refusal said any other way is fine when the reply offers a way forward.
    wrap("The thermostat isn't compatible with HomeKit. You can control it from our app or from Google Home instead."),
    wrap('There is no loan laptop available, so I have booked your repair as urgent and will call you on Thursday.'),
    wrap("We can't restore files older than 30 days, but here is what I can do: I'll export last month's backup."),
    wrap("We can't refund the annual plan. However, I can switch you to monthly billing today."),
    wrap('Unfortunately we cannot extend the trial. You can keep your data on the free plan.'),
    wrap("We won't delete anything without asking you first."),
    wrap("We don't share your data with anyone."),
    wrap("It's not a problem at all."),
    wrap("We can't refund the fare, but I can give you a voucher for the full amount."),
    wrap("The order can't be changed now. However, I can cancel it and place a new one for you today."),
    wrap("Deleted photos can't be recovered after 30 days, so I've exported the ones still in your bin."),
    wrap("We don't share your details with third parties."),
    wrap('Deleting your account cannot be undone, so please export your data first.'),
    wrap("You can't miss the button, it's the big blue one."),
    wrap('We never charge for cancellations.'),
    wrap("The item isn't available in blue. You can order it in grey, or I can notify you when blue is back."),
    wrap("Your data won't be deleted."),
    wrap("It's impossible to overstate how much we value your feedback."),
    {
      name: '"once" that opens the way forward counts as an alternative',
      text: wrap("We can't ship until payment clears. Once it does, the parcel goes out the same day."),
    },
  ],
  invalid: [
    {
      name: 'a limit said in a present-tense relative clause is still a refusal',
      text: wrap('Your ticket is a saver fare that is not refundable.'),
      errors: [
        {
          text: 'is not refundable.',
          suggestion: "is not refundable, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a past refusal of the request itself, in a clause of its own',
      text: wrap('Your refund was not approved.'),
      errors: [
        {
          text: 'was not approved.',
          suggestion: "was not approved, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a linking word in the next sentence offers nothing',
      text: wrap("We can't merge the two accounts. The history would be lost otherwise."),
      errors: [
        {
          text: "We can't merge the two accounts.",
          suggestion: "We can't merge the two accounts, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'not permitted, with only a general invitation',
      text: wrap("Guests aren't permitted after midnight. Let me know if you have any other questions."),
      errors: [
        {
          text: "aren't permitted after midnight.",
          suggestion: "aren't permitted after midnight, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a service not provided, said with regret',
      text: wrap("Sorry, we don't install second-hand panels. Thanks for asking."),
      errors: [
        {
          text: "Sorry, we don't install second-hand panels.",
          suggestion: "Sorry, we don't install second-hand panels, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a generic invitation is no alternative',
      text: wrap("We can't reopen closed tickets. Let me know if you have any other questions."),
      errors: [
        {
          text: "We can't reopen closed tickets.",
          suggestion: "We can't reopen closed tickets, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'what a plan does not cover, closed with "anything else?"',
      text: wrap("Your membership doesn't cover guest passes. Is there anything else I can help with?"),
      errors: [
        {
          text: "Your membership doesn't cover guest passes.",
          suggestion: "Your membership doesn't cover guest passes, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'no longer possible, closed with a general offer',
      text: wrap('Pets can no longer be added after check-in. Feel free to reach out with any other questions.'),
      errors: [
        {
          text: 'Pets can no longer be added after check-in.',
          suggestion: "Pets can no longer be added after check-in, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap("Unfortunately, we won't be able to rebook you on that flight."),
      errors: [
        {
          text: "we won't be able to rebook you on that flight.",
          suggestion: "we won't be able to rebook you on that flight, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('Your claim has been rejected.'),
      errors: [{ text: 'has been rejected.', suggestion: "has been rejected, but here's what I can do instead:" }],
    },
    {
      name: 'a passive refusal; "once" that only restates the limit is not an alternative',
      text: wrap("The booking can't be moved once it's confirmed."),
      errors: [
        {
          text: "can't be moved once it's confirmed.",
          suggestion: "can't be moved once it's confirmed, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap("We don't do home visits."),
      errors: [
        { text: "We don't do home visits.", suggestion: "We don't do home visits, but here's what I can do instead:" },
      ],
    },
    {
      text: wrap("That's not an option for annual plans."),
      errors: [
        {
          text: "That's not an option for annual plans.",
          suggestion: "That's not an option for annual plans, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('Same-day delivery is not possible in your area.'),
      errors: [
        {
          text: 'is not possible in your area.',
          suggestion: "is not possible in your area, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('This is against company policy.'),
      errors: [
        {
          text: 'This is against company policy.',
          suggestion: "This is against company policy, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap("Our terms don't allow transfers between accounts."),
      errors: [
        {
          text: "Our terms don't allow transfers between accounts.",
          suggestion: "Our terms don't allow transfers between accounts, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('Gift cards are non-refundable.'),
      errors: [{ text: 'are non-refundable.', suggestion: "are non-refundable, but here's what I can do instead:" }],
    },
    {
      text: wrap("There's nothing further we can do."),
      errors: [
        {
          text: "There's nothing further we can do.",
          suggestion: "There's nothing further we can do, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('The fee stands.'),
      errors: [{ text: 'The fee stands.', suggestion: "The fee stands, but here's what I can do instead:" }],
    },
    {
      text: wrap('Refunds are never given after 60 days.'),
      errors: [
        {
          text: 'are never given after 60 days.',
          suggestion: "are never given after 60 days, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap("We can't refund this order."),
      errors: [
        {
          text: "We can't refund this order.",
          suggestion: "We can't refund this order, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap('Sorry, that is not possible.'),
      errors: [
        { text: 'that is not possible.', suggestion: "that is not possible, but here's what I can do instead:" },
      ],
    },
    {
      text: wrap('Our policy does not allow exchanges after 60 days.'),
      errors: [
        {
          text: 'Our policy does not allow exchanges after 60 days.',
          suggestion: "Our policy does not allow exchanges after 60 days, but here's what I can do instead:",
        },
      ],
    },
    {
      text: wrap("I'm unable to change the address. The parcel has shipped."),
      errors: [
        {
          text: "I'm unable to change the address.",
          suggestion: "I'm unable to change the address, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a refusal by meaning in a reply with no way forward',
      text: wrap("No, the thermostat isn't compatible with HomeKit and there are no plans for it."),
      errors: [
        {
          text: "No, the thermostat isn't compatible with HomeKit and there are no plans for it.",
          suggestion:
            "No, the thermostat isn't compatible with HomeKit and there are no plans for it, but here's what I can do instead:",
        },
      ],
    },
    {
      name: 'a rejection',
      text: wrap('Compensation only applies when the airline is responsible. Your claim is rejected.'),
      errors: [
        { text: 'Your claim is rejected.', suggestion: "Your claim is rejected, but here's what I can do instead:" },
      ],
    },
  ],
});
