import { testRule } from '../test/rule-tester';

testRule('missing-greeting', {
  valid: [
    'Hi Dana,\n\nPlease restart the router.',
    'Hello,\nPlease restart the router.',
    'Good morning Dana! Please restart the router.',
    'Dear Mr Smith,\n\nYour refund was sent today.',
    'Dana,\n\nYour refund was sent today.',
    'Thanks for reaching out! Your refund was sent today.',
    '<p>Hi Dana,</p><p>Your refund was sent today.</p>',
    '',
    '   \n\n  ',
    {
      name: 'only quoted history',
      text: 'On Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> Where is my refund?',
    },
    {
      name: "the team's own greeting counts",
      text: 'Greetings from the Acme help desk! Your refund was sent today.',
      team: { greeting: 'Greetings from the Acme help desk!' },
    },
    { name: 'a chat opened with thanks', text: 'Thanks for waiting, Freya. Yes, 3pm is fine.', channel: 'chat' },
    {
      name: 'a chat thanks without a name',
      text: 'Thank you for holding! Your parcel is at the depot.',
      channel: 'chat',
    },
    {
      name: 'a chat opener that names the person',
      text: 'Good news, Omar! The refund went out this morning.',
      channel: 'chat',
    },
    {
      name: 'a chat opener that names the person',
      text: 'Sure thing, Priya. I have moved the booking to 6pm.',
      channel: 'chat',
    },
  ],
  invalid: [
    {
      name: 'an email still wants a salutation line, even after thanks',
      text: 'Thanks for checking in. Order 5521 leaves tomorrow.',
      errors: [{ text: '', start: 0, suggestion: 'Hi there,\n\n' }],
    },
    {
      name: 'a chat answer that names a day is no greeting',
      text: 'Yes, Monday. The shop opens at nine.',
      channel: 'chat',
      errors: [{ text: '', start: 0, suggestion: 'Hi there,\n\n' }],
    },
    {
      name: 'a chat that starts with the answer',
      text: 'Your parcel is at the depot, Ana.',
      channel: 'chat',
      errors: [{ text: '', start: 0, suggestion: 'Hi there,\n\n' }],
    },
    {
      name: "the team's greeting first",
      text: 'Your refund was sent today.',
      team: { greeting: ' Greetings from the Acme help desk! ' },
      errors: [{ text: '', start: 0, suggestion: 'Greetings from the Acme help desk!\n\n' }],
    },
    {
      name: "a greeting word inside a longer word is not the team's greeting",
      text: 'Yoyos are back in stock.',
      team: { greeting: 'Yo' },
      errors: [{ text: '', start: 0, suggestion: 'Yo\n\n' }],
    },
    {
      text: 'Please restart the router and try again.',
      errors: [{ text: '', start: 0, suggestion: 'Hi there,\n\n' }],
    },
    {
      text: 'Please restart the router and try again.',
      settings: { customerFirstName: 'Dana' },
      errors: [{ text: '', start: 0, suggestion: 'Hi Dana,\n\n' }],
    },
    {
      name: 'greeting word later in the text does not count',
      text: '\n\nYour refund was sent. Hi to the team!',
      settings: { customerFirstName: '  Dana Lee ' },
      errors: [{ text: '', start: 2, suggestion: 'Hi Dana,\n\n' }],
    },
    {
      name: '"hiking" is not "hi"',
      text: 'Hiking boots are back in stock.',
      errors: [{ text: '', start: 0, suggestion: 'Hi there,\n\n' }],
    },
  ],
});
