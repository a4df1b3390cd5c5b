import type { ReplyDocument } from '../engine/document';
import type { Rule } from '../engine/rule';
import { greetingFor } from '../engine/salutations';
import { opensWithTeamGreeting, teamText } from '../engine/team';

/** "Thanks for waiting", "Thank you for holding": thanking the person opens a chat (coaching guide, "Greeting"). */
const CHAT_THANKS = /^(?:thanks|thank you|thx|ty)\b/iu;
/** "Sure thing, Freya!", "Good news, Sam.": a short opener (three words at most) that calls the person by name. */
const CHAT_VOCATIVE = /^(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+,\s*(\p{Lu}[\p{L}'’-]+)\s*[.!,]/u;
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday)$/u;

/**
 * A chat greets with any short opener that addresses the person: a thanks, or a first clause
 * that ends in their name. An email still wants a salutation line.
 */
function chatOpensByAddressing(reply: ReplyDocument): boolean {
  const first = reply.sentences[0];
  if (!first) return false;
  const opening = reply.masked.slice(first.start, first.end).trimStart();
  if (CHAT_THANKS.test(opening)) return true;
  const vocative = CHAT_VOCATIVE.exec(opening);
  return vocative !== null && !NOT_A_NAME.test(vocative[1]!);
}

const rule: Rule = {
  meta: {
    category: 'missing-greeting',
    severity: 'suggestion',
    description: 'The reply starts without a greeting.',
  },
  check(context) {
    const { reply, team } = context;
    if (reply.wordCount === 0 || reply.greeting || opensWithTeamGreeting(reply, team)) return [];
    if (context.channel === 'chat' && chatOpensByAddressing(reply)) return [];
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
