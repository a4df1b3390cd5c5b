// Reads a sentence for talking down to the customer or dismissing them, by what it says about
// the customer's conduct or about the task, for the hostility and condescension rules.

import { CUSTOMER_CONDUCT, GO_ELSEWHERE, REBUKE, SARCASM, SHOULD_KNOW, SHRUG, TRIVIAL_TASK } from '../data/tone';
import { perSentence } from './memo';
import { caseless } from './patterns';

const rx = (source: string): RegExp => caseless(source);
const CONDUCT = rx(CUSTOMER_CONDUCT);
const REBUKING = rx(REBUKE);
const SHRUGGING = rx(SHRUG);
const DOOR = rx(GO_ELSEWHERE);
const SARCASTIC = rx(SARCASM);
const TRIVIAL = rx(TRIVIAL_TASK);
const KNOW = rx(SHOULD_KNOW);

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
  if (SARCASTIC.test(text)) return 'This reads as sarcasm.';
  return null;
});

/** What makes the sentence talk down to the customer, or null. */
export const condescensionIn = perSentence((sentence: string): string | null => {
  const text = clean(sentence);
  if (TRIVIAL.test(text)) return 'This calls the task trivial, which makes asking about it look foolish.';
  if (KNOW.test(text)) return 'This tells the customer they should already know.';
  return null;
});
