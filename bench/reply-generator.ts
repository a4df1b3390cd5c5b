// Deterministic support replies of a given length for benchmarks: a seeded generator picks from
// sentence templates, mostly clean prose with a share of the flaws the coach looks for, so the
// timed texts exercise both the quiet path and the path that builds findings.

import { seededRandom } from '../scripts/seeded-random';

const SLOTS: Record<string, string[]> = {
  name: ['Maria', 'Tom', 'Priya', 'Jonas', 'Aisha', 'Daniel', 'Mei', 'Lucas'],
  product: [
    'the invoicing app',
    'your laptop',
    'the shared drive',
    'the mobile app',
    'your mailbox',
    'the booking page',
  ],
  feature: ['the export button', 'two-step sign-in', 'the calendar sync', 'the payment form', 'the report builder'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  time: ['10 am', 'noon', '2 pm', '4 pm', 'the end of the day'],
  minutes: ['five', 'ten', 'fifteen', 'twenty'],
  team: ['our billing team', 'the network team', 'our engineers', 'the warehouse'],
  otherTeam: ['The network team', 'The warehouse', 'Our hosting provider', 'The billing people'],
  thing: ['order', 'ticket', 'invoice', 'account', 'request'],
};

const CLEAN_SENTENCES = [
  'Thank you for letting us know about the problem with {product}.',
  'I can understand how frustrating it is when {feature} stops working in the middle of your day.',
  'I have looked into your {thing} and found what went wrong.',
  'The good news is that none of your data was lost.',
  'Here is what happened: a change we made on {day} affected {feature} for some customers.',
  'We have rolled that change back, so {feature} should work again now.',
  'Could you try again and let me know whether it works for you?',
  'If it still fails, reply to this message and I will call you before {time}.',
  'I have passed your details to {team}, and they will contact you by {day}.',
  'You do not need to do anything else on your side.',
  'Please restart {product} once so it picks up the new settings.',
  'It takes about {minutes} minutes for the change to reach every device.',
  'I have added a note to your {thing} so anyone who picks it up knows the full story.',
  'Thank you for your patience while we worked on this.',
  'I have refunded the duplicate charge, and you should see it on your statement within five working days.',
  'When you open {product}, choose Settings, then Account, and you will see the new option at the top.',
  'If you would like, I can walk you through the steps on a short call.',
  'I have checked the logs and the last successful sync was on {day} at {time}.',
  'Your files are safe, and the copy from this morning is still available.',
  'I will keep this {thing} open until you confirm everything works.',
];

const FLAWED_SENTENCES = [
  'Obviously you need to clear the cache before anything else.',
  'You must have deleted the folder yourself, because nothing on our side changed.',
  'Just flush the DNS and renew the DHCP lease.',
  'This is NOT something we can fix from here!!!',
  'As I already explained, the SMTP relay rejects that address.',
  'You will have to call {team} about this.',
  'We cannot restore files older than thirty days.',
  '{otherTeam} messed up the update again.',
  'I know exactly how you feel.',
  'It is not rocket science, simply follow the guide.',
  'Check the registry key and reset the TTL.',
  'That is not my job, open a ticket with another team.',
];

const FLAW_SHARE = 0.25;

function fill(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const options = SLOTS[slot];
    if (!options) throw new Error(`unknown template slot {${slot}}`);
    return options[Math.floor(random() * options.length)]!;
  });
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A reply of exactly `words` words (greeting and sign-off included), split into paragraphs of
 * three to five sentences. The same (words, seed) always gives the same text.
 */
export function generateReply(words: number, seed = 1): string {
  const random = seededRandom(seed * 1_000_003 + words);
  const greeting = `Hi ${fill('{name}', random)},`;
  const closing = 'Kind regards,\nSam';
  let budget = words - countWords(greeting) - countWords(closing);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let paragraphLength = 3 + Math.floor(random() * 3);

  while (budget > 0) {
    const pool = random() < FLAW_SHARE ? FLAWED_SENTENCES : CLEAN_SENTENCES;
    let sentence = fill(pool[Math.floor(random() * pool.length)]!, random);
    const length = countWords(sentence);
    if (length > budget) {
      // Cut the last sentence to fit the word budget and close it properly.
      sentence = sentence
        .split(/\s+/)
        .slice(0, budget)
        .join(' ')
        .replace(/[,.!?:;]*$/, '.');
    }
    budget -= Math.min(length, budget);
    paragraph.push(sentence);
    if (paragraph.length >= paragraphLength) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
      paragraphLength = 3 + Math.floor(random() * 3);
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return [greeting, ...paragraphs, closing].join('\n\n');
}

export const BENCH_CUSTOMER_MESSAGE =
  'This is the third time I am writing about this. The export has failed every day this week and I ' +
  'have a board meeting on Friday. I am worried the numbers are gone. Please fix it ASAP.';

export { countWords };
