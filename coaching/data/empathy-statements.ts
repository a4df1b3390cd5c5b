import type { EmotionId } from '../types';

export interface StatementEntry {
  id: string;
  text: string;
  /** Emotions the statement answers; empty for a neutral, all-purpose opener. */
  emotions: readonly EmotionId[];
  /** Situation cue in the customer's message that makes this statement especially fitting. */
  situation?: string;
}

// Our own wording. Each names the feeling or situation without claiming to share it, and is short
// enough to open a reply. Every one must be recognised by data/acknowledgements.ts.
export const EMPATHY_STATEMENTS: readonly StatementEntry[] = [
  // angry
  {
    id: 'angry-ownership',
    text: "I'm sorry we let you down, and I understand why you're upset. I'm taking care of this personally.",
    emotions: ['angry'],
  },
  {
    id: 'angry-right-to-be',
    text: 'You have every reason to be annoyed about this, and I want to put it right.',
    emotions: ['angry', 'frustrated'],
  },
  {
    id: 'angry-hear-you',
    text: "I hear you, and I'm sorry this has been such a poor experience. Here's what I'm doing about it.",
    emotions: ['angry'],
  },
  {
    id: 'angry-billing',
    text: "I'm sorry about the charge; I understand how upsetting it is to be billed for something you didn't expect.",
    emotions: ['angry', 'anxious'],
    situation: '(?:charged|charge|billed|bill|invoice|refund|payment|money)',
  },
  {
    id: 'angry-thanks-candor',
    text: 'Thank you for telling us plainly. I can see why this has been so upsetting, and fixing it is my priority now.',
    emotions: ['angry'],
  },
  // frustrated
  {
    id: 'frustrated-repeat',
    text: "I'm sorry you've had to contact us more than once about this. I'll see it through from here.",
    emotions: ['frustrated'],
    situation: '(?:again|second|third|fourth|times|already|before|still)',
  },
  {
    id: 'frustrated-understand',
    text: 'I can understand how frustrating it is to keep running into this.',
    emotions: ['frustrated'],
  },
  {
    id: 'frustrated-tried',
    text: "It's frustrating when something still doesn't work after you've already tried to fix it, and I appreciate your patience.",
    emotions: ['frustrated'],
    situation: '(?:tried|restarted|reinstalled|followed|did everything)',
  },
  {
    id: 'frustrated-waiting',
    text: "I'm sorry for the long wait, and thank you for sticking with us. Let's get this sorted.",
    emotions: ['frustrated', 'angry'],
    situation: '(?:wait|waiting|waited|days|weeks|no one|nobody|response|reply)',
  },
  {
    id: 'frustrated-time-cost',
    text: "I can see this has already cost you far too much time, so I'll keep this as simple as possible.",
    emotions: ['frustrated', 'hurried'],
  },
  // confused
  {
    id: 'confused-good-question',
    text: "That's a really good question, and I'm happy to walk you through it step by step.",
    emotions: ['confused'],
  },
  {
    id: 'confused-understandable',
    text: "It's completely understandable that this is confusing; I'll explain it in plain terms.",
    emotions: ['confused'],
  },
  {
    id: 'confused-not-alone',
    text: "You're not the only one who has asked about this, so let me make it clearer.",
    emotions: ['confused', 'apologetic'],
  },
  {
    id: 'confused-no-basic',
    text: "No question is too basic here, and I'm glad you asked.",
    emotions: ['confused', 'apologetic'],
  },
  {
    id: 'confused-term',
    text: "Good question: that term isn't obvious at all, so here's what it means in everyday words.",
    emotions: ['confused'],
    situation: '(?:mean|means|stand for|term|word)',
  },
  // anxious
  {
    id: 'anxious-worrying',
    text: 'I can see why this is worrying, so let me tell you straight away where things stand.',
    emotions: ['anxious'],
  },
  {
    id: 'anxious-data',
    text: "I understand how worrying it is to think your files might be gone. Here's what we can check right now to keep them safe.",
    emotions: ['anxious'],
    situation: '(?:data|files?|photos?|documents?|work|emails?|lost|lose|deleted|gone)',
  },
  {
    id: 'anxious-deadline',
    text: "I understand you're up against a deadline, and I'll keep you updated at every step.",
    emotions: ['anxious', 'hurried'],
    situation: '(?:deadline|due|boss|client|presentation|tomorrow|tonight|exam)',
  },
  {
    id: 'anxious-security',
    text: "I understand how unsettling it is to think someone else might have access to your account. Let's secure it together now.",
    emotions: ['anxious'],
    situation: '(?:hacked|compromised|stolen|breach|phishing|unauthori[sz]ed|suspicious)',
  },
  {
    id: 'anxious-not-alone',
    text: "I can hear how stressful this is. You won't have to sort it out alone; I'll update you within the hour.",
    emotions: ['anxious'],
  },
  // hurried
  { id: 'hurried-quickest', text: 'I understand time is tight, so here is the quickest fix.', emotions: ['hurried'] },
  {
    id: 'hurried-brief',
    text: "Understood that you're pressed for time; I'll keep this short.",
    emotions: ['hurried'],
  },
  {
    id: 'hurried-urgency',
    text: "Thanks for flagging the urgency. Here's the fastest way to get you going again.",
    emotions: ['hurried'],
  },
  {
    id: 'hurried-meeting',
    text: 'I understand you have somewhere to be, so here are just the steps you need before then.',
    emotions: ['hurried', 'anxious'],
    situation: '(?:meeting|call|presentation|flight|class|demo|appointment|minutes)',
  },
  // apologetic
  {
    id: 'apologetic-nothing',
    text: "There's nothing to apologize for; thank you for letting us know.",
    emotions: ['apologetic'],
  },
  {
    id: 'apologetic-no-need',
    text: 'No need to apologize at all, and thanks for reporting this.',
    emotions: ['apologetic'],
  },
  {
    id: 'apologetic-here-for',
    text: "Please don't worry about bothering us; this is exactly what we're here for.",
    emotions: ['apologetic'],
    situation: '(?:bother|bothering|trouble|disturb)',
  },
  {
    id: 'apologetic-mistakes',
    text: 'Mistakes happen to everyone, and thank you for telling us so quickly.',
    emotions: ['apologetic'],
    situation: '(?:mistake|accidentally|mistakenly|messed|my fault|my bad|deleted)',
  },
  // neutral
  { id: 'neutral-reaching-out', text: 'Thank you for reaching out about this.', emotions: [] },
  { id: 'neutral-clear-description', text: 'Thanks for the clear description; it really helps.', emotions: [] },
  { id: 'neutral-taking-time', text: 'I appreciate you taking the time to write in.', emotions: [] },
  { id: 'neutral-happy-to-help', text: "Thanks for getting in touch; I'm happy to help with this.", emotions: [] },
];
