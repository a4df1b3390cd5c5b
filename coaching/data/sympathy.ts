import type { PhraseEntry } from '../engine/kinds';

// Claims to know or share exactly what the customer feels. "I'd feel the same way in your
// position" is fine (it imagines rather than claims), and so is "I know exactly how to fix this".
const YOU_FEEL =
  "how you(?:'re| are)? feel(?:ing)?|how you must feel|what you(?:'re| are) (?:feeling|going through|dealing with)|what you(?:'ve| have) been through|how (?:frustrated|upset|angry|annoyed|worried|stressed) you (?:are|feel|must be)";

export const SYMPATHY_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: `(?:I|we) (?:know|understand) (?:exactly|just|precisely|perfectly|completely|totally|fully) (?:${YOU_FEEL})`,
  },
  { pattern: `(?:I|we) (?:really |truly |do |totally )?know (?:${YOU_FEEL})` },
  { pattern: `(?:I|we) (?:completely |totally |fully )?understand (?:exactly |just )?how you feel` },
  { pattern: '(?:I|we) (?:really |totally )?feel your pain' },
  { pattern: '(?:I|we) (?:feel|felt) (?:exactly|just) (?:the same|how you (?:do|feel))' },
  { pattern: "(?:I|we)(?:'ve| have) been (?:exactly )?(?:where you are|in your (?:shoes|position))" },
  { pattern: "(?:I|we) know (?:exactly )?what it(?:'s| is) like" },
  { pattern: '(?:I|we) (?:can )?relate (?:completely|totally|exactly|100%)' },
  // Claiming to know exactly how bad it is: "I know exactly how frustrating that is".
  {
    pattern:
      '(?:I|we) (?:know|understand) (?:exactly|just|precisely|only too well|all too well) how (?:frustrating|annoying|stressful|upsetting|worrying|scary|awful|hard|difficult|maddening|infuriating|disappointing|painful|horrible|bad) (?:that|this|it) (?:is|must be|can be|feels|gets)',
  },
  {
    pattern:
      "(?:I|we) (?:totally |completely |really |fully )?get (?:exactly )?(?:how you feel|what you(?:'re| are) going through|your frustration)",
  },
  {
    pattern:
      '(?:I|we) (?:really |totally )?(?:feel|share) your (?:frustration|anger|stress|disappointment|panic|worry|annoyance)',
  },
  { pattern: '(?:I|we) (?:know|feel) (?:exactly )?how (?:it feels|that feels)' },
];

export const SYMPATHY_REPLACEMENTS: readonly string[] = [
  'I can understand how frustrating this must be',
  "I'd feel the same way in your position",
  'I can see why this has been so upsetting',
];
