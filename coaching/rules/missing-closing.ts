import type { Line } from '../engine/document';
import type { Rule, RuleContext } from '../engine/rule';
import { closingAboveName, closingFor, trailingName } from '../engine/salutations';
import { isClosingSentence } from '../engine/sentence-acts';
import { closesWithTeamClosing, teamText } from '../engine/team';

/** Below this many words the agent is probably still typing; don't nag yet. */
const MIN_WORDS = 3;
const CHAT_CLOSE = ' Anything else I can help with?';

/**
 * In a chat a short closing line does the job of a sign-off ("Thanks!", "Have a nice day!",
 * "Anything else I can help with?"), even on the same line as the last piece of content.
 */
function chatClosed(context: RuleContext): boolean {
  const { sentences, masked } = context.reply;
  const last = sentences[sentences.length - 1];
  return last !== undefined && isClosingSentence(masked.slice(last.start, last.end));
}

/**
 * An email whose last sentence is a close ("…Thanks for your patience, and have a great week!")
 * and is signed with a name below it has its complimentary close, just not on a line of its own.
 */
function closedAboveName(context: RuleContext, name: Line): boolean {
  const { sentences, masked } = context.reply;
  const last = sentences.filter((sentence) => sentence.end <= name.start).pop();
  if (last === undefined) return false;
  const text = masked.slice(last.start, last.end).trim();
  // "Any other questions?" invites a reply; an email still wants its close.
  return !text.endsWith('?') && isClosingSentence(text);
}

/** The team's closing, placed as the generic closes are: above a signed name, or after the text. */
function teamClosingAt(closing: string, aboveName: boolean, context: RuleContext): string {
  if (aboveName) return `${closing}\n`;
  const agentName = context.settings.agentName?.trim() ?? '';
  const signed = agentName !== '' && !closing.toLowerCase().includes(agentName.toLowerCase());
  return signed ? `\n\n${closing}\n${agentName}` : `\n\n${closing}`;
}

const rule: Rule = {
  meta: {
    category: 'missing-closing',
    severity: 'suggestion',
    description: 'The reply ends without a sign-off (in a chat, without a closing line).',
  },
  check(context) {
    const { reply } = context;
    if (reply.wordCount < MIN_WORDS || reply.signOff || reply.signature) return [];
    if (closesWithTeamClosing(reply, context.team)) return [];
    const teamClosing = teamText(context.team.closing);
    if (context.channel === 'chat') {
      if (chatClosed(context)) return [];
      return [
        {
          start: reply.contentEnd,
          end: reply.contentEnd,
          message: 'End the chat with a short closing line.',
          note: 'A chat that simply stops after the last fact leaves the customer unsure whether you are still there. A short close ("Anything else I can help with?", "Have a nice day!") ends it warmly and invites the next question.',
          suggestions: teamClosing ? [` ${teamClosing}`, CHAT_CLOSE] : [CHAT_CLOSE],
        },
      ];
    }
    // Signed with a bare name: the close goes above the name, not after it.
    const name = trailingName(reply);
    if (name && closedAboveName(context, name)) return [];
    const at = name ? name.contentStart : reply.contentEnd;
    const generic = name ? closingAboveName() : closingFor(context.settings.agentName);
    return [
      {
        start: at,
        end: at,
        message: 'End with a sign-off and your name.',
        note: 'A message that simply stops can feel abrupt. A friendly close and your name tell the customer a real person is looking after them.',
        suggestions: teamClosing ? [teamClosingAt(teamClosing, name !== null, context), ...generic] : generic,
      },
    ];
  },
};

export default rule;
