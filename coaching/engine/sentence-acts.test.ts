import { describe, expect, it } from 'vitest';
import { isClosingSentence, offersNextStep, readSentence, type Actor, type SentenceAct } from './sentence-acts';

const READINGS: [string, SentenceAct, Actor, boolean][] = [
  ['Clear the cache and sign in again.', 'instruction', 'customer', false],
  // A modal with its "not" written in is still a refusal, not a commitment.
  ['We cannot extend the trial this month.', 'commitment', 'agent', true],
  // Times ahead said with number words, clock times and ends of periods; a rule's window is no time ahead.
  ['The new badge should reach you within three working days.', 'expectation', 'other', false],
  ['The fitter is running late and should be there by 4:15.', 'expectation', 'other', false],
  ['The deposit is due by the end of the week.', 'expectation', 'other', false],
  ['Vouchers are only valid within 60 days.', 'statement', 'none', false],
  // A condition with no comma before the agent's offer; a remedy said with a gerund subject.
  ['If you send me the serial number I can book the repair.', 'conditional-offer', 'agent', false],
  ['Unpairing the speaker first should fix the echo.', 'instruction', 'customer', false],
  // A resource handed over with its purpose; a state still ahead is something to expect.
  ["Here's the form to claim the deposit back.", 'instruction', 'customer', false],
  ['The permit goes live the same day.', 'expectation', 'none', false],
  ['Please raise a ticket with them and include your workspace ID.', 'instruction', 'customer', false],
  ["Don't unplug it while it updates.", 'instruction', 'customer', true],
  ['You can switch in the app under Account.', 'instruction', 'customer', false],
  ['For refunds older than 3 days you will need to email our payments team.', 'instruction', 'customer', false],
  ['If it happens again, reply here.', 'conditional-offer', 'customer', false],
  ["If you reply with the account details, I'll send the payment today.", 'conditional-offer', 'agent', false],
  ['Reply here if it happens again.', 'instruction', 'customer', false],
  ["I'll email you by Friday.", 'commitment', 'agent', false],
  ["I've passed this to our billing team.", 'commitment', 'agent', false],
  // What the customer asked for, handed over: the request is met.
  ["I've attached a PDF copy of your contract to this email.", 'resolved', 'agent', false],
  ['We have enclosed the signed form.', 'resolved', 'agent', false],
  ["We haven't attached the form yet.", 'statement', 'none', true],
  ["We won't be refunding it.", 'statement', 'none', true],
  ["I'll be honest, that's odd.", 'statement', 'none', false],
  ['I can understand how frustrating this must be.', 'statement', 'none', false],
  ['I can only imagine how stressful the wait has been.', 'statement', 'none', false],
  ["I've refunded the £6 to your print account.", 'resolved', 'agent', false],
  ['Your booking has been updated accordingly.', 'resolved', 'none', false],
  ['Our courier will collect it tomorrow.', 'expectation', 'other', false],
  ['You should receive it within 5 business days.', 'expectation', 'customer', false],
  ['Requests by phone will no longer be accepted.', 'expectation', 'other', true],
  ['Could you confirm the new address?', 'question', 'customer', false],
  ['Forgetting your PIN again?', 'statement', 'customer', false],
  ['Did you even read the email?', 'statement', 'customer', false],
  ['Anything else I can help with?', 'closing', 'agent', false],
  ['Have a nice day!', 'closing', 'agent', false],
  ["Don't worry about it.", 'statement', 'customer', true],
  ["We don't ship outside the EU.", 'statement', 'none', true],
  ['Check-in is at 3pm.', 'statement', 'none', false],
  ["I'm sorry you had to call four times.", 'statement', 'none', false],
  ['If you don’t like our fees, there are other airlines.', 'statement', 'none', false],
];

describe('readSentence', () => {
  it.each(READINGS)('%s → %s by %s', (sentence, act, actor, negated) => {
    expect(readSentence(sentence)).toMatchObject({ act, actor, negated });
  });
});

describe('offersNextStep', () => {
  it.each([
    ['Take care, and message me here if they keep calling.', true],
    ["I've chased the offer myself and it'll be with you by Friday the 21st.", true],
    ['Your engineer visit is booked for Tuesday between 8am and noon.', true],
    ['The sync was never going to work offline, was it?', false],
    ['The balance was sent by cheque on 20 February.', false],
    ['Verification letters take 3 working days, we can’t do same-day.', false],
    ['Thanks!', false],
  ])('%s → %s', (sentence, expected) => {
    expect(offersNextStep(sentence)).toBe(expected);
  });

  // Coaching guide, "Next step": in a chat, a plain statement that it is sorted closes the matter.
  it.each([
    ['The voucher is in your account now.', true, false],
    ['Your table is confirmed for 8pm.', true, false],
    ['The kettle is back in stock.', true, false],
    ['The payment went through this morning.', true, false],
    ['The app now remembers your language.', true, false],
    ["Hi Ola, yes, we're open on bank holidays.", true, false],
    ['The pre-authorisation was only a hold and disappears in 2 days.', true, true],
    ['The van is a few minutes away.', true, true],
    ["Yes, but we can't post it abroad.", false, false],
    ['The order left the warehouse on Monday.', false, false],
    ['The fault is back for some users again.', false, false],
  ])('chat: %s → %s (email: %s)', (sentence, chat, email) => {
    expect(offersNextStep(sentence, 'chat')).toBe(chat);
    expect(offersNextStep(sentence, 'email')).toBe(email);
  });
});

describe('isClosingSentence', () => {
  it.each([
    ['Thanks!', true],
    ['Cheers', true],
    ['lmk if u need more help!', true],
    ['Sorry about the hassle, and thanks for bearing with us!', true],
    ['Safe travels, see you tomorrow!', true],
    ['Enjoy!', true],
    ['Bye for now!', true],
    ["You're very welcome!", true],
    ['Happy baking!', true],
    ['Apologies again and thanks for your patience!', true],
    ['Thanks for sticking with me on this one.', true],
    ['Give me a shout if the light keeps blinking.', false],
    ['Message me here if the light keeps blinking.', true],
    ['Let me know how the new filter works out.', true],
    ['Enjoying the new app is easy once you have signed in with the code we sent you by text message.', false],
    ['If it drops again, message us here.', false],
    ['Next slot is Tuesday 8am-12pm, want it?', false],
    ["I'll send someone up.", false],
  ])('%s → %s', (sentence, expected) => {
    expect(isClosingSentence(sentence)).toBe(expected);
  });
});
