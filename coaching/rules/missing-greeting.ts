import type { Rule } from '../engine/rule';
import { greetingFor } from '../engine/salutations';
import { opensWithTeamGreeting, teamText } from '../engine/team';

const rule: Rule = {
  meta: {
    category: 'missing-greeting',
    severity: 'suggestion',
    description: 'The reply starts without a greeting.',
  },
  check(context) {
    const { reply, team } = context;
    if (reply.wordCount === 0 || reply.greeting || opensWithTeamGreeting(reply, team)) return [];
    const teamGreeting = teamText(team.greeting);
    const generic = greetingFor(context.settings.customerFirstName);
    return [
      {
        start: reply.contentStart,
        end: reply.contentStart,
        message: 'Open with a greeting.',
        note: "A reply that jumps straight into business can read as curt, even when it is not meant that way. A short greeting with the customer's name sets a friendly tone for everything after it.",
        suggestions: teamGreeting ? [`${teamGreeting}\n\n`, generic] : [generic],
      },
    ];
  },
};

export default rule;
