// Reads a sentence for talking down to the customer or dismissing them, by what it says about
// the customer's conduct or about the task, for the hostility and condescension rules.

import {
  ALREADY_PLAIN,
  COMMON_KNOWLEDGE,
  CUSTOMER_CONDUCT,
  GO_ELSEWHERE,
  OBVIOUS_STEP,
  REBUKE,
  CHARACTER_JUDGEMENT,
  SARCASM,
  SARCASTIC_SHAPE,
  SHOULD_KNOW,
  THREAT,
  ULTIMATUM,
  SHRUG,
  TRIVIAL_TASK,
  TAUTOLOGY,
  WITHDRAWAL,
  MINIMISING,
  BELITTLING,
  BRUSH_OFF,
  MOCK_QUESTION,
  TOLD_AGAIN,
  TALKING_DOWN,
} from '../data/tone';
import { perSentence } from './memo';
import { anchoredCaseless } from './anchored';
import { readSentence } from './sentence-acts';

const rx = anchoredCaseless;
const CONDUCT = rx(CUSTOMER_CONDUCT);
const REBUKING = rx(REBUKE);
const SHRUGGING = rx(SHRUG);
const DOOR = rx(GO_ELSEWHERE);
const SARCASTIC = rx(SARCASM);
const TRIVIAL = rx(TRIVIAL_TASK);
const THREATENING = rx(THREAT);
const CLOSING_DOWN = rx(ULTIMATUM);
const JUDGING = rx(CHARACTER_JUDGEMENT);
const MOCKING = rx(SARCASTIC_SHAPE);
const KNOW = rx(SHOULD_KNOW);
const EVERYONE_KNOWS = rx(COMMON_KNOWLEDGE);
const PLAIN = rx(ALREADY_PLAIN);
const OBVIOUSLY = rx(OBVIOUS_STEP);
const TAUTOLOGICAL = rx(TAUTOLOGY);
const WITHDRAWING = rx(WITHDRAWAL);
const MINIMISES = rx(MINIMISING);
const BELITTLES = rx(BELITTLING);
const BRUSHES_OFF = rx(BRUSH_OFF);
const MOCKS = rx(MOCK_QUESTION);
const REMINDS = rx(TOLD_AGAIN);
const TALKS_DOWN = rx(TALKING_DOWN);

/** "Of course, you need to restart it first": the step after "of course" is put on the customer. */
function presentsStepAsObvious(text: string): boolean {
  const opener = OBVIOUSLY.exec(text);
  if (!opener) return false;
  const rest = text.slice(opener[0].length);
  if (/^you(?:'ll| will| would|'d)? (?:need|have|must|should|ought)\b/u.test(rest)) return true;
  // An imperative after "of course" reads as obvious only when it is a prerequisite the customer
  // skipped ("of course, restart it first"), not an offer ("of course, reply here if…").
  const reading = readSentence(rest);
  return reading.act === 'instruction' && !reading.negated && /\b(?:first|before|beforehand)\b/u.test(rest);
}

/** Lower case (the patterns are caseless), straight apostrophes. */
function clean(sentence: string): string {
  return sentence.replace(/[’‘]/g, "'").trim().toLowerCase();
}

/** What makes the sentence dismissive or hostile, or null. */
export const dismissalIn = perSentence((sentence: string): string | null => {
  const text = clean(sentence);
  if (CONDUCT.test(text) && REBUKING.test(text)) return "This rebukes the customer's tone instead of helping.";
  if (SHRUGGING.test(text)) return 'This shrugs the problem off.';
  if (DOOR.test(text)) return 'This shows the customer the door.';
  if (SARCASTIC.test(text) || MOCKING.test(text)) return 'This reads as sarcasm.';
  if (THREATENING.test(text)) return 'This threatens the customer; state the policy calmly, if at all.';
  if (CLOSING_DOWN.test(text)) return 'This shuts the conversation down; leave the customer a way forward.';
  if (JUDGING.test(text)) return 'This judges the customer as a person; keep to the problem.';
  if (TAUTOLOGICAL.test(text)) return 'This refuses an answer; say what you know and when they will hear more.';
  if (WITHDRAWING.test(text)) return 'This sounds like giving up on the customer; restate the point patiently.';
  if (MINIMISES.test(text)) return "This makes light of the customer's problem.";
  if (BELITTLES.test(text)) return 'This puts the customer down; keep to the problem.';
  if (BRUSHES_OFF.test(text)) return 'This brushes the customer off.';
  if (MOCKS.test(text)) return 'This mocks the customer; ask or explain plainly.';
  return null;
});

/** What makes the sentence talk down to the customer, or null. */
export const condescensionIn = perSentence((sentence: string): string | null => {
  const text = clean(sentence);
  if (TRIVIAL.test(text)) return 'This calls the task trivial, which makes asking about it look foolish.';
  if (KNOW.test(text)) return 'This tells the customer they should already know.';
  if (EVERYONE_KNOWS.test(text))
    return 'This says anyone would know, which leaves the customer as the one who did not.';
  if (PLAIN.test(text)) return 'This says it was already plain, which makes asking look foolish.';
  if (presentsStepAsObvious(text)) return 'This presents the step as obvious; just give the step.';
  if (REMINDS.test(text)) return 'This reminds the customer they were told before; just say it again plainly.';
  if (TALKS_DOWN.test(text)) return 'This talks down to the customer; give the step plainly.';
  return null;
});
