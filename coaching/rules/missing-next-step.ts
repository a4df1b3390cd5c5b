import type { Rule, RuleContext } from '../engine/rule';
import { trailingName } from '../engine/salutations';
import { replyOffersNextStep } from '../engine/sentence-acts';

/** Short notes ("Done!", "On it.") don't need a formal next step; a one-line refusal does. */
const MIN_WORDS = 8;

/**
 * What the sentences do decides (coaching guide, "Next step"): an instruction the customer can
 * follow, a question to them, a conditional offer, a commitment by the agent or someone else.
 */
function givesNextStep(context: RuleContext): boolean {
  return replyOffersNextStep(context.reply.masked, context.reply.sentences, context.channel);
}
const ASK_TO_CONFIRM = 'Could you try it now and let me know whether it works?';

function insertion(context: RuleContext): { at: number; suggestion: string } {
  const { reply } = context;
  if (reply.signOff) return { at: reply.signOff.contentStart, suggestion: `${ASK_TO_CONFIRM}\n\n` };
  const name = trailingName(reply);
  if (name) return { at: name.contentStart, suggestion: `${ASK_TO_CONFIRM}\n\n` };
  return { at: reply.contentEnd, suggestion: `\n\n${ASK_TO_CONFIRM}` };
}

const rule: Rule = {
  meta: {
    category: 'missing-next-step',
    severity: 'suggestion',
    description: 'The reply neither confirms the fix with the customer nor says what happens next.',
  },
  check(context) {
    if (context.reply.wordCount < MIN_WORDS || givesNextStep(context)) return [];
    const { at, suggestion } = insertion(context);
    return [
      {
        start: at,
        end: at,
        message: 'Say what happens next, or ask the customer to confirm it worked.',
        note: 'Until the customer knows an issue is resolved, it is not resolved for them. Ask them to check the fix, or say what you will do next and when, so nobody is left waiting.',
        suggestions: [suggestion],
      },
    ];
  },
};

export default rule;
