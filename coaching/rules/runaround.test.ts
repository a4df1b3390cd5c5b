import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('runaround', {
  valid: [
    // Said to be someone else's, and handed over with a time.
    wrap("Parking fines are handled by the council. I've sent them your appeal and they will reply by Friday."),
    wrap("Refunds go through our billing team. I've passed your details to them and they will email you tomorrow."),
    // Sentence reading guards: a handoff, or a pointer with no claim that it is someone else's job.
    "Hi Dana,\n\nQuota increases are handled by the Sales team. I've passed your request to them and they'll email you today.\n\nBest,\nSam",
    'Hi Dana,\n\nYour card is active again. If the shop still declines it, call us on 0800 123 456.\n\nBest,\nSam',
    wrap("I've passed this to our billing team with your details; they'll contact you by Friday."),
    wrap("You'll need to contact your bank to approve the payment."),
    wrap("I'll contact the billing team for you today."),
    wrap('Our billing team will call you tomorrow morning.'),
    wrap('You can call billing if you like. I have already forwarded your request to them.'),
    // Menus and pages are not other teams.
    wrap('Go to Billing, then Invoices, to download it.'),
    wrap('Head to the Settings page and switch it on.'),
    wrap('Go to the hotel reception when you arrive and show this email.'),
    // Our own next steps, and reaching back to us.
    wrap("I'll contact the airline for you and call you back in an hour."),
    wrap('Our courier will ring you before delivery.'),
    wrap('The hotel will have your room ready at 2pm.'),
    wrap('Please contact us if anything changes.'),
    wrap('You can also reach out to me directly.'),
    wrap('If it happens again, just reply here.'),
    wrap("You may want to let your bank know you're travelling."),
    wrap("I've opened a ticket with our engineers for you."),
  ],
  invalid: [
    {
      name: 'told they will have to pay through another body',
      text: wrap(
        "Parking fines are handled by the council, not by us. You'll need to pay through the council's website.",
      ),
      errors: [
        {
          text: "You'll need to pay through the council's website.",
          suggestion: "I've passed this to the right team with your details; they'll contact you directly.",
        },
      ],
    },
    {
      name: 'in a chat, sent to the manufacturer after the greeting',
      text: 'Hi Dana, lens repairs have to go to the manufacturer, Optiko. Their number is on the box. Thanks!',
      channel: 'chat',
      errors: [
        {
          text: 'lens repairs have to go to the manufacturer, Optiko.',
          suggestion: "I've passed this to the right team with your details; they'll contact you directly.",
        },
      ],
    },
    {
      text: wrap("You'll have to call billing about that."),
      errors: [
        {
          text: "You'll have to call billing",
          suggestion: "I've passed this to our billing team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('Please contact the shipping department for tracking.'),
      errors: [
        {
          text: 'Please contact the shipping department',
          suggestion: "I've passed this to our shipping department with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('You need to open a ticket with another team.'),
      errors: [
        {
          text: 'You need to open a ticket with another team',
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("You'll need to get in touch with the airline about the seat."),
      errors: [
        {
          text: "You'll need to get in touch with the airline",
          suggestion: "I've passed this to the airline with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('Please take this up with the store where you bought it.'),
      errors: [
        {
          text: 'Please take this up with the store',
          suggestion: "I've passed this to the store with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('You must contact the manufacturer for warranty repairs.'),
      errors: [
        {
          text: 'You must contact the manufacturer',
          suggestion: "I've passed this to the manufacturer with your details, and they'll contact you directly",
        },
      ],
    },
    {
      name: 'an email address as the target',
      text: wrap('Refunds go through finance, so please write to finance@shop.example.'),
      errors: [
        {
          text: 'please write to finance@shop.example',
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("You'd be better off phoning their helpline."),
      errors: [
        {
          text: "You'd be better off phoning their helpline",
          suggestion: "I've passed this to the helpline with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('Give the courier a ring on 0800 000 000.'),
      errors: [
        {
          text: 'Give the courier a ring',
          suggestion: "I've passed this to the courier with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('Please open a new ticket in the portal for that.'),
      errors: [
        {
          text: 'Please open a new ticket in the portal for that',
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("That's one for the community forum."),
      errors: [
        {
          text: "That's one for the community forum",
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("Warranty claims aren't handled by us."),
      errors: [
        {
          text: "aren't handled by us",
          suggestion: "are things I've passed to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('I suggest you contact Acme customer care.'),
      errors: [
        {
          text: 'I suggest you contact Acme customer care',
          suggestion: "I've passed this to Acme customer care with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap('Try the lending team instead.'),
      errors: [
        {
          text: 'Try the lending team',
          suggestion: "I've passed this to our lending team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("Drop into your nearest branch and they'll sort it out."),
      errors: [
        {
          text: 'Drop into your nearest branch',
          suggestion: "I've passed this to the nearest branch with your details, and they'll contact you directly",
        },
      ],
    },
    {
      name: 'an instruction after "so" starts a clause',
      text: wrap('Listings come from the hotel, so please raise it with them.'),
      errors: [
        {
          text: 'please raise it with them',
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      text: wrap("That's not something we handle here."),
      errors: [
        {
          text: "That's not something we handle",
          suggestion: "I've passed this to the right team with your details, and they'll contact you directly",
        },
      ],
    },
    {
      name: 'pointed at another party after saying it is theirs, with no handoff',
      text: 'Hi Dana,\n\nQuota increases are handled by the Sales team. You can reach them via the contact form on our site.\n\nBest,\nSam',
      errors: [
        {
          text: 'You can reach them via the contact form on our site.',
          suggestion: "I've passed this to the right team with your details; they'll contact you directly.",
        },
      ],
    },
  ],
});
