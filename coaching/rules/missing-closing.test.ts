import { testRule } from '../test/rule-tester';

testRule('missing-closing', {
  valid: [
    // A signature block under a name, a dashed name, and a chat close followed by an emoji.
    'Hi Dana,\n\nYour locker is ready on floor 2.\n\nPriya Shah\nMember Services, Hive Coworking\n020 7946 0000',
    'Hi Dana,\n\nYour locker is ready on floor 2. See you soon!\n\n— Priya',
    { text: 'Hi Dana, your locker is ready on floor 2. Hope that helps! 🙂', channel: 'chat' },
    'Hi Dana,\n\nPlease restart the router.\n\nKind regards,\nSam',
    'Hi Dana,\n\nPlease restart the router.\n\nBest, Sam',
    'Hi Dana,\n\nPlease restart the router.\n\nThanks!\nSam Lee\nSupport Engineer, Acme Inc.\n+1 555 0100',
    'Hi Dana,\n\nPlease restart the router.\n\nHave a great day!',
    'Hi Dana,\n\nPlease restart the router.\n\n-- \nSam Lee\nAcme Support',
    'Hi Dana',
    // Warm closes count, from the phrase list or by their shape above a name.
    'Hi Dana,\n\nYour refund is on its way.\n\nEnjoy the rest of your week,\nSam',
    'Hi Dana,\n\nYour refund is on its way.\n\nGood luck with the move, Sam',
    'Hi Dana,\n\nYour refund is on its way.\n\nSafe travels!\nSam',
    'Hi Dana,\n\nYour refund is on its way.\n\nHope this helps,\nSam Lee\nAcme Support',
    'Hi Dana,\n\nYour refund is on its way.\n\nSpeak to you tomorrow,\nPriya',
    'Hi Dana,\n\nYour refund is on its way.\n\nWarm wishes,\nSam',
    {
      name: 'sign-off above quoted history',
      text: 'Hi Dana,\n\nPlease restart the router.\n\nCheers,\nSam\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> It is broken.\n> Thanks',
    },
    // Chat: a short closing line counts, on its own line or ending the last one.
    { text: 'Hi Mia! Breakfast is served 7 to 10:30.\nAnything else I can help with?', channel: 'chat' },
    { text: 'Hi Mia! Breakfast is served 7 to 10:30. Have a nice day!', channel: 'chat' },
    // Leaving the door open ends a chat too, with or without "me".
    { text: "hi Tom! we'll email you a reset link. shout if it doesn't arrive 👍", channel: 'chat' },
    { text: 'Hi Tom! The link is on its way. Drop us a line once you are back in.', channel: 'chat' },
    { text: 'Hi Lily! Yes, 20% off with a valid student email. Have fun!', channel: 'chat' },
    'Hi Lily,\n\nYour tickets are attached.\n\nHave fun at the show,\nNora',
    // A dashed name with a signature block below it.
    'Hi Dana,\n\nThe shop is back online.\n\n— Sam\nAcme Hosting | Support\n0800 123 456',
    // A warm close above a team name that ends in a lower-case "team".
    'Hello Fintan,\n\nDelivery to Ireland takes 3 to 4 working days.\n\nHappy shopping!\n\nThe Wool & Co team',
    'Hi Fintan,\n\nYour order ships today.\n\nThanks again,\nAcme support',
    { text: 'hey! ur old name frees up after 30 days. lmk if u need more help!', channel: 'chat' },
    {
      text: 'Hi Sam, the rider is 10 minutes away. Sorry about the wait, and thanks for bearing with us!',
      channel: 'chat',
    },
    { text: 'Hi Sam, the rider is 10 minutes away.\nCheers', channel: 'chat' },
    // An email's close at the end of the last paragraph, signed below.
    'Hi Ola,\n\nThe spare key is with reception. Thanks for bearing with us, and enjoy the rest of the week!\n\nPriya',
    'Hi Ola,\n\nThe spare key is with reception.\n\nBest wishes from the front desk team',
    // A chat's goodbye or warm wish is its closing (coaching guide, "Closing").
    { text: "Hi Ola, I've upgraded the seat to extra legroom. Enjoy!", channel: 'chat' },
    { text: 'hey, the code is reset on our side. bye for now!', channel: 'chat' },
    { text: "Hi Ola, I've swapped the size. Sorry for the mix-up and thanks for your patience!", channel: 'chat' },
    { text: 'Hi Ola, the new router should arrive Thursday. Message me here if it does not.', channel: 'chat' },
    { text: 'Hi Sam, the claim is open. Take care, and message me here if they call again.', channel: 'chat' },
    {
      name: "the team's own closing counts",
      text: 'Hi Dana,\n\nYour refund is on its way.\n\nWarm wishes from all of us at Acme\nSam',
      team: { closing: 'Warm wishes from all of us at Acme' },
    },
    {
      name: "the team's own chat closing counts",
      text: 'Hi Dana. Your refund is on its way. Speak soon from Acme!',
      channel: 'chat',
      team: { closing: 'Speak soon from Acme!' },
    },
  ],
  invalid: [
    {
      name: 'a dashed list item above contact lines is no signed name',
      text: 'Hi Dana,\n\nBring these:\n- Passport\nwww.gov.example\n0800 123 456',
      errors: [{ text: '', suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'a bare team name with no closing word is no closing',
      text: 'Hello Fintan,\n\nDelivery to Ireland takes 3 to 4 working days.\n\nThe Wool & Co team',
      errors: [{ text: '', suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'a chat that stops after a shout at the customer is no closing',
      text: 'Hi Tom. Your link expired because you waited too long to shout.',
      channel: 'chat',
      errors: [{ text: '', suggestion: ' Anything else I can help with?' }],
    },
    {
      name: 'a list at the end of an email is no signature block',
      text: 'Hi Ola,\n\nPlease bring these on the day:\n\nPhoto ID\nProof of Address',
      errors: [{ text: '', suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'an email that ends on a question above the name still wants its close',
      text: 'Hi Ola,\n\nThe spare key is with reception. Any other questions?\n\nPriya',
      errors: [{ text: '', suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'a chat that just stops after its last fact has no closing',
      text: 'Hi Kayla. Overtime only gets paid once your manager approves it.',
      channel: 'chat',
      errors: [{ text: '', start: 64, suggestion: ' Anything else I can help with?' }],
    },
    {
      name: 'in a chat, a conditional offer is a next step, not a closing line',
      text: 'No problem! If it drops again, message us here.',
      channel: 'chat',
      errors: [{ text: '', start: 47, suggestion: ' Anything else I can help with?' }],
    },
    {
      name: 'the same short line is no sign-off in an email',
      text: 'Hi Mia,\n\nBreakfast is served 7 to 10:30.\nAnything else I can help with?',
      errors: [{ text: '', suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'signed with a bare name: the close goes above the name',
      text: 'Hi Dana,\n\nYour refund is on its way and should arrive by Friday.\n\nSam',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 66, suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'a bare team name is not a close either',
      text: 'Hi Dana,\n\nYour refund is on its way and should arrive by Friday.\n\nAcme Support Team',
      errors: [{ text: '', start: 66, suggestion: 'Kind regards,\n' }],
    },
    {
      name: 'the last item of a list is not a name',
      text: 'Hi Dana,\n\nTo fix it:\nOpen Settings,\nChoose Backup',
      errors: [{ text: '', start: 49, suggestion: '\n\nKind regards,' }],
    },

    {
      text: 'Hi Dana,\n\nPlease restart the router.',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 36, suggestion: '\n\nKind regards,\nSam' }],
    },
    {
      text: 'Hi Dana,\n\nPlease restart the router.',
      errors: [{ text: '', start: 36, suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'thanks at the start is not a sign-off',
      text: 'Thanks for the report.\nI will fix it now.\nThe update goes out today.',
      errors: [{ text: '', suggestion: '\n\nKind regards,' }],
    },
    {
      name: 'closing goes above the quoted history',
      text: 'Hi Dana,\n\nThe fix is live.\n\nOn Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:\n> It is broken.\n> Kind regards, Dana',
      settings: { agentName: 'Sam' },
      errors: [{ text: '', start: 26, suggestion: '\n\nKind regards,\nSam' }],
    },
    {
      name: "the team's closing first, with the agent's name",
      text: 'Hi Dana,\n\nYour refund was sent today.',
      settings: { agentName: 'Sam' },
      team: { closing: ' Warm wishes from all of us at Acme ' },
      errors: [{ text: '', suggestion: '\n\nWarm wishes from all of us at Acme\nSam' }],
    },
    {
      name: "the team's closing above a signed name",
      text: 'Hi Dana,\n\nYour refund was sent today.\n\nSam',
      team: { closing: 'Warm wishes,' },
      errors: [{ text: '', suggestion: 'Warm wishes,\n' }],
    },
    {
      name: "the team's chat closing first",
      text: 'Hi Dana. Your refund was sent today.',
      channel: 'chat',
      team: { closing: 'Speak soon from Acme!' },
      errors: [{ text: '', suggestion: ' Speak soon from Acme!' }],
    },
    {
      name: 'a closing word inside a longer word is not the team closing',
      text: 'Hi Dana,\n\nThe fix is in the new storage array',
      team: { closing: 'Ray' },
      errors: [{ text: '', suggestion: '\n\nRay' }],
    },
  ],
});
