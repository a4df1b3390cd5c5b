// Situations that upset a customer even when no feeling is named (coaching guide, "Upset without
// emotion words", and the anxious row of the emotions table), plus the ways a message raises its
// voice. A weak emotion reading alone is too thin to ask the agent for an acknowledgement; one of
// these beside it makes the upset real. Phrases are matched whole-word, and a "not / never / no"
// just before one turns it around ("I haven't lost any files").

const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous)';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))';
const SPAN_OF_TIME = '(?:hours?|days?|weeks?|months?|ages)';
const WORK =
  '(?:work|files?|data|photos?|pictures|videos|documents?|docs|edits|changes|progress|emails?|messages|contacts|notes|projects?|reports?|essay|thesis|spreadsheets?|everything)';
const GONE = '(?:lost|gone|deleted|wiped|erased|corrupted|overwritten|disappeared|vanished)';

export const UPSETTING_SITUATIONS: readonly string[] = [
  // Repeated contact or a repeated failure.
  `${ORDINAL} (?:[\\p{L}-]+ )?(?:time|thing|item|email|message|ticket|request|attempt|call|chat|complaint|visit|replacement|delivery|engineer)s?`,
  `(?:${COUNT} times|twice|every (?:single )?time|each time|yet again|again and again|over and over)`,
  '(?:keeps?|kept) (?:on )?\\p{L}+ing',
  "still (?:not|no|never|isn't|aren't|doesn't|don't|won't|can't|hasn't|haven't|broken|failing|missing|waiting|down|stuck)",
  '(?:already|repeatedly) (?:tried|asked|called|rang|written|wrote|emailed|contacted|chased|sent|explained|reported|complained)',
  `(?:tried|restarted|rebooted|reinstalled|reset|replaced) (?:[\\p{L}'’]+ ){0,3}?(?:${COUNT}|everything|all of)`,
  '(?:no ?one|nobody) (?:has |had |ever )?(?:got|gotten|replied|responded|called|rang|answered|told|bothered|came|turned up|showed up|fixed)',
  '(?:never|not once) (?:heard back|got back|replied|responded|called back)|heard nothing|no (?:reply|response|answer|update|word)s? (?:from|since|yet|at all)',
  // A long wait or a delay.
  `(?:waiting|waited|on hold|been down|been broken|been offline|not working) (?:for )?(?:over |more than |almost |nearly )?(?:${COUNT}|an?|a few|a couple of) ${SPAN_OF_TIME}`,
  `for (?:over |more than |almost |nearly )?(?:the (?:past|last) )?(?:${COUNT}|an?|a few|a couple of) (?:days?|weeks?|months?)|for (?:the )?(?:past|last) (?:few |couple of )?(?:days|weeks|months|week|month)`,
  'delay(?:ed|s)?|overdue|no-show',
  '(?:is|was|were|are|arrived|running|came|been) (?:\\p{L}+ ){0,2}?late',
  "(?:hasn't|has not|haven't|have not|never|didn't|did not) (?:\\p{L}+ )?(?:arrived|turned up|shown up|showed up|come|been delivered|shipped)",
  // A double charge.
  'double[- ]?(?:charged|billed|charge|payment|billing)|duplicate (?:charge|payment|transaction)s?|overcharged',
  // A cancellation done to the customer (not the customer's own "I cancelled").
  "(?:was|were|been|got|gets) cancel+ed|(?:you|they|you have|you've|they have|they've) (?:just )?cancel+ed",
  // Lost work, and the fear of losing it, a job or a deadline.
  `${GONE} (?:[\\p{L}'’]+ ){0,3}?${WORK}`,
  `${WORK} (?:[\\p{L}'’]+ ){0,2}?(?:(?:is|are|was|were|has|have) )?(?:(?:been|got) )?${GONE}`,
  'deadline|(?:lose|losing) my job',
  // Money at stake.
  "(?:lost|losing|lose|cost(?:ing)? (?:me|us)) (?:[\\p{L}'’]+ ){0,2}?(?:money|sales|customers|clients|business|revenue|income|orders)",
  "(?:lost|losing|cost(?:ing)? (?:me|us)|out of pocket by) (?:[\\p{L}'’]+ ){0,2}?[£$€]\\d[\\d,.]*",
  "overdrawn|out of pocket|tight budget|(?:budget|money|cash) (?:is |'s )?tight|(?:can't|cannot|couldn't) afford",
  // Intensifiers.
  '(?:utterly|extremely|seriously|incredibly|ridiculously|completely|absolutely|totally)',
  // A demand or a threat.
  'I want (?:my money back|a (?:full )?refund|answers|an? (?:explanation|answer)|(?:this|it) (?:fixed|sorted|resolved|refunded|back|now|today))',
  'I demand|I insist|I expect better',
  '(?:fix|sort) (?:it|this|this mess)(?: out)?(?: now| today| immediately| asap)?!|explain yoursel(?:f|ves)',
  "(?:or|otherwise) (?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to) (?:cancel|leave|sue|report|complain|switch|dispute|take)",
  "(?:I'll|I will|we'll|we will|going to|will be) sue|sued|lawyers?|solicitors?|legal action|trading standards|ombudsman|charge ?back|small claims",
];

/**
 * Words a hurried customer writes in capitals ("switch it to express NOW"): the coaching guide
 * reads them as hurry, which asks for speed, not for an acknowledgement of upset.
 */
export const HURRY_WORDS: readonly string[] = ['NOW', 'ASAP', 'URGENT', 'URGENTLY', 'TODAY', 'IMMEDIATELY', 'QUICKLY'];
