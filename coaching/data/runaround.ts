import type { PhraseEntry } from '../engine/kinds';
import { matchCase } from '../engine/text-tools';

// Sending the customer elsewhere without a handoff: to another team, a partner or an outside
// company, a new ticket, a forum. Contacting *their own* bank or administrator is sometimes the
// only way, so those are not targets.

const TEAM =
  '(?:(?:our|the|a|another|other|some|a different) )?(?:billing|sales|accounts?|accounting|finance|shipping|delivery|returns|refunds?|technical|tech|IT|legal|security|network|product|engineering|dev|development|onboarding|customer success|customer service|customer care|support|helpdesk|help desk|escalations?|another|other|different|relevant|right|appropriate|correct|proper|specialist|web|app|mobile|enterprise|partner|reseller)(?: (?:support|services|operations))? (?:team|department|dept|desk|people|folks|group|queue|line)';
/** Any named team or office of ours or a partner's: "the lending team", "our mortgage servicing centre". */
const ANY_TEAM =
  "(?:our|the|a|another|other|some|a different|a separate|their|that) (?:[\\p{L}&'’-]+ ){0,3}?(?:team|department|dept|desk|people|folks|group|queue|helpline|hotline|support line|phone line|cent(?:re|er)|office|unit)";
const PARTNER = '(?:the|our) (?:manufacturer|vendor|supplier|carrier|courier|reseller|partner|developers?|engineers?)';
/** Companies and places outside the conversation. Not the customer's own bank or administrator:
 * approving a payment or an account change is sometimes something only they can do. */
const OUTSIDE =
  "(?:the|their|a|an|that|this|another) (?:[\\p{L}&'’-]+ ){0,3}?(?:store|shop|branch|retailer|seller|merchant|airline|hotel|property|venue|operator|manufacturer|vendor|supplier|carrier|courier|post office|council|landlord|insurer|provider|forum|community|help cent(?:re|er)|service cent(?:re|er)|repair (?:shop|cent(?:re|er))|showroom|dealer(?:ship)?|embassy|agency|card issuer|issuer|installer|contractor|company|firm|maker|brand)";
const EMAIL_ADDRESS = '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+';
/** "Samsung support", "Acme customer service". */
const NAMED_SUPPORT =
  "[\\p{L}\\p{N}&'’-]+ (?:support|customer service|customer care|customer services|helpline|help desk|helpdesk)";
const TARGET = `(?:${TEAM}|${ANY_TEAM}|billing|sales|${PARTNER}|${OUTSIDE}|${NAMED_SUPPORT}|${EMAIL_ADDRESS}|them|someone else|somebody else)`;
/**
 * Places to walk into: a team or office, or "your nearest branch". Never a bare section name, which
 * is more often a menu ("Go to Billing"), nor a hotel or airport, which is more often a travel step.
 */
const PLACE = `(?:${TEAM}|${ANY_TEAM}|${PARTNER}|your (?:nearest |local )?(?:branch|store|shop|post office|service cent(?:re|er)|dealer(?:ship)?))`;
const SEND_AWAY =
  '(?:call|phone|ring|contact|email|e-mail|message|reach out to|get in touch with|talk to|speak (?:to|with)|ask|write to|try|report (?:it|this|that|the [\\p{L}-]+) to|open a (?:new |separate )?(?:ticket|case|request) with|submit a (?:new |separate )?(?:ticket|request) (?:to|with)|raise (?:it|this|that) with|take (?:it|this|that) up with|direct your (?:question|request|query) to|send (?:it|this|that|your (?:question|request|query)) to)';
const VISIT =
  '(?:go to|head (?:over )?to|visit|pop (?:in|into|over to|by)|drop (?:by|into|in at)|stop by|call (?:in|into)|walk into)';
const SOFTENER =
  "(?:please |kindly |you (?:can|could|may|should|might want to) |I(?:'d| would)? (?:suggest|recommend) you |just |simply |(?:it's )?best to |your best bet is to )?";

const GENERIC_TARGET =
  /^(?:(?:a |the )?(?:another|other|different|separate|relevant|right|appropriate|correct|proper|specialist)\b|some(?:one|body)? ?(?:else)?\b|them$)/iu;
const TEAM_NOUN =
  /\b(?:team|department|dept|desk|group|queue|line|people|folks|helpline|hotline|cent(?:re|er)|office|unit)$/iu;

function handoffText(target: string | undefined, original: string): string {
  const raw = (target ?? '').trim().replace(/\s+/g, ' ');
  const cleaned = raw.replace(/^(?:our|the|a|an|their|that|this|your) /iu, '');
  let team: string;
  if (!raw || GENERIC_TARGET.test(raw) || raw.includes('@')) team = 'the right team';
  else if (/^(?:billing|sales)$/iu.test(cleaned)) team = `our ${cleaned} team`;
  else if (TEAM_NOUN.test(cleaned) && !/^their /iu.test(raw)) team = `our ${cleaned}`;
  // "Acme customer care" keeps its name; any other target the patterns allow is a place or company.
  else if (/ (?:support|customer services?|customer care|help ?desk)$/iu.test(cleaned) && raw === cleaned)
    team = cleaned;
  else team = `the ${cleaned}`;
  return matchCase(`I've passed this to ${team} with your details, and they'll contact you directly`, original);
}

const handoff = (match: { groups: readonly (string | undefined)[]; text: string }) => [
  handoffText(match.groups[0] ?? match.groups[1], match.text),
];
const handoffToRightTeam = (match: { text: string }) => [handoffText(undefined, match.text)];

/**
 * For a flagged phrase that starts mid-sentence ("Warranty claims | aren't handled by us"), a
 * replacement that fits after the subject; with its own subject ("That's not …") a whole sentence.
 */
function handoffPredicate(match: { text: string }): string[] {
  if (/^(?:that|this|it|those|they)\b/iu.test(match.text)) return [handoffText(undefined, match.text)];
  const passed = "I've passed to the right team with your details, and they'll contact you directly";
  if (/^(?:are|aren|'re|’re)/iu.test(match.text)) return [`are things ${passed}`];
  if (/^(?:is|isn|'s|’s)/iu.test(match.text)) return [`is something ${passed}`];
  return [matchCase(`a question ${passed}`, match.text)];
}

export const RUNAROUND_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: `you(?:'ll| will| would|'d)? (?:have|need|want) to (?:${SEND_AWAY}|${VISIT}) (${TARGET})`,
    suggestions: handoff,
  },
  {
    pattern: `you (?:must|should|ought to) (?:really )?(?:${SEND_AWAY}) (${TARGET})`,
    suggestions: handoff,
  },
  {
    pattern: `${SOFTENER}(?:(?:${SEND_AWAY}) (${TARGET})|${VISIT} (${PLACE}))`,
    clauseStart: true,
    suggestions: handoff,
  },
  {
    pattern: `(?:you(?:'re| are|'d be| would be) )?better off (?:calling|phoning|ringing|contacting|asking|emailing|messaging|speaking to|talking to|going to|visiting|getting in touch with|writing to|trying) (${TARGET})`,
    suggestions: handoff,
  },
  {
    pattern: `give (${TARGET}) a (?:call|ring|bell|buzz|shout|email)`,
    suggestions: handoff,
  },
  {
    pattern: `${SOFTENER}(?:log|raise|open|submit|create|file|start|put in) a (?:new |separate |fresh |different |second )?(?:ticket|request|case|report|support request|service request)(?: (?:in|through|via|on|with|under|using|at|for) [^.!?,;\\n]{1,40})?`,
    clauseStart: true,
    suggestions: handoffToRightTeam,
  },
  {
    pattern:
      "(?:that's|that is|this is|it's|it is|those are|they're|they are|isn't|aren't|is not|are not) (?:not )?(?:something|anything|a question|an issue|a request|a matter|a thing|things) (?:that )?(?:we|I) (?:handle|deal with|can help with|cover|support|look after|do|take care of)",
    suggestions: handoffPredicate,
  },
  {
    pattern:
      "(?:isn't|aren't|is not|are not) (?:handled|dealt with|covered|managed|done|looked after) (?:by (?:support|us|me|this team|our team|this desk|this department)|here)",
    suggestions: handoffPredicate,
  },
  {
    pattern:
      "(?:that's|that is|this is|it's|it is|is|are) (?:a |an )?(?:different|separate|another|other) (?:department|team|queue|desk|group|department's (?:job|area))",
    suggestions: handoffToRightTeam,
  },
  {
    pattern:
      "(?:(?:that's|that is|this is|it's|it is) )?(?:a |the )?(?:question|one|matter|issue|request|thing) for (?:our|the|your|another|a different) (?:[\\p{L}-]+ ){0,2}(?:forum|community|team|department|people|folks|desk|group)",
    suggestions: handoffPredicate,
  },
  {
    pattern: "(?:you(?:'ve| have) (?:reached|contacted|come to) )?the wrong (?:department|team|queue|place|address)",
    suggestions: handoffToRightTeam,
  },
  {
    pattern:
      "(?:we|I) (?:don't|do not|can't|cannot) (?:handle|deal with|cover|look after) (?:that|this|those|these|billing|refunds|shipping)(?: here)?",
    suggestions: handoffToRightTeam,
  },
];

/** A handoff nearby means the agent is being the customer's conduit, not sending them away. */
export const HANDOFF_PATTERNS: readonly string[] = [
  "(?:I|we)(?:'ve| have)? (?:already |just |now )?(?:passed|forwarded|transferred|escalated|handed|shared|copied|cc'd|looped|connected|introduced|referred|raised|assigned|flagged|notified|contacted|asked|briefed|messaged|emailed|sent)",
  "(?:I|we)(?:'ll| will| am going to|'m going to| can| could) (?:also |now |personally )?(?:pass|forward|transfer|escalate|hand|connect|loop|introduce|contact|reach out to|ask|brief|notify|put you in touch|set up|arrange|book|make the introduction)",
  'on your behalf',
  "(?:they|the [\\p{L}]+ team|someone|a colleague|my colleague)(?:'ll| will) (?:contact|call|email|reach out|get in touch|be in touch|follow up|get back)",
  '(?:direct|personal) (?:line|number|contact|email)',
  'warm (?:transfer|handoff|hand-off)',
];

/** An instruction that points the customer at another party ("please contact Booking.com", "email ig@…"). */
export const SEND_ELSEWHERE =
  '\\b(?:contact|reach|call|ring|phone|email|write to|ask|get in touch with|speak to|talk to|go to|go through|(?:apply|pay|book|order|claim|register|sign up|submit (?:it|this|them)) (?:through|with|at|via|on|to)|use|put [^.!?]{0,40} in writing to)\\b(?! (?:us|me)\\b)(?:[^.!?]|[.](?=\\p{L})){0,50}?(?:\\b(?:team|department|desk|manager|provider|bank|courier|customer service|support|site|website|portal|council|insurer|manufacturer|partner|retailer|seller|airline|lead|them|their|HMRC)\\b|[\\w.-]+@[\\w.-]+|\\bon \\d{3,})';

/** Saying that the matter belongs to someone else ("handled by the Sales team", "have to be changed on their site"). */
export const NOT_OURS =
  "\\b(?:(?:is|are) (?:handled|managed|dealt with|processed|done) by|can only be (?:done|changed|made|handled)|(?:has|have) to be (?:changed|done|made|handled) (?:on|by|through)|not (?:by )?(?:us|me|reception)|isn't handled|aren't handled|not our (?:area|department|team)|we can't|we're unable|we are unable|you'll (?:need|have) to|(?:has|have) to go (?:to|through)|go(?:es)? through (?:our|the|their|your))\\b";
