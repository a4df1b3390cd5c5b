import { describe, expect, it } from 'vitest';
import { REPORT_THRESHOLD, detectEmotions } from '../emotions/detect';
import { testRule } from '../test/rule-tester';

const ANGRY = 'This is unacceptable. I was charged twice and your support is useless.';
const FRUSTRATED = "This is the third time I'm writing and it's still not working.";
const ANXIOUS = "I'm really worried I've lost all my photos.";
// Calm messages that the emotion reader scores as faintly frustrated from one weak word ("charged",
// "lost"), and the same messages with an upsetting situation or a raised voice added.
const WEAKLY_READ_CALM = [
  'I was charged in pounds but I live in Ireland. Can you switch me to euros?',
  'Which cable do I need for the X2 speaker? Lost the old one.',
];
const WEAKLY_READ_UPSET = [
  'Which cable do I need for the X2 speaker? Lost the old one, and the replacement you sent was late.',
  "I was charged in pounds but I live in Ireland. We're on a tight budget.",
  'Which cable do I need for the X2 speaker?? Lost the old one!!',
];
const STEPS_ONLY = 'Hi Dana,\n\nUse the lower socket.\n\nBest,\nSam';

describe('the weakly read customers below', () => {
  it.each([...WEAKLY_READ_CALM, ...WEAKLY_READ_UPSET])('read as faintly upset: %s', (message) => {
    const upset = detectEmotions(message).filter((emotion) => ['angry', 'frustrated', 'anxious'].includes(emotion.id));
    const confidence = Math.max(0, ...upset.map((emotion) => emotion.confidence));
    expect(confidence).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
    expect(confidence).toBeLessThan(0.2);
  });
});

testRule('missing-empathy', {
  valid: [
    // One weak word is not upset enough to ask for an acknowledgement.
    ...WEAKLY_READ_CALM.map((customer) => ({ text: STEPS_ONLY, customer })),
    // Reactions to the situation that name no feeling word (coaching guide, "Acknowledgement").
    ...[
      'Two failed restores in one week is not acceptable.',
      "You shouldn't have to chase us for a working login.",
      'A week without the app would wear anyone down.',
      'What a headache, and on a Monday too.',
      'This has been a rough few days for your team.',
      'I totally get why you want this settled today.',
      "I'm relieved the photos turned up in the archive.",
      'Having the heating fail twice in a month, and in this weather, must be miserable.',
      'A week without your own laptop sounds exhausting.',
      "Losing a morning's work like that must have been a real blow.",
      "I'd be fed up too after three missed collections.",
      'Oh no, not the wedding photos.',
    ].map((opening) => ({
      text: `Hi Dana,\n\n${opening} Please restart the app.\n\nBest,\nSam`,
      customer: FRUSTRATED,
    })),
    { text: 'Hi Dana,\n\nPlease restart the app.\n\nBest,\nSam', customer: 'How do I change my avatar?' },
    { text: 'Hi Dana,\n\nPlease restart the app.\n\nBest,\nSam' },
    {
      text: 'Hi Dana,\n\nI can understand how frustrating this is. Please restart the app.\n\nBest,\nSam',
      customer: FRUSTRATED,
    },
    { text: "Hi Dana,\n\nI'm sorry about the double charge; I've refunded it.\n\nBest,\nSam", customer: ANGRY },
    { text: 'Hi Dana,\n\nYour photos are safe; I can see them in the backup.\n\nBest,\nSam', customer: ANXIOUS },
    { text: 'Hi Dana,\n\nHere is the link.\n\nBest,\nSam', customer: "Sorry to bother you, I'm in a hurry." },
    {
      name: 'a sympathy claim is coached by the sympathy rule alone, whose fix is an empathy statement',
      text: "Hi Dana,\n\nI know exactly how you feel. I've refunded the charge.\n\nBest,\nSam",
      customer: ANGRY,
    },
    // Acknowledgements in other words.
    {
      text: "Hi Dana,\n\nThat's a completely understandable worry. Your files are backed up every night.\n\nBest,\nSam",
      customer: ANXIOUS,
    },
    { text: 'Hi Dana,\n\nYour photos are all safe; nothing was deleted.\n\nBest,\nSam', customer: ANXIOUS },
    { text: "Hi Dana,\n\nYou're right to be cross about this. I've refunded the fee.\n\nBest,\nSam", customer: ANGRY },
    {
      text: 'Hi Dana,\n\nFour days without a phone line is far too long. An engineer visits tomorrow at 9am.\n\nBest,\nSam',
      customer: FRUSTRATED,
    },
    {
      text: "Hi Dana,\n\nThree failed exports in a row is maddening. I've run yours by hand.\n\nBest,\nSam",
      customer: FRUSTRATED,
    },
    {
      name: 'a sympathy claim the phrase list does not hold is still left to the sympathy rule',
      text: "Hi Dana,\n\nI know that feeling all too well. I've refunded the charge.\n\nBest,\nSam",
      customer: ANGRY,
    },
    {
      text: 'Hi Dana,\n\nSorry the crackle is still there. An engineer visits Thursday.\n\nBest,\nSam',
      customer: FRUSTRATED,
    },
    {
      text: "Hi Dana, sorry it's taking longer than we said. The refund went out today.",
      customer: FRUSTRATED,
      channel: 'chat',
    },
    { text: 'Hi Dana,\n\nNothing to feel silly about. A new link is on its way.\n\nBest,\nSam', customer: ANXIOUS },
    {
      text: 'Hi Dana,\n\nThanks for trying the cables already. Use the lower socket.\n\nBest,\nSam',
      customer: FRUSTRATED,
    },
    {
      text: 'Hi Dana,\n\nThanks for the clear report. Reconnect Slack in Settings.\n\nBest,\nSam',
      customer: FRUSTRATED,
    },
    { text: 'Hi Dana,\n\nWith the deadline this close, email me the file.\n\nBest,\nSam', customer: ANXIOUS },
  ],
  invalid: [
    // A weak reading with a situation the guide calls upsetting (a delay, money at stake) or a raised voice.
    ...WEAKLY_READ_UPSET.map((customer) => ({ text: STEPS_ONLY, customer, errors: [{ text: '', start: 10 }] })),
    {
      name: 'a hard step is no acknowledgement of the customer',
      text: 'Hi Dana,\n\nThe setting can be hard to find. Open Settings, then Privacy.\n\nBest,\nSam',
      customer: FRUSTRATED,
      errors: [{ text: '', start: 10 }],
    },
    {
      name: 'what the agent would do is no feeling',
      text: "Hi Dana,\n\nI'd be able to refund it once the parcel is back. Please post it.\n\nBest,\nSam",
      customer: FRUSTRATED,
      errors: [{ text: '', start: 10 }],
    },
    {
      name: 'sarcastic congratulations acknowledge nothing',
      text: 'Hi Dana,\n\nCongrats on deleting the live folder. Please restart the app.\n\nBest,\nSam',
      customer: FRUSTRATED,
      errors: [{ text: '' }],
    },
    {
      name: '"sorry, we can\'t" is a refusal, not an acknowledgement',
      text: "Hi Dana,\n\nSorry we can't refund annual plans after renewal.\n\nBest,\nSam",
      customer: FRUSTRATED,
      errors: [{ text: '', start: 10 }],
    },
    {
      name: 'thanks for writing in is courtesy, not acknowledgement',
      text: 'Hi Dana,\n\nThanks for contacting us. Please clear your browser data.\n\nBest,\nSam',
      customer: FRUSTRATED,
      errors: [{ text: '', start: 10 }],
    },
    {
      name: 'with the sympathy rule turned off, the missing acknowledgement is reported here',
      text: "Hi Dana,\n\nI know exactly how you feel. I've refunded the charge.\n\nBest,\nSam",
      customer: ANGRY,
      settings: { rules: { sympathy: { enabled: false } } },
      errors: [{ text: '', start: 10 }],
    },
    {
      name: '"safe to" is advice, not reassurance',
      text: 'Hi Dana,\n\nIt is safe to delete the old folder now.\n\nBest,\nSam',
      customer: ANXIOUS,
      errors: [{ text: '', start: 10 }],
    },
    {
      text: 'Hi Dana,\n\nPlease clear your browser data and sign in again.\n\nBest,\nSam',
      customer: FRUSTRATED,
      errors: [
        {
          text: '',
          start: 10,
          suggestion: "I'm sorry you've had to contact us more than once about this. I'll see it through from here. ",
        },
      ],
    },
    {
      text: 'Hi Dana,\n\nThe duplicate charge will be refunded.\n\nBest,\nSam',
      customer: ANGRY,
      errors: [
        {
          text: '',
          start: 10,
          suggestion:
            "I'm sorry about the charge; I understand how upsetting it is to be billed for something you didn't expect. ",
        },
      ],
    },
    {
      text: 'Hi Dana,\n\nOpen Settings, then Backups, and choose Restore.\n\nBest,\nSam',
      customer: ANXIOUS,
      errors: [
        {
          text: '',
          start: 10,
          suggestion:
            "I understand how worrying it is to think your files might be gone. Here's what we can check right now to keep them safe. ",
        },
      ],
    },
  ],
});
