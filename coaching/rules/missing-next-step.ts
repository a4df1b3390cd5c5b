import { NEXT_STEP_PATTERNS } from '../data/next-step';
import { presenceRule } from '../engine/kinds';
import type { RuleContext } from '../engine/rule';
import { trailingName } from '../engine/salutations';

/** Short notes ("Done!", "On it.") don't need a formal next step; a one-line refusal does. */
const MIN_WORDS = 8;
/** Words a question opens with when it asks the customer something they can answer. */
const ASKING_OPENER =
  /^(?:(?:so|and|also|then|ok|okay|one (?:more )?(?:thing|question)|by the way|lastly|finally|meanwhile|in the meantime)[,:]?\s+)?(?:could|can|would|will|do|does|did|is|are|was|were|have|has|had|should|shall|may|might|which|what|when|where|who|whose|how|why|any|anything|sounds?|makes?|all good|ok|okay|happy|good|fair|thoughts|ready|free|around|available)\b/iu;
/** ", was it?" / ", didn't you?": a tag on a statement, usually rhetorical, not a question to answer. */
const TAG_QUESTION =
  /,\s*(?:is|was|are|were|do|does|did|have|has|had|can|could|will|would|should)(?:n['’]t| not)?\s+(?:it|you|they|that|this|he|she|we|I)\s*\?$/iu;

/**
 * A question to the customer ("Which browser are you using?") is a next step: the reply waits
 * for their answer. Rhetorical or sarcastic ones ("Forgetting your PIN again?") are not.
 */
function asksTheCustomer(context: RuleContext): boolean {
  const { masked, sentences, body } = context.reply;
  for (const sentence of sentences) {
    if (sentence.end <= body.start || sentence.start >= body.end) continue;
    const text = masked.slice(sentence.start, sentence.end).replace(/["'”’)\]]+$/u, '');
    if (!text.endsWith('?')) continue;
    if (ASKING_OPENER.test(text) && !TAG_QUESTION.test(text)) return true;
  }
  return false;
}
const ASK_TO_CONFIRM = 'Could you try it now and let me know whether it works?';

export default presenceRule({
  meta: {
    category: 'missing-next-step',
    severity: 'suggestion',
    description: 'The reply neither confirms the fix with the customer nor says what happens next.',
  },
  patterns: NEXT_STEP_PATTERNS,
  applies: (context) => context.reply.wordCount >= MIN_WORDS && !asksTheCustomer(context),
  scope: (context) => ({ start: context.reply.contentStart, end: context.reply.contentEnd }),
  insertion(context) {
    const { reply } = context;
    if (reply.signOff) return { at: reply.signOff.contentStart, suggestions: [`${ASK_TO_CONFIRM}\n\n`] };
    const name = trailingName(reply);
    if (name) return { at: name.contentStart, suggestions: [`${ASK_TO_CONFIRM}\n\n`] };
    return { at: reply.contentEnd, suggestions: [`\n\n${ASK_TO_CONFIRM}`] };
  },
  message: 'Say what happens next, or ask the customer to confirm it worked.',
  note: 'Until the customer knows an issue is resolved, it is not resolved for them. Ask them to check the fix, or say what you will do next and when, so nobody is left waiting.',
});
