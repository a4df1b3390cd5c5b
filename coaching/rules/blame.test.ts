import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('blame', {
  valid: [
    wrap("This doesn't mean you did anything wrong. I've cleaned the files."),
    // A cause that names the customer's choice without calling it a slip, or that clears them.
    wrap('Because you moved house last month, the letters went to your new address. Could you confirm it?'),
    wrap("You picked the annual plan, so the charge is yearly. Reply if you'd like monthly instead."),
    wrap('I suspect the sync stopped overnight. Could you restart the app?'),
    wrap("Our night crew made a mess of the rota, and we're sorry. It's fixed now."),
    wrap('Most customers find the app quicker. The link is below.'),
    // Fresh guards: a supposition, a reference back that corrects no one, a change announced for the future.
    wrap("If you didn't tick the gift option, the receipt will show the price; I can resend it without."),
    wrap("As agreed on the phone, I've booked the fitter for Wednesday. Reply here if that date doesn't suit."),
    wrap("Going forward, statements will arrive on the 1st of each month. Let me know if you'd prefer paper."),
    wrap("You were right to question the fee, it shouldn't have been there. I've refunded it."),
    // A customer as the subject of what reached them, of a supposition, or of reassurance.
    wrap("You didn't receive the code because our SMS provider had an outage; it's fixed now."),
    wrap("If you didn't get the email, please check your spam folder."),
    wrap("You didn't do anything wrong: the link had expired, so I've sent a new one."),
    wrap("I'm sorry you shouldn't have had to chase us. The refund went out today."),
    wrap('Did you update the app before it stopped?'),
    // "Next time" as a moment to check the fix, or to get back in touch.
    wrap("The next time you're in the app, please check that the menu is back."),
    wrap('The next time you sign in, you will see the new layout.'),
    wrap('Next time it happens, message us here and we will look at once.'),
    wrap('You should have received an email with the link by now.'),
    wrap('You should have access to the dashboard again.'),
    wrap('It looks like the file was deleted on Monday; I have restored it.'),
    wrap('There was a problem on our side, and our network team has fixed it.'),
    wrap('You must have been worried when the order did not arrive.'),
    wrap('Our billing team is reviewing the charge today.'),
    // Ownership and plain statements about what happens next are not blame.
    wrap('We dropped the ball here, and I am sorry.'),
    wrap('You should have received a code by text.'),
    wrap('You were told the wrong date by our team, and I am sorry.'),
    wrap('I only need your order number to check.'),
    wrap('Next time you log in, the new menu will appear.'),
    wrap('If you had any trouble, reply here.'),
    wrap('The courier will collect the parcel on Monday.'),
    wrap('Our engineers found the fault and fixed it.'),
    wrap("It's easy to miss, so I've added a reminder to your account."),
    // Sentences that name someone without putting fault on them (guard for the sentence reading).
    wrap('The address had a typo, so the mail bounced; I have fixed it.'),
    wrap("I've added a £10 credit, which you'll see at checkout next time you order."),
    wrap(
      'This should now work again. Please check the next time you sign in, and reply if anything is still not right.',
    ),
    wrap('Try it the next time you open the app and let me know how it goes.'),
    wrap('Next time it happens, message us here and we will look straight away.'),
    wrap("You've probably seen our email about the outage."),
    wrap('Lots of people find this setting confusing, so here is where it lives.'),
    wrap("Subrogation means we ask the other driver's insurer to pay us back for your repair."),
    { text: 'Hi Sam, the claim is open. Take care, and message me here if they keep calling.', channel: 'chat' },
    {
      name: 'quoted customer text is not checked',
      text: `${wrap('I have restored the file.')}\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> I think you must have deleted it, it is not my fault!`,
    },
  ],
  invalid: [
    {
      name: 'a partner called a shambles',
      text: wrap("The couriers we hire are a shambles. I've sent a new set today."),
      errors: [{ text: 'The couriers we hire are a shambles.', suggestion: '' }],
    },
    {
      name: "a guess that the fault is on the customer's side",
      text: wrap("I'd say that's what went wrong on your side. Could you check the cable?"),
      errors: [{ text: "I'd say that's what went wrong on your side.", suggestion: '' }],
    },
    {
      name: 'a recommendation about the future',
      text: wrap("In future we'd suggest storing the receipts in the app. I've found this one for you."),
      errors: [{ text: "In future we'd suggest storing the receipts in the app.", suggestion: '' }],
    },
    {
      name: 'a slip of the customer named as the cause',
      text: wrap("The voucher was refused because you had typed an expired code. I've added a fresh one."),
      errors: [{ text: 'The voucher was refused because you had typed an expired code.', suggestion: '' }],
    },
    {
      name: 'a fault in the verb itself',
      text: wrap("You clearly overlooked the confirmation step. I've confirmed the order for you."),
      errors: [{ text: 'You clearly overlooked the confirmation step.', suggestion: '' }],
    },
    {
      name: 'a hedged guess at what the customer did',
      text: wrap("My guess is you unplugged the hub during the update. I've pushed it again."),
      errors: [{ text: 'My guess is you unplugged the hub during the update.', suggestion: '' }],
    },
    {
      name: 'a failure whose subject is still the customer',
      text: wrap("You got the link but never opened it. I've sent it once more."),
      errors: [{ text: 'You got the link but never opened it.', suggestion: '' }],
    },
    {
      name: 'a generalisation that takes the customer in',
      text: wrap("That's what happens when people share one login. I've split the accounts."),
      errors: [{ text: "That's what happens when people share one login.", suggestion: '' }],
    },
    {
      name: "judging another person's work",
      text: wrap('The last installer did a shoddy job on the wiring. An electrician visits on Monday.'),
      errors: [{ text: 'The last installer did a shoddy job on the wiring.', suggestion: '' }],
    },
    {
      name: 'a past failure put on the customer',
      text: wrap('You never updated your billing address, so the card was declined.'),
      errors: [{ text: 'You never updated your billing address, so the card was declined.', suggestion: '' }],
    },
    {
      name: 'an unmet duty put on the customer',
      text: wrap('You were supposed to return it within 30 days.'),
      errors: [{ text: 'You were supposed to return it within 30 days.', suggestion: '' }],
    },
    {
      name: 'a reminder that they were told, in other words than the phrase list',
      text: wrap('As I advised you last week, refunds take ten days.'),
      errors: [{ text: 'As I advised you last week, refunds take ten days.', suggestion: '' }],
    },
    {
      name: 'a time clause followed by a correction of conduct',
      text: wrap('The next time you order, make sure the address is right.'),
      errors: [{ text: 'The next time you order, make sure the address is right.', suggestion: '' }],
    },
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
      text: wrap('Refunds are not my job.'),
      errors: [{ text: 'are not my job', suggestion: "are something I'll pass to the right person" }],
    },
    {
      text: wrap('That is not my department.'),
      errors: [{ text: 'That is not my department', suggestion: 'Let me find the right person for this' }],
    },
    {
      text: wrap('I only handle returns, not exchanges.'),
      errors: [{ text: 'I only handle returns, not exchanges', suggestion: 'Let me find the right person for this' }],
    },
    {
      text: wrap('That is outside my remit.'),
      errors: [{ text: 'outside my remit', suggestion: "something I'll pass to the right person" }],
    },
    {
      text: wrap('That has nothing to do with us.'),
      errors: [
        { text: 'That has nothing to do with us', suggestion: "That's something I'll pass to the right person" },
      ],
    },
    // Blaming the customer, in the many ways it gets said.
    {
      text: wrap("You should've told us sooner about the move."),
      errors: [{ text: "You should've told", suggestion: 'Next time, it helps to have told' }],
    },
    {
      name: 'hindsight conditionals are flagged without a mechanical rewrite',
      text: wrap('If you had read the terms, you would have known this.'),
      errors: [
        { text: 'If you had read', suggestion: null },
        { text: 'you would have known this', suggestion: null },
      ],
    },
    {
      text: wrap('Had you checked the box, the order would have gone through.'),
      errors: [{ text: 'Had you checked', suggestion: null }],
    },
    {
      text: wrap('You left it too late to change the seat.'),
      errors: [{ text: 'You left it too late', suggestion: 'The deadline had passed' }],
    },
    {
      text: wrap('You keep entering the old PIN, which locks the card.'),
      errors: [{ text: 'You keep entering', suggestion: null }],
    },
    {
      text: wrap('Next time, please check the size chart before ordering.'),
      errors: [{ text: 'Next time, please', suggestion: 'To make this easier, you can' }],
    },
    {
      text: wrap('Please read our emails more carefully.'),
      errors: [{ text: 'Please read our emails more carefully', suggestion: '' }],
    },
    {
      text: wrap('Please stop fiddling with the router settings.'),
      errors: [{ text: 'Please stop fiddling with', suggestion: null }],
    },
    {
      text: wrap('That was your own mistake.'),
      errors: [{ text: 'That was your own mistake', suggestion: "Let's get this sorted" }],
    },
    {
      text: wrap('You were warned about the fee when you signed up.'),
      errors: [{ text: 'You were warned', suggestion: 'As a reminder' }],
    },
    // Bad-mouthing partners and colleagues.
    {
      text: wrap('Our supplier has been a complete nightmare this month.'),
      errors: [
        { text: 'Our supplier has been a complete nightmare', suggestion: "We're following up with our partner" },
      ],
    },
    {
      text: wrap('The last agent was clueless about refunds.'),
      errors: [{ text: 'The last agent was clueless', suggestion: "We're following up with the team involved" }],
    },
    {
      text: wrap('Honestly, they dropped the ball on your order.'),
      errors: [{ text: 'they dropped the ball', suggestion: 'something went wrong on our side' }],
    },
    {
      text: wrap("That's down to the courier, not us."),
      errors: [{ text: "That's down to the courier, not us", suggestion: "I'll follow this up for you" }],
    },
    {
      text: wrap("The agent you spoke to clearly didn't know what he was doing."),
      errors: [{ text: "didn't know what he was doing", suggestion: null }],
    },
    {
      text: wrap('This was user error.'),
      errors: [{ text: 'user error', suggestion: 'a settings mix-up' }],
    },
    // Read from who is put at fault, not from a phrase list (coaching guide, "Blame").
    {
      name: 'a guess at what the customer did wrong',
      text: wrap("The logs show 401s, so you've probably rotated the secret and forgotten the dashboard."),
      errors: [
        {
          text: "The logs show 401s, so you've probably rotated the secret and forgotten the dashboard.",
          suggestion: '',
        },
      ],
    },
    {
      name: 'an admonishment about next time',
      text: wrap('Deleted folders stay in Trash for 30 days. Please be more careful before you hit delete next time.'),
      errors: [{ text: 'Please be more careful before you hit delete next time.', suggestion: '' }],
    },
    {
      name: 'a correction clause after a comma',
      text: wrap("It's a public holiday, maybe check the calendar next time."),
      errors: [{ text: "It's a public holiday, maybe check the calendar next time.", suggestion: '' }],
    },
    {
      name: 'a generalisation that takes the customer in',
      text: wrap('It sounds silly, but people forget to update their number all the time.'),
      errors: [{ text: 'It sounds silly, but people forget to update their number all the time.', suggestion: '' }],
    },
    {
      name: 'bad-mouthing another team',
      text: wrap('Between us, our release team pushed this update without proper testing.'),
      errors: [{ text: 'Between us, our release team pushed this update without proper testing.', suggestion: '' }],
    },
    {
      name: 'judging a former colleague',
      text: wrap('The rules were set up by the previous manager, who frankly left the system in a mess.'),
      errors: [
        {
          text: 'The rules were set up by the previous manager, who frankly left the system in a mess.',
          suggestion: '',
        },
      ],
    },
    {
      name: 'in a chat the whole reply can sit on the greeting line',
      text: "Hi Kayla. I'd guess you submitted late again. I've asked your manager to approve it.",
      channel: 'chat',
      errors: [{ text: "I'd guess you submitted late again.", suggestion: '' }],
    },
    {
      name: 'a supposition is read apart from what the customer failed to do',
      text: wrap("The upload stopped because you didn't keep the tab open. I've restarted it on our side."),
      errors: [{ text: "The upload stopped because you didn't keep the tab open.", suggestion: '' }],
    },
    {
      name: 'an instruction about the future fronted by "in future" is a correction',
      text: wrap("In future, label the box with the order number. I've matched this one by hand."),
      errors: [{ text: 'In future, label the box with the order number.', suggestion: '' }],
    },
    {
      name: 'pointing at the terms the customer should have read',
      text: wrap('As clearly stated in our policy, gift cards never expire. Yours still has £20 on it.'),
      errors: [{ text: 'As clearly stated in our policy, gift cards never expire.', suggestion: '' }],
    },
    {
      name: 'bad-mouthing a former colleague',
      text: wrap("My old colleague had no idea what she was doing with your booking. It's corrected now."),
      errors: [{ text: 'My old colleague had no idea what she was doing with your booking.', suggestion: '' }],
    },
    {
      name: 'a team that "never checks"',
      text: wrap('The packing team never check the labels. A new parcel left today.'),
      errors: [{ text: 'The packing team never check the labels.', suggestion: '' }],
    },
  ],
});
