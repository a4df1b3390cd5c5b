import { isNameLine, type Line, type ReplyDocument } from '../engine/document';
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
  // A trailing emoji or emoticon ("Hope that helps! 😊") adds warmth; the close is the words before it.
  const last = sentences.findLast((sentence) => /\p{L}/u.test(masked.slice(sentence.start, sentence.end)));
  return last !== undefined && isClosingSentence(masked.slice(last.start, last.end));
}

/** "— Alex": a name signed with a dash is a sign-off of its own. */
const DASHED_NAME = /^[—–~-]+\s*\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u;
/** A line of a signature block under the name: a title, team, company, phone or address, not a sentence. */
const BLOCK_DETAIL = /^(?:\S+\s+){0,7}\S+$/u;
const BLOCK_LINES = 4;
/** What marks a signature rather than a list: contact details, or a role, team or company. */
const SIGNATURE_MARK =
  /\d{3}|@|www\.|https?:|\.[a-z]{2,}\b|\||\b(?:support|team|care|customer|manager|agent|specialist|advis[eo]r|desk|services?|ltd|inc|llc|gmbh|officer|co-?ordinator|department|engineer|consultant|representative|assistant|administrator|lead|head of|director)\b/iu;

/**
 * A signature block counts as a closing (coaching guide, "Closing"): a name, plain or dashed, set
 * apart from the message, with a line or more of title, company or contact details below it, or a
 * dashed name on its own.
 */
function signedWithBlock(reply: ReplyDocument): boolean {
  const { lines, masked } = reply;
  const text = (line: Line): string => masked.slice(line.contentStart, line.contentEnd);
  const last = lines[lines.length - 1];
  if (last && last !== reply.greeting && DASHED_NAME.test(text(last))) return true;
  for (let size = 2; size <= BLOCK_LINES && size < lines.length; size++) {
    const first = lines[lines.length - size]!;
    const above = lines[lines.length - size - 1]!;
    const details = lines.slice(lines.length - size + 1).map(text);
    if (!details.every((detail) => BLOCK_DETAIL.test(detail) && !/[.!?]["'”’]?$/u.test(detail))) return false;
    const setApart = above.end + 1 !== first.start && !text(above).endsWith(':');
    const named = isNameLine(masked, first) || DASHED_NAME.test(text(first));
    if (setApart && named && details.some((detail) => SIGNATURE_MARK.test(detail))) return true;
  }
  return false;
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
    if (reply.wordCount < MIN_WORDS || reply.signOff || reply.signature || signedWithBlock(reply)) return [];
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
