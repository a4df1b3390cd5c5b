import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('hostility', {
  valid: [
    // "Entitled to" grants the customer a right; it is no judgement of them.
    wrap("You're entitled to a full refund for the cancelled train, and I've started it for you."),
    wrap('As a member you are entitled to two free changes a year, so there is no fee.'),
    wrap('Congratulations on the new house! The meter is now in your name.'),
    // Promises and patience asked for a reason are not dismissals.
    wrap("It won't be long: the engineer comes when the part arrives. I'll update you Friday."),
    wrap('We will not repeat the test every time the app updates. The last run passed.'),
    wrap('Please be patient with the first import; it can take an hour. Tell me if it stalls.'),
    wrap("You're not the only one to hit this, so we've added a fix for everyone. Could you try it now?"),
    // Fresh guards: a firm policy with a way forward, a warm wish, a plain consequence.
    wrap('The decision on the claim is final, but the ombudsman can review it; here is how.'),
    wrap('Good luck with the new job! Your final invoice is attached.'),
    wrap("If the card isn't updated by Friday, the subscription pauses; I'll remind you on Thursday."),
    wrap("It's finally sunny here for once, so the engineers are out early. Yours arrives at 10."),
    // Sentence reading guards: the customer's conduct named kindly, a delay explained with care.
    wrap('Thank you for your patience, and sorry the delays have made this so hard.'),
    wrap('If anyone threatens you over this debt, tell us and we will step in.'),
    wrap('Congratulations on the new job! Your account moves with you.'),
    wrap('We can send whatever you need by Friday.'),
    wrap('Whatever plan you choose, your data moves with you.'),
    wrap('There are no stupid questions here.'),
    wrap('The storage class is set to standard.'),
    wrap("Hello again! I'm glad it works."),
    wrap('The market should calm down after the holidays, and prices will drop.'),
    wrap('No need to apologise, it happens to everyone.'),
    wrap("There's no need to print anything."),
    wrap('So, could you try again?'),
    wrap('Really glad it worked!'),
    wrap('Whatever you need, just ask.'),
    wrap("Feel free to cancel the trial at any time if it isn't for you."),
    wrap('Emailing us is the quickest way to reach the team.'),
    wrap('We never stop improving the app.'),
    wrap('I was worried it would never work, but it does now.'),
    wrap('Our problem solvers are on it, and our issue tracker shows the fix is live.'),
  ],
  invalid: [
    {
      name: 'calling the customer entitled',
      text: wrap("You're just entitled. The offer ended on Monday."),
      errors: [{ text: "You're just entitled.", suggestion: '' }],
    },
    {
      name: 'a joke taken back',
      text: wrap("Jokes aside, the van can't reach your street. I'll arrange a smaller one."),
      errors: [{ text: "Jokes aside, the van can't reach your street.", suggestion: '' }],
    },
    {
      name: 'mock congratulations on a count of problems',
      text: wrap("Congratulations, that's the third locked account this month. It's unlocked now."),
      errors: [{ text: "Congratulations, that's the third locked account this month.", suggestion: '' }],
    },
    {
      name: 'a debt held over the customer',
      text: wrap('Unpaid invoices will be handed to our debt collection agency. The balance is £40.'),
      errors: [{ text: 'Unpaid invoices will be handed to our debt collection agency.', suggestion: '' }],
    },
    {
      name: "a rebuke of the customer's manner",
      text: wrap("Don't speak to our drivers with that attitude again. The parcel is at the depot."),
      errors: [{ text: "Don't speak to our drivers with that attitude again.", suggestion: '' }],
    },
    {
      name: 'a tautology instead of an answer',
      text: wrap('The bus will come when it comes. The timetable is online.'),
      errors: [{ text: 'The bus will come when it comes.', suggestion: '' }],
    },
    {
      name: 'declining to explain again',
      text: wrap("I'm not going over the fees again. They are on the website."),
      errors: [{ text: "I'm not going over the fees again.", suggestion: '' }],
    },
    {
      name: 'giving up on the customer',
      text: wrap("Honestly, I don't know what else you want from me. The refund is done."),
      errors: [{ text: "Honestly, I don't know what else you want from me.", suggestion: '' }],
    },
    {
      name: 'making light of the problem',
      text: wrap("It's not the end of the world to wait a day. The engineer visits Friday."),
      errors: [{ text: "It's not the end of the world to wait a day.", suggestion: '' }],
    },
    {
      name: 'putting the customer in their place',
      text: wrap("We're not a charity, and the fee stands. It is on the invoice."),
      errors: [{ text: "We're not a charity, and the fee stands.", suggestion: '' }],
    },
    {
      name: 'a dismissive interjection',
      text: wrap("Ugh, fine, I've refunded it."),
      errors: [{ text: "Ugh, fine, I've refunded it.", suggestion: '' }],
    },
    {
      name: 'a mock question',
      text: wrap('Is it really that hard to click a button? It is at the top.'),
      errors: [{ text: 'Is it really that hard to click a button?', suggestion: '' }],
    },
    {
      text: wrap("That's not my problem."),
      errors: [{ text: "That's not my problem", suggestion: 'Let me see what I can do' }],
    },
    {
      text: wrap('I understand. That is not our problem though.'),
      errors: [{ text: 'That is not our problem', suggestion: 'Let me see what I can do' }],
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
    // Telling the customer how to feel or speak.
    {
      text: wrap("There's no need to get so worked up."),
      errors: [{ text: "There's no need to get so worked up", suggestion: 'I understand this is upsetting' }],
    },
    {
      text: wrap('Please stop yelling at me.'),
      errors: [{ text: 'Please stop yelling at me', suggestion: 'I understand this is upsetting' }],
    },
    {
      text: wrap("You're overreacting."),
      errors: [{ text: "You're overreacting", suggestion: 'I understand why this matters' }],
    },
    {
      text: wrap("Don't be so dramatic."),
      errors: [{ text: "Don't be so dramatic", suggestion: 'I understand why this matters' }],
    },
    // Dismissals.
    {
      text: wrap('Fine, whatever you say.'),
      errors: [{ text: 'Fine, whatever you say', suggestion: 'Understood' }],
    },
    {
      text: wrap("Calling us every hour won't make it any faster."),
      errors: [
        {
          text: "Calling us every hour won't make it any faster",
          suggestion: "I know you've been waiting, and I'm chasing it",
        },
      ],
    },
    {
      text: wrap('Go ahead and cancel if you like.'),
      errors: [
        {
          text: 'Go ahead and cancel if you like',
          suggestion: "I'd be sorry to lose you, and I'd like to put this right",
        },
      ],
    },
    {
      text: wrap("I don't have time for this."),
      errors: [{ text: "I don't have time for this", suggestion: "Let's get this sorted" }],
    },
    // Sarcasm.
    {
      text: wrap('Restarting it was never going to work, was it?'),
      errors: [{ text: 'was never going to work, was it?', suggestion: "wouldn't fix this one." }],
    },
    {
      text: wrap('Oh, logged out again?'),
      errors: [{ text: 'Oh, logged out again?', suggestion: '' }],
    },
    {
      text: wrap('Seriously? The link is in the email.'),
      errors: [{ text: 'Seriously?', suggestion: '' }],
    },
    {
      text: wrap('What did you expect?'),
      errors: [{ text: 'What did you expect', suggestion: '' }],
    },
    {
      text: wrap("If you had bothered to check, you'd know."),
      errors: [{ text: 'If you had bothered to', suggestion: 'If you' }],
    },
    {
      text: wrap('Take it or leave it.'),
      errors: [{ text: 'Take it or leave it', suggestion: 'Here are the options we have' }],
    },
    {
      text: wrap("You'll have to deal with it."),
      errors: [{ text: "You'll have to deal with it", suggestion: "I'm sorry this isn't the answer you hoped for" }],
    },
    {
      name: "a rebuke of the customer's conduct",
      text: wrap("Threats won't speed anything up. Your case is in the queue."),
      errors: [{ text: "Threats won't speed anything up.", suggestion: '' }],
    },
    {
      name: 'shrugging the problem off',
      text: wrap("Well, delays happen, that's air travel. Your claim is with the airline."),
      errors: [{ text: "Well, delays happen, that's air travel.", suggestion: '' }],
    },
    {
      name: 'showing the customer the door',
      text: wrap("If you don't like our fees, there are other airlines."),
      errors: [{ text: "If you don't like our fees, there are other airlines.", suggestion: '' }],
    },
    {
      name: 'sarcasm',
      text: wrap('Wow, three whole times! I will send someone up.'),
      errors: [{ text: 'Wow, three whole times!', suggestion: '' }],
    },
    {
      name: "a threat over the customer's conduct",
      text: wrap("If you carry on swearing at my colleagues, we'll suspend the account. The order is on hold."),
      errors: [{ text: "If you carry on swearing at my colleagues, we'll suspend the account.", suggestion: '' }],
    },
    {
      name: 'an ultimatum',
      text: wrap('Either you take the voucher or I close this ticket. It is worth £15.'),
      errors: [{ text: 'Either you take the voucher or I close this ticket.', suggestion: '' }],
    },
    {
      name: "judging the customer's intelligence",
      text: wrap("You're obviously not very good with computers, so follow the pictures. The guide is attached."),
      errors: [{ text: "You're obviously not very good with computers, so follow the pictures.", suggestion: '' }],
    },
    {
      name: 'sarcasm by shape',
      text: wrap('Right, because we love resetting the same password daily. The new link is below.'),
      errors: [{ text: 'Right, because we love resetting the same password daily.', suggestion: '' }],
    },
    {
      name: 'closing the conversation on the customer',
      text: wrap("We won't reply to any further emails about the fee. It was applied correctly."),
      errors: [{ text: "We won't reply to any further emails about the fee.", suggestion: '' }],
    },
  ],
});
