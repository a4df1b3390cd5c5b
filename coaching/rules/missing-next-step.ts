import { NEXT_STEP_PATTERNS } from '../data/next-step';
import { presenceRule } from '../engine/kinds';

/** Short notes ("Done!", "On it.") don't need a formal next step. */
const MIN_WORDS = 12;
const ASK_TO_CONFIRM = 'Could you try it now and let me know whether it works?';

export default presenceRule({
  meta: {
    category: 'missing-next-step',
    severity: 'suggestion',
    description: 'The reply neither confirms the fix with the customer nor says what happens next.',
  },
  patterns: NEXT_STEP_PATTERNS,
  applies: (context) => context.reply.wordCount >= MIN_WORDS && !/\?/u.test(context.reply.masked.slice(context.reply.body.start, context.reply.body.end)),
  scope: (context) => ({ start: context.reply.contentStart, end: context.reply.contentEnd }),
  insertion(context) {
    const { reply } = context;
    if (reply.signOff) return { at: reply.signOff.contentStart, suggestions: [`${ASK_TO_CONFIRM}\n\n`] };
    return { at: reply.contentEnd, suggestions: [`\n\n${ASK_TO_CONFIRM}`] };
  },
  message: 'Say what happens next, or ask the customer to confirm it worked.',
  note: 'Until the customer knows an issue is resolved, it is not resolved for them. Ask them to check the fix, or say what you will do next and when, so nobody is left waiting.',
});
