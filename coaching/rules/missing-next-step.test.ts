import { testRule } from '../test/rule-tester';

testRule('missing-next-step', {
  valid: [
    'Hi Dana,\n\nI have reset your password and unlocked the account. Could you try logging in and let me know if it works?\n\nBest,\nSam',
    "Hi Dana,\n\nI have passed the logs to our engineers. I'll email you an update by Friday with what they find.\n\nBest,\nSam",
    'Hi Dana,\n\nYour refund was issued this morning. You should receive it within 5 business days in your account.\n\nBest,\nSam',
    'Hi Dana,\n\nWhich browser were you using when the page went blank for the third time this week?\n\nBest,\nSam',
    'Hi Dana,\n\nDone!\n\nBest,\nSam',
    // What happens next, said in other ways.
    'Hi Dana,\n\nThe courier will collect the old unit when they deliver the new one.\n\nBest,\nSam',
    'Hi Dana,\n\nYour engineer visit is booked for Tuesday between 8am and noon.\n\nBest,\nSam',
    'Hi Dana,\n\nThe replacement card is on its way to your home address.\n\nBest,\nSam',
    'Hi Dana,\n\nWe restored the folder, so give it a try and tell me if anything is missing.\n\nBest,\nSam',
    'Hi Dana,\n\nYour new plan starts on 1 July at the same price.\n\nBest,\nSam',
    // A question the customer can answer keeps the conversation going.
    'Hi Dana,\n\nWhich browser are you using? That will help me narrow it down.\n\nBest,\nSam',
    "Hi Dana,\n\nI've moved your delivery to the afternoon slot on the same address. Sound good?\n\nBest,\nSam",
    // The coaching guide: an instruction, a conditional offer or a handoff is a next step.
    'Hi Dana,\n\nPlease restart the router, then open the app and sign in with your usual password.',
    'Hi Dana,\n\nPlans are handled by sales, so reach out to them at sales@example.com for a quote.\n\nBest,\nSam',
    'Hi Dana,\n\nThe sync is back to normal now. If it happens again, reply here.\n\nBest,\nSam',
    "Hi Dana,\n\nI've asked the courier to collect the parcel from your neighbour.\n\nBest,\nSam",
    'Hi Dana,\n\nRequests for a new card must be made through the app under Cards.\n\nBest,\nSam',
    'hi, the items come to your mailbox within 24h. if they not arrive pls message us again and we check',
    { text: 'Hi Dana! Clear the cache and sign in again. Cheers', channel: 'chat' },
    // In a chat, saying it is sorted is the next step (coaching guide, "Next step").
    {
      text: 'Hi Ola, the duplicate booking is cancelled and the refund went through. Have a good evening!',
      channel: 'chat',
    },
    { text: 'Hey Ola, the receipt is in your inbox now. Take care!', channel: 'chat' },
    // The document the customer asked for, handed over: nothing is left to expect.
    "Hi Dana,\n\nI've attached a PDF copy of your contract to this email.\n\nBest,\nSam",
    'Hi Dana,\n\nAs you asked, we have enclosed the signed lease with this letter.\n\nBest,\nSam',
    { text: 'Hi Ola, yes, the pool stays open until 10pm on Saturdays. Enjoy your stay!', channel: 'chat' },
    { text: 'Hi Ola, that pending charge is only a hold and drops off within 5 days. Thanks!', channel: 'chat' },
  ],
  invalid: [
    {
      name: 'in a chat a refusal with a goodbye still leaves nothing to do',
      text: 'Hi Ola, the warranty does not cover a cracked screen. Have a good evening!',
      channel: 'chat',
      errors: [{ text: '', suggestion: '\n\nCould you try it now and let me know whether it works?' }],
    },
    {
      name: 'in an email the same plain statement asks for a next step',
      text: 'Hi Ola,\n\nThe receipt is in your inbox now, next to the booking confirmation.\n\nBest,\nSam',
      errors: [{ text: '', suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'a short refusal still needs a way forward',
      text: 'Hi Dana,\n\nWe no longer sell paper gift cards.\n\nBest,\nSam',
      errors: [{ text: '', start: 47, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'a mocking question is not a question to answer',
      text: 'Hi Dana,\n\nForgetting your password again? The reset link is on the login page.\n\nBest,\nSam',
      errors: [{ text: '', start: 80, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'neither is a tag question',
      text: 'Hi Dana,\n\nThe sync was never going to work offline, was it? It needs a connection.\n\nBest,\nSam',
      errors: [{ text: '', start: 84, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'a past fact with a date is not something to expect',
      text: 'Hi Dana,\n\nThe balance was sent by cheque to your address on 20 February.\n\nBest,\nSam',
      errors: [{ text: '', start: 74, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'signed with a bare name: the question goes above the name',
      text: 'Hi Dana,\n\nThe duplicate payment came from a bank error.\n\nSam',
      errors: [{ text: '', start: 57, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'a promise withdrawn is no commitment',
      text: "Hi Dana,\n\nRefunds are only possible within 30 days, so we won't be refunding it.\n\nBest,\nSam",
      errors: [{ text: '', start: 82, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      text: 'Hi Dana,\n\nThe export failed because the file was too large for the importer to handle.\n\nBest,\nSam',
      errors: [{ text: '', start: 88, suggestion: 'Could you try it now and let me know whether it works?\n\n' }],
    },
    {
      name: 'a refusal that stops, with no sign-off: the question goes at the end',
      text: 'Hi Dana,\n\nWe are not able to change plans in the middle of a billing cycle.',
      errors: [{ text: '', suggestion: '\n\nCould you try it now and let me know whether it works?' }],
    },
  ],
});
