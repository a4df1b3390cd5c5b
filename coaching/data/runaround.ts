import type { PhraseEntry } from '../engine/kinds';
import { matchCase } from '../engine/text-tools';

// Sending the customer elsewhere without a handoff. Contacting *their own* bank or administrator
// is sometimes the only way, so the targets here are our own teams and partners.

const TEAM =
  '(?:(?:our|the|a|another|other|some|a different) )?(?:billing|sales|accounts?|accounting|finance|shipping|delivery|returns|refunds?|technical|tech|IT|legal|security|network|product|engineering|dev|development|onboarding|customer success|customer service|customer care|support|helpdesk|help desk|escalations?|another|other|different|relevant|right|appropriate|correct|proper|specialist|web|app|mobile|enterprise|partner|reseller)(?: (?:support|services|operations))? (?:team|department|dept|desk|people|folks|group|queue|line)';
const PARTNER = '(?:the|our) (?:manufacturer|vendor|supplier|carrier|courier|reseller|partner|developers?|engineers?)';
const TARGET = `(?:${TEAM}|billing|sales|${PARTNER}|them|someone else|somebody else)`;
const SEND_AWAY =
  '(?:call|phone|ring|contact|email|e-mail|message|reach out to|get in touch with|talk to|speak (?:to|with)|ask|write to|open a (?:new |separate )?(?:ticket|case|request) with|submit a (?:new |separate )?(?:ticket|request) (?:to|with)|raise (?:it|this|that) with|take (?:it|this|that) up with|go to|direct your (?:question|request|query) to)';

const GENERIC_TARGET = /^(?:(?:a |the )?(?:another|other|different|relevant|right|appropriate|correct|proper|specialist)\b|some(?:one|body)? ?(?:else)?\b|them$)/iu;

function handoffText(target: string | undefined, original: string): string {
  const raw = (target ?? '').trim();
  const cleaned = raw.replace(/^(?:our|the|a) /iu, '');
  let team: string;
  if (!raw || GENERIC_TARGET.test(raw)) team = 'the right team';
  else if (/\b(?:team|department|dept|desk|group|queue|line|people|folks)$/iu.test(cleaned)) team = `our ${cleaned}`;
  else if (/^(?:manufacturer|vendor|supplier|carrier|courier|reseller|partner|developers?|engineers?)$/iu.test(cleaned)) team = `the ${cleaned}`;
  else team = `our ${cleaned} team`;
  return matchCase(`I've passed this to ${team} with your details, and they'll contact you directly`, original);
}

export const RUNAROUND_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: `you(?:'ll| will| would)? (?:have|need|want) to (?:${SEND_AWAY}) (${TARGET})`,
    suggestions: (match) => [handoffText(match.groups[0], match.text)],
  },
  {
    pattern: `(?<=(?:^|[.!?:;]|\\n)\\s*)(?:please |kindly |you can |you could |you may |you should |I suggest you |I'd suggest you )?(?:${SEND_AWAY}) (${TARGET})`,
    suggestions: (match) => [handoffText(match.groups[0], match.text)],
  },
  {
    pattern: "(?:that's|that is|this is|it's|it is) not (?:something|a question|an issue|a request|a matter) (?:that )?(?:we|I) (?:handle|deal with|can help with|cover|support|look after)",
    suggestions: (match) => [handoffText(undefined, match.text)],
  },
  {
    pattern: "(?:you(?:'ve| have) (?:reached|contacted|come to) )?the wrong (?:department|team|queue|place|address)",
    suggestions: (match) => [handoffText(undefined, match.text)],
  },
  {
    pattern: "(?:we|I) (?:don't|do not|can't|cannot) (?:handle|deal with|cover|look after) (?:that|this|those|these|billing|refunds|shipping)(?: here)?",
    suggestions: (match) => [handoffText(undefined, match.text)],
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
