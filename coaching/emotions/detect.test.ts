import { describe, expect, it } from 'vitest';
import type { EmotionId } from '../types';
import { REPORT_THRESHOLD, detectEmotions } from './detect';

interface EmotionCase {
  message: string;
  emotion: EmotionId;
  /** Texts that must be among the evidence spans. */
  evidence: string[];
}

const CASES: EmotionCase[] = [
  {
    message: 'This is unacceptable. Your support is useless and I want a refund NOW!!!',
    emotion: 'angry',
    evidence: ['unacceptable', 'useless'],
  },
  { message: "I'm furious. You charged me twice and nobody cares.", emotion: 'angry', evidence: ['furious'] },
  {
    message: 'What is wrong with you people? I will be contacting my lawyer.',
    emotion: 'angry',
    evidence: ['What is wrong with you', 'lawyer'],
  },
  {
    message: "This is the third time I'm writing about this and it's still not working.",
    emotion: 'frustrated',
    evidence: ['third time', 'still not working'],
  },
  {
    message: "I'm so fed up. I've already tried everything you suggested.",
    emotion: 'frustrated',
    evidence: ['fed up', "I've already tried everything"],
  },
  {
    message: 'The app keeps crashing, how many times do I have to report it?',
    emotion: 'frustrated',
    evidence: ['keeps crashing', 'how many times'],
  },
  {
    message: "I don't understand what you mean by clearing the cache.",
    emotion: 'confused',
    evidence: ["I don't understand"],
  },
  {
    message: 'What does DNS stand for? I am totally lost.',
    emotion: 'confused',
    evidence: ['What does DNS stand for', 'I am totally lost'],
  },
  { message: "Sorry, I'm really confused about which plan I'm on.", emotion: 'confused', evidence: ['confused'] },
  {
    message: "I'm really worried that I've lost all my photos.",
    emotion: 'anxious',
    evidence: ['worried', 'lost all my photos'],
  },
  {
    message: 'My thesis deadline is tomorrow and I am panicking, is my data safe?',
    emotion: 'anxious',
    evidence: ['deadline', 'panicking', 'is my data safe'],
  },
  {
    message: "I'm scared I will get fired if this report doesn't go out.",
    emotion: 'anxious',
    evidence: ['scared', 'get fired'],
  },
  {
    message: 'I have a meeting in 10 minutes, please just fix it ASAP.',
    emotion: 'hurried',
    evidence: ['meeting in 10 minutes', 'ASAP'],
  },
  {
    message: "This is urgent, I don't have time for back and forth.",
    emotion: 'hurried',
    evidence: ['urgent', "don't have time"],
  },
  { message: "I'm in a hurry, what's the quickest fix?", emotion: 'hurried', evidence: ['in a hurry'] },
  {
    message: 'Sorry to bother you again, but the export is empty.',
    emotion: 'apologetic',
    evidence: ['Sorry to bother'],
  },
  {
    message: 'My mistake, I accidentally deleted the folder myself.',
    emotion: 'apologetic',
    evidence: ['My mistake', 'I accidentally'],
  },
  {
    message: 'Apologies for the silly question, how do I add a user?',
    emotion: 'apologetic',
    evidence: ['Apologies for the silly'],
  },
  // More ways each emotion gets said.
  {
    message: "Absolutely disgusted. Your company is a complete farce and I'll be leaving a one-star review.",
    emotion: 'angry',
    evidence: ['is a complete farce', 'leaving a one-star review'],
  },
  {
    message: "I'm done with you. I want a full refund today.",
    emotion: 'angry',
    evidence: ["I'm done with you", 'want a full refund today'],
  },
  {
    message: "I'm at the end of my tether with this printer.",
    emotion: 'frustrated',
    evidence: ['at the end of my tether'],
  },
  {
    message: "Second replacement in a row and it's still flickering.",
    emotion: 'frustrated',
    evidence: ['Second replacement in a row', 'still flickering'],
  },
  {
    message: "This keeps timing out, it's driving me round the bend.",
    emotion: 'frustrated',
    evidence: ['keeps timing out', 'driving me round the bend'],
  },
  {
    message: "Honestly, we're going round in circles here.",
    emotion: 'frustrated',
    evidence: ['going round in circles'],
  },
  { message: 'The guide lost me at step three.', emotion: 'confused', evidence: ['The guide lost me'] },
  { message: "I'm not sure which option to pick.", emotion: 'confused', evidence: ["I'm not sure which"] },
  {
    message: 'Am I going to be in trouble with the tax office?',
    emotion: 'anxious',
    evidence: ['Am I going to be in trouble'],
  },
  {
    message: 'My hands are shaking, someone has accessed my account.',
    emotion: 'anxious',
    evidence: ['shaking', 'someone has accessed'],
  },
  { message: 'Quick, which cable do I need?', emotion: 'hurried', evidence: ['Quick'] },
  {
    message: 'The webinar starts in 5 minutes and my mic is dead.',
    emotion: 'hurried',
    evidence: ['starts in 5 minutes'],
  },
  {
    message: "Oops, I think I've mixed up the two orders.",
    emotion: 'apologetic',
    evidence: ['Oops', "I've mixed up"],
  },
  {
    message: 'I hate to bother you, but the invoice is missing.',
    emotion: 'apologetic',
    evidence: ['hate to bother you'],
  },
  { message: 'So sorry, I sent the wrong file.', emotion: 'apologetic', evidence: ['So sorry'] },
  // Plain emotion words in their other forms, hashtags and intensifiers included.
  { message: "I'm really upset about how this was handled.", emotion: 'frustrated', evidence: ['upset'] },
  { message: 'Honestly this made me so mad.', emotion: 'angry', evidence: ['made me so mad'] },
  { message: 'Every reply from you makes me angrier.', emotion: 'angry', evidence: ['angrier'] },
  { message: 'It frustrates me that the app logs me out.', emotion: 'frustrated', evidence: ['frustrates'] },
  { message: 'Lost bag, no updates. #NotHappy', emotion: 'frustrated', evidence: ['NotHappy'] },
  { message: 'That landing was scary, the cabin lights went out.', emotion: 'anxious', evidence: ['scary'] },
  // Situations that upset a customer without a feeling named (coaching guide).
  { message: 'You charged me twice for one order.', emotion: 'frustrated', evidence: ['charged me twice'] },
  {
    message: 'My flight tomorrow has been cancelled. What are my options?',
    emotion: 'frustrated',
    evidence: ['has been cancelled'],
  },
  {
    message: 'I have been waiting 11 days for a reply.',
    emotion: 'frustrated',
    evidence: ['have been waiting 11 days'],
  },
  {
    message: "Hi again, the refund you promised still hasn't appeared.",
    emotion: 'frustrated',
    evidence: ['Hi again', "still hasn't"],
  },
  { message: 'Your update broke our build. Again.', emotion: 'frustrated', evidence: ['Again'] },
  // Upset without emotion words: a problem that has lasted, a fix tried more than once.
  {
    message: 'The camera feed has been blank for three days now.',
    emotion: 'frustrated',
    evidence: ['for three days now'],
  },
  { message: 'I reinstalled the printer driver twice and it still jams.', emotion: 'frustrated', evidence: [] },
  { message: 'My parcel was marked delivered 5 days ago but nothing came.', emotion: 'frustrated', evidence: [] },
  { message: 'need the letter TODAY for a viewing at 4, pls', emotion: 'hurried', evidence: ['need the letter TODAY'] },
];

describe('detectEmotions', () => {
  for (const test of CASES) {
    it(`${test.emotion}: ${test.message}`, () => {
      const found = detectEmotions(test.message).find((emotion) => emotion.id === test.emotion);
      expect(found, JSON.stringify(detectEmotions(test.message))).toBeDefined();
      expect(found!.confidence).toBeGreaterThan(0);
      expect(found!.confidence).toBeLessThanOrEqual(1);
      const texts = found!.evidence.map((span) => span.text);
      for (const expected of test.evidence) expect(texts).toContain(expected);
      for (const span of found!.evidence) expect(test.message.slice(span.start, span.end)).toBe(span.text);
    });
  }

  it.each([
    'Thanks so much, everything works perfectly now!',
    'Could you send me a copy of my last invoice?',
    "Hi, I'd like to change the email address on my account to dana@example.com.",
    'Great job on the new release, the dashboard looks lovely.',
    'Thanks again for the quick fix yesterday!',
    'Wow, that was quick! Thanks again!',
    'Could you try the export again tomorrow?',
    "I've had this laptop for five weeks and love it.",
    "We've been members for two years now and the classes are great.",
    'Amazing service, again!',
    "Every time I fly with you I'm delighted.",
    'Still not over it, what a view from the window seat.',
    '',
    '   ',
  ])('finds no emotion in a calm or positive message: %j', (message) => {
    expect(detectEmotions(message)).toEqual([]);
  });

  it.each([
    ["I'm not angry, just curious how billing works.", 'angry'],
    ['No rush at all, whenever you get a chance.', 'hurried'],
    ["I'm not worried about it, just letting you know.", 'anxious'],
    ['Not urgent: the logo looks slightly blurry.', 'hurried'],
    ["I'm not upset, just asking when the parcel ships.", 'frustrated'],
    ['Not mad at all, these things happen.', 'angry'],
  ] as const)('respects negation: %j is not %s', (message, emotion) => {
    expect(detectEmotions(message).map((found) => found.id)).not.toContain(emotion);
  });

  it.each([
    ['Sorry, but this is simply unacceptable.', 'apologetic'],
    ["I'm sorry to say the update broke my sync.", 'apologetic'],
    ['I lost my keys and cannot get into the office, where do I collect a spare?', 'confused'],
    ["I don't know how much the upgrade costs.", 'confused'],
    ["I'm still not sure what the difference is.", 'frustrated'],
    ['The app keeps saying my trial ends soon. Can I extend it?', 'frustrated'],
  ] as const)('does not read %j as %s', (message, emotion) => {
    expect(detectEmotions(message).map((found) => found.id)).not.toContain(emotion);
  });

  it('ranks the stronger emotion first', () => {
    const emotions = detectEmotions('I am furious and fed up, this is unacceptable. Sorry for the caps.');
    expect(emotions[0]!.id).toBe('angry');
  });

  it('ignores quoted earlier messages in the customer text', () => {
    const message =
      'Thanks, that worked.\n\nOn Mon, 3 Jun 2024 at 10:02, Sam <sam@example.com> wrote:\n> Are you still furious and fed up?';
    expect(detectEmotions(message)).toEqual([]);
  });

  it('reads an emotion the cues miss with the model, and shows its strongest words', () => {
    const message = 'Why would anyone ever trust these people with their money? Pathetic.';
    const angry = detectEmotions('I hate this so much, you guys are the worst.').find((found) => found.id === 'angry');
    expect(angry).toBeDefined();
    expect(angry!.evidence.some((span) => span.text.includes('hate'))).toBe(true);
    for (const found of detectEmotions(message))
      for (const span of found.evidence) expect(message.slice(span.start, span.end)).toBe(span.text);
  });

  it('gives every reported emotion at least the report threshold', () => {
    for (const message of ['I hate this so much.', 'Sorry, my bad!', 'I am so confused by this menu.'])
      for (const found of detectEmotions(message)) expect(found.confidence).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
  });

  it('raises anger with shouting only when the words already show it', () => {
    expect(detectEmotions('PLEASE SEND THE INVOICE')).toEqual([]);
    const calm = detectEmotions('This is ridiculous.').find((emotion) => emotion.id === 'angry')!.confidence;
    const shouted = detectEmotions('THIS IS RIDICULOUS!!!').find((emotion) => emotion.id === 'angry')!.confidence;
    expect(shouted).toBeGreaterThan(calm);
  });
});
