import { testRule } from '../test/rule-tester';

const wrap = (body: string) => `Hi Dana,\n\n${body}\n\nBest,\nSam`;

testRule('condescension', {
  valid: [
    // "Simply put" and "just put" sum up in plain words; they set the customer no step.
    wrap("Simply put, even if your laptop died today, you'd lose at most a day's work."),
    wrap('Just put: the plan renews each May unless you cancel.'),
    // Kind uses of the same words: steps numbered to help, a warm "again", a product called basic.
    wrap("I've numbered the steps so you can follow along easily. Let me know how it goes."),
    wrap('Again, we really appreciate your patience. The engineer visits Friday.'),
    wrap("It's a really basic model, so it has no Bluetooth. The Pro version does; shall I send a link?"),
    wrap("It's explained in more detail in our FAQ. Let me know if you have questions."),
    wrap('Most people find the new layout easier. The old one is still under View.'),
    wrap('Of course! I am happy to help with that.'),
    wrap('Of course, just reply here if it happens again.'),
    wrap('Your account now clearly shows the refund.'),
    wrap('Everyone in our team knows about this and is working on it.'),
    // Sentence reading guards.
    wrap('This one is easy to miss, so here is exactly where it is.'),
    wrap('The steps are simple, and I have listed them below.'),
    wrap('Of course, happy to help with that.'),
    wrap('I just checked your account and the refund went out.'),
    wrap('We have just released a fix; it should reach you today.'),
    wrap('Just to confirm, is the address on file still correct?'),
    wrap('It was just now that the outage ended.'),
    wrap('Click Save, then reload the page.'),
    wrap('To recap, the export runs every night.'),
    wrap('If anything is missing, just reply here and I will sort it out.'),
    wrap("That's not a silly question at all."),
    // "Easy" that sides with the customer, or describes our side of the work.
    wrap("It's easy to miss, so here is a screenshot."),
    wrap("The good news is that it's simple to fix on our side."),
    wrap("It's easy to set up once you have the code, and I'll walk you through it."),
    wrap('Everyone can see the shared calendar now.'),
    wrap('Anyone on your team can request access.'),
    wrap("Clearly something went wrong on our side, and I'm sorry."),
    wrap('As mentioned in the guide, the export includes all projects.'),
    wrap('This time the update went out without problems.'),
    wrap('I repeat the backup every night, so your files are safe.'),
  ],
  invalid: [
    {
      name: '"simply put" followed by a thing to put is a step made to sound trivial',
      text: wrap('Simply put the card back in the reader and wait.'),
      errors: [{ text: 'Simply', suggestion: '' }],
    },
    {
      name: 'a reminder that the customer was told',
      text: wrap('Like I said, the fee is £5. Let me know if you have questions.'),
      errors: [{ text: 'Like I said, the fee is £5.', suggestion: '' }],
    },
    {
      name: 'a bare "again" before a repeated fact',
      text: wrap('Again, the parking permit starts on the 1st. I will check it is active that morning.'),
      errors: [{ text: 'Again, the parking permit starts on the 1st.', suggestion: '' }],
    },
    {
      name: 'simplifying so the customer can keep up',
      text: wrap("I'll put it in simple terms so you can follow: the charge is a deposit. Let me know if that helps."),
      errors: [{ text: "I'll put it in simple terms so you can follow: the charge is a deposit.", suggestion: '' }],
    },
    {
      name: 'what most people spot at once',
      text: wrap(
        'The tab is next to the Watch button, which most people spot straight away. Tell me if it is missing.',
      ),
      errors: [{ text: 'The tab is next to the Watch button, which most people spot straight away.', suggestion: '' }],
    },
    {
      name: 'it was all explained already',
      text: wrap("It's all explained in the welcome pack. Let me know if anything is unclear."),
      errors: [{ text: "It's all explained in the welcome pack.", suggestion: '' }],
    },
    {
      name: 'what most users manage on their own',
      text: wrap('Most of our users figure this out on their own. The toggle is under Settings.'),
      errors: [{ text: 'Most of our users figure this out on their own.', suggestion: '' }],
    },
    {
      name: 'anyone would know it',
      text: wrap('As anyone knows, passwords are case sensitive.'),
      errors: [{ text: 'As anyone knows, passwords are case sensitive.', suggestion: '' }],
    },
    {
      name: 'it was already plain',
      text: wrap('The page clearly says the offer ends on Friday.'),
      errors: [{ text: 'The page clearly says the offer ends on Friday.', suggestion: '' }],
    },
    {
      name: 'a prerequisite presented as obvious',
      text: wrap('Of course, you need to restart it first.'),
      errors: [{ text: 'Of course, you need to restart it first.', suggestion: '' }],
    },
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
      text: wrap('This is pretty straightforward.'),
      errors: [{ text: 'This is pretty straightforward', suggestion: "Here's how" }],
    },
    {
      text: wrap("It's not difficult: open Settings and pick Backup."),
      errors: [{ text: "It's not difficult", suggestion: "Here's how" }],
    },
    {
      text: wrap("Once the app is installed, that's all there is to it."),
      errors: [{ text: "that's all there is to it", suggestion: "that's it" }],
    },
    {
      text: wrap("The button is at the top right. You can't miss it."),
      errors: [{ text: "You can't miss it", suggestion: "It's there" }],
    },
    {
      text: wrap('Surely you know where the Settings menu is?'),
      errors: [{ text: 'Surely you know where the Settings menu is', suggestion: '' }],
    },
    {
      text: wrap('Restarting is the first thing anyone should try.'),
      errors: [{ text: 'the first thing anyone should try', suggestion: 'a good first step' }],
    },
    {
      text: wrap('Let me repeat this one more time: the code expires after 10 minutes.'),
      errors: [{ text: 'Let me repeat this one more time', suggestion: 'To recap' }],
    },
    {
      text: wrap('For the third time, the refund is on its way.'),
      errors: [{ text: 'For the third time', suggestion: 'To recap' }],
    },
    {
      text: wrap('It is clearly stated in the terms that returns close after 30 days.'),
      errors: [{ text: 'clearly stated', suggestion: 'set out' }],
    },
    {
      text: wrap('As explained clearly on the help page, exports run overnight.'),
      errors: [{ text: 'As explained clearly', suggestion: 'As set out' }],
    },
    {
      text: wrap('As mentioned before, the link expires in a day.'),
      errors: [{ text: 'As mentioned before,', suggestion: 'To recap,' }],
    },
    {
      text: wrap('You have to understand that refunds take time.'),
      errors: [{ text: 'You have to understand that', suggestion: 'The reason is that' }],
    },
    {
      text: wrap("I'll explain it slowly for you."),
      errors: [{ text: "I'll explain it slowly for you", suggestion: 'Let me walk you through it' }],
    },
    {
      text: wrap("Please don't change options you don't understand."),
      errors: [{ text: "options you don't understand", suggestion: 'options that change how things work' }],
    },
    {
      text: wrap('Try to remember your password this time.'),
      errors: [
        { text: 'Try to remember your password this time', suggestion: 'Try to remember your password for next time' },
      ],
    },
    {
      text: wrap('Even my granddad could set this up.'),
      errors: [{ text: 'Even my granddad could set this up', suggestion: "It's quick to do" }],
    },
    {
      text: wrap('Anybody can do this.'),
      errors: [{ text: 'Anybody can do this', suggestion: "It's quick to do" }],
    },
    {
      text: wrap('Did you even read the manual?'),
      errors: [{ text: 'Did you even read the manual', suggestion: 'The guide covers this step' }],
    },
    {
      name: 'calling the task trivial',
      text: wrap('Pretty simple really: viewers can only read.'),
      errors: [{ text: 'Pretty simple really: viewers can only read.', suggestion: '' }],
    },
    {
      name: 'the customer should already know',
      text: wrap('2FA is two-factor authentication, you really should know this by now.'),
      errors: [{ text: '2FA is two-factor authentication, you really should know this by now.', suggestion: '' }],
    },
    {
      name: 'a "you know" tag',
      text: wrap('Passwords are case-sensitive, you know.'),
      errors: [{ text: 'Passwords are case-sensitive, you know.', suggestion: '' }],
    },
  ],
});
