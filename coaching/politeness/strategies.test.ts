import { describe, expect, it } from 'vitest';
import { politenessFeatures } from './index';
import { scan } from './scan';
import { MAX_PHRASE_WORDS, STRATEGIES, STRATEGY_IDS, type StrategyId } from './strategies';

function fired(text: string): StrategyId[] {
  return politenessFeatures(text).map((feature) => feature.id);
}

/** Per strategy: texts where it must fire, and near misses where it must not. */
const CASES: Record<StrategyId, { valid: string[]; invalid: string[] }> = {
  gratitude: {
    valid: [
      'Thanks for the quick reply.',
      'I really appreciate your patience.',
      'We are grateful you told us.',
      'Much obliged for the logs.',
    ],
    invalid: ['Thanksgiving orders ship on Monday.', 'No need to reply.'],
  },
  deference: {
    valid: ['Great catch on the invoice date.', 'Good point, that setting is hidden.', 'Nice work so far.'],
    invalid: ['The export looks great now.', 'Good morning, Sam.', 'Good news: the refund went out.'],
  },
  greeting: {
    valid: ['Hi Maria, the order shipped.', 'Hello there.', 'Good morning, Tom.', 'Dear Priya,'],
    invalid: ['They said hi to the team.', 'This is the high tier.', 'Say hello to the new dashboard.'],
  },
  apology: {
    valid: [
      "I'm sorry about the delay.",
      'We apologise for the trouble.',
      'Oops, wrong link.',
      'Excuse me, one more thing.',
      'My bad, I sent the old file.',
    ],
    invalid: ['The apologetics course is full.', 'Please ignore the formatting below.'],
  },
  please: {
    valid: ['Could you please restart the app?', 'Send the receipt, please.'],
    invalid: ['Please restart the app.', 'We were pleased with the result.'],
  },
  pleaseStart: {
    valid: ['Please restart the app.', 'Kindly send the receipt.'],
    invalid: ['Could you please restart the app?', 'We aim to please.'],
  },
  byTheWay: {
    valid: ['By the way, your plan renews in May.', 'Btw, the link is fixed.'],
    invalid: ['Stand by the door.', 'That is the way to do it.'],
  },
  indirectRequest: {
    valid: [
      'I was wondering if you could check the logs.',
      'Would it be possible to send a screenshot?',
      'Do you mind trying once more?',
      'When you get a chance, reply with the order number.',
    ],
    invalid: ['You can check the logs.', 'It is possible that the cache is stale.', 'Mind the gap.'],
  },
  counterfactualModal: {
    valid: ['Could you send the file?', 'Would you try again?', 'Which one would you like?'],
    invalid: ['You could send the file.', 'Would your team agree?', 'It could be the cache.'],
  },
  indicativeModal: {
    valid: ['Can you send the file?', 'Will you be at the meeting?', 'Are you able to log in?'],
    invalid: ['You can send the file.', 'You will get an email.', 'Can your team help?'],
  },
  hedge: {
    valid: ['I think the cache is stale.', 'Maybe the link expired.', 'It seems to be fixed.', 'It is sort of slow.'],
    invalid: ['The cache is stale.', 'This is a thoughtless reply.', 'What type is it?'],
  },
  factuality: {
    valid: [
      'In fact, the order shipped.',
      'Actually, it works.',
      'Obviously the file is wrong.',
      'The fact is it broke.',
    ],
    invalid: ['The factory shipped it.', 'The order shipped.', 'Those facts are in the report.'],
  },
  directQuestion: {
    valid: ['Why did you delete it?', 'What is your order number?', "What's the error?"],
    invalid: ['Tell me why it failed.', 'That is what we need.', 'Whatever works for you.'],
  },
  directStart: {
    valid: ['So did you restart it?', 'But the file is missing.', 'And then it crashed.'],
    invalid: ['It is so slow.', 'Sonos speakers are supported.', 'Andrea will call you.'],
  },
  firstPersonStart: {
    valid: ['I checked your account.', "I've sent the refund.", 'My team is on it.'],
    invalid: ['It is fixed.', 'Ideally it runs at noon.', 'Ideas are welcome.'],
  },
  firstPerson: {
    valid: ['Yesterday I checked your account.', 'Let me know.', 'That was my mistake.'],
    invalid: ['I checked your account.', 'Item is in stock.', 'Mystery solved.'],
  },
  firstPersonPlural: {
    valid: ['We fixed it.', 'Our team is on it.', "Let's try again."],
    invalid: ['Web orders are open.', 'The USB cable is in the box.', 'Usage is capped at ten seats.'],
  },
  secondPersonStart: {
    valid: ['You can log in now.', "You're all set.", 'Your refund went out.'],
    invalid: ['Thank you for waiting.', 'Young customers love it.', 'Youth plans are cheaper.'],
  },
  secondPerson: {
    valid: ['Thank you for waiting.', 'I sent your refund.', 'If you like, I can call.'],
    invalid: ['You can log in now.', 'Young customers love it.', 'The youth plan is cheaper.'],
  },
  positiveLexicon: {
    valid: ['That is a great idea.', 'Glad it works.', 'Hopefully it helps.'],
    invalid: ['The order shipped.', 'Goodwin will call you.'],
  },
  negativeLexicon: {
    valid: ['That is a stupid question.', 'Your setup is wrong.', 'This is ridiculous.'],
    invalid: ['I know this is frustrating.', 'The error is on our side.', 'The wrongful charge was reversed.'],
  },
};

describe('politeness strategies', () => {
  it('has a table of cases for every strategy', () => {
    expect(Object.keys(CASES).sort()).toEqual([...STRATEGY_IDS].sort());
  });

  for (const id of STRATEGY_IDS) {
    describe(id, () => {
      for (const text of CASES[id].valid) {
        it(`fires on ${JSON.stringify(text)}`, () => expect(fired(text)).toContain(id));
      }
      for (const text of CASES[id].invalid) {
        it(`stays quiet on ${JSON.stringify(text)}`, () => expect(fired(text)).not.toContain(id));
      }
    });
  }

  it('ids are unique and the bit masks fit in 31 bits', () => {
    expect(new Set(STRATEGY_IDS).size).toBe(STRATEGY_IDS.length);
    expect(STRATEGY_IDS.length).toBeLessThanOrEqual(31);
  });

  // Every phrase must be reachable: written as the scanner tokenises it, and matching where its list says.
  for (const strategy of STRATEGIES) {
    const lists = strategy as { anywhere?: readonly string[]; start?: readonly string[]; notStart?: readonly string[] };
    it(`${strategy.id}: every phrase is one lower-case token sequence that matches`, () => {
      for (const [position, phrases] of [
        ['anywhere', lists.anywhere],
        ['start', lists.start],
        ['notStart', lists.notStart],
      ] as const) {
        for (const phrase of phrases ?? []) {
          const words = phrase.split(' ');
          expect(words.length).toBeLessThanOrEqual(MAX_PHRASE_WORDS);
          expect(phrase).toBe(phrase.toLowerCase().trim());
          const scanned = scan(phrase);
          expect(scanned.tokenCount, phrase).toBe(words.length);
          const text = position === 'notStart' ? `ok ${phrase} ok` : `${phrase} ok`;
          expect(fired(text), `${position} "${phrase}"`).toContain(strategy.id);
          if (position === 'start')
            expect(fired(`ok ${phrase} ok`), `"${phrase}" mid-sentence`).not.toContain(strategy.id);
          if (position === 'notStart')
            expect(fired(`${phrase} ok`), `"${phrase}" at the start`).not.toContain(strategy.id);
        }
      }
    });
  }
});
