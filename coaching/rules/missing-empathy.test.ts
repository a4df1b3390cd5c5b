import { testRule } from '../test/rule-tester';

const ANGRY = 'This is unacceptable. I was charged twice and your support is useless.';
const FRUSTRATED = "This is the third time I'm writing and it's still not working.";
const ANXIOUS = "I'm really worried I've lost all my photos.";

testRule('missing-empathy', {
  valid: [
    { text: 'Hi Dana,\n\nPlease restart the app.\n\nBest,\nSam', customer: 'How do I change my avatar?' },
    { text: 'Hi Dana,\n\nPlease restart the app.\n\nBest,\nSam' },
    { text: 'Hi Dana,\n\nI can understand how frustrating this is. Please restart the app.\n\nBest,\nSam', customer: FRUSTRATED },
    { text: "Hi Dana,\n\nI'm sorry about the double charge; I've refunded it.\n\nBest,\nSam", customer: ANGRY },
    { text: 'Hi Dana,\n\nYour photos are safe; I can see them in the backup.\n\nBest,\nSam', customer: ANXIOUS },
    { text: 'Hi Dana,\n\nHere is the link.\n\nBest,\nSam', customer: "Sorry to bother you, I'm in a hurry." },
  ],
  invalid: [
    {
      text: 'Hi Dana,\n\nPlease clear your browser data and sign in again.\n\nBest,\nSam',
      customer: FRUSTRATED,
      errors: [{ text: '', start: 10, suggestion: "I'm sorry you've had to contact us more than once about this. I'll see it through from here. " }],
    },
    {
      text: 'Hi Dana,\n\nThe duplicate charge will be refunded.\n\nBest,\nSam',
      customer: ANGRY,
      errors: [{ text: '', start: 10, suggestion: "I'm sorry about the charge; I understand how upsetting it is to be billed for something you didn't expect. " }],
    },
    {
      text: 'Hi Dana,\n\nOpen Settings, then Backups, and choose Restore.\n\nBest,\nSam',
      customer: ANXIOUS,
      errors: [{ text: '', start: 10, suggestion: "I understand how worrying it is to think your files might be gone. Here's what we can check right now to keep them safe. " }],
    },
  ],
});
