import { describe, expect, it } from 'vitest';
import { showsUpsettingSituation } from './situations';

// The coaching guide's situations that upset a customer without a feeling word, and the raised
// voice; then calm messages that use the same words for something ordinary.
const UPSETTING: [string, string][] = [
  ['repeated contact', "This is the third email I've sent about the invoice."],
  ['a repeated failure', 'The printer jams every time I print double-sided.'],
  ['repeated effort', "I've tried three different cables."],
  ['repeated contact, already', 'I already reported this on Monday.'],
  ['nobody answered', 'Nobody replied to the form I filled in.'],
  ['a long wait', "I've been waiting for two weeks for the replacement card."],
  ['a long spell', 'The site has been slow for the past week.'],
  ['a delay', 'My parcel is delayed.'],
  ['a late arrival', 'The engineer was an hour late.'],
  ['never arrived', "The router hasn't arrived."],
  ['a double charge', 'I was double charged for March.'],
  ['a charge taken twice', 'You took the payment twice.'],
  ['an overcharge', 'I think I was overcharged on the last bill.'],
  ['a cancellation done to the customer', 'My flight to Lisbon was cancelled.'],
  ['a cancellation by the company', 'You cancelled my order without a word.'],
  ['lost work', 'I lost two hours of edits when the page reloaded.'],
  ['work gone', 'All my photos are gone after the update.'],
  ['a deadline at stake', 'The report is due and I have a deadline at five.'],
  ['money at stake', "I've lost £300 this month because of the tax code."],
  ['money at stake, business', "We're losing sales while checkout is down."],
  ['a tight budget', "We're on a tight budget this month."],
  ['an intensifier', 'The new layout is extremely hard to read.'],
  ['a demand', 'I want my money back.'],
  ['a demand with an exclamation', 'Fix it!'],
  ['a threat', "Refund me or I'll cancel my subscription."],
  ['legal action', 'I will be talking to my solicitor.'],
  ['capitals', 'The app logs me out EVERY MORNING.'],
  ['capitals beyond a hurry word', 'I NEED THIS NOW.'],
  ['repeated marks', 'Where is my order??'],
];

const CALM: [string, string][] = [
  ['a plain question', 'How do I change my avatar?'],
  ['a lost object, not lost work', 'Which charger do I need for the Z5? Lost the original.'],
  ["the customer's own cancellation", 'I cancelled my plan yesterday. Can I get a refund?'],
  ['an ordinary charge', 'I was charged in euros but I live in the UK.'],
  ['an ordinary wish', "I don't use the app anymore. Please close my account."],
  ['lost work denied', "I haven't lost any files, I just want to move them."],
  ['no delay', 'There is no delay on my side; send it whenever.'],
  ['thanks again', 'Thanks again for the help last week.'],
  ['a name, not a lawsuit', 'Hi, Sue from accounts here. Could you resend the invoice?'],
  ['a second device', 'Can I use my licence on a second laptop?'],
  ['an acronym, not a raised voice', 'Does the PDF export work with SSO?'],
  ['hurry in capitals, which asks for speed', 'Need to move my booking to Friday NOW, I travel tomorrow.'],
  ['quoted history is not the customer speaking', 'Thanks, that worked.\n\nOn Monday, Sam wrote:\n> Fix it!'],
];

describe('showsUpsettingSituation', () => {
  it.each(UPSETTING)('finds %s', (_name, message) => {
    expect(showsUpsettingSituation(message)).toBe(true);
  });
  it.each(CALM)('leaves %s alone', (_name, message) => {
    expect(showsUpsettingSituation(message)).toBe(false);
  });
  it('reads nothing in an empty message', () => {
    expect(showsUpsettingSituation('')).toBe(false);
  });
});
