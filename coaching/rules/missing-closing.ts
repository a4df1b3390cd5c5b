import type { Rule } from '../engine/rule';
import { closingAboveName, closingFor, trailingName } from '../engine/salutations';

/** Below this many words the agent is probably still typing; don't nag yet. */
const MIN_WORDS = 3;

const rule: Rule = {
  meta: {
    category: 'missing-closing',
    severity: 'suggestion',
    description: 'The reply ends without a sign-off.',
  },
  check(context) {
    const { reply } = context;
    if (reply.wordCount < MIN_WORDS || reply.signOff || reply.signature) return [];
    // Signed with a bare name: the close goes above the name, not after it.
    const name = trailingName(reply);
    const at = name ? name.contentStart : reply.contentEnd;
    return [
      {
        start: at,
        end: at,
        message: 'End with a sign-off and your name.',
        note: 'A message that simply stops can feel abrupt. A friendly close and your name tell the customer a real person is looking after them.',
        suggestions: name ? closingAboveName() : closingFor(context.settings.agentName),
      },
    ];
  },
};

export default rule;
