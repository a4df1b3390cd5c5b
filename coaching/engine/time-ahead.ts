// Whether a clause tells the customer of something still ahead of them ("drops off in 3 days",
// "is a few minutes away"), as against a past fact that happens to carry a date.

const END = '(?![\\p{L}\\p{N}-])';
const rx = (source: string): RegExp => new RegExp(source, 'iu');

/** A time ahead ("on Friday", "within 24h", "tomorrow") in a clause with no past tense. */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const COUNT = '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|several)';
const PERIOD = '(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|working days?|business days?)';
const CLOCK = '(?:\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)|\\d{1,2}:\\d{2}|noon|midday)';
const TIME_AHEAD = rx(
  `\\b(?:tomorrow|tonight|later today|this (?:afternoon|evening|week|weekend)|next (?:week|month|${WEEKDAY})|(?:on |this |by |before |until |for )?${WEEKDAY}|(?:on|by|before|until|for) the \\d|(?:on|from|by|before|until) \\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|between \\d|on (?:its|their|the) way|(?:\\d+|a few|a couple of) (?:minutes?|mins?|hours?) away|(?:the )?same (?:day|afternoon|morning|evening)|right away|straight away|(?:within|in) (?:the next )?${COUNT} ?${PERIOD}(?! (?:of|from|after|before)\\b)|in the next (?:few )?${PERIOD}|(?:by|before|around) ${CLOCK}|by the end of (?:the |this |next )?(?:day|week|month))\\b`,
);
/** "Refunds are only possible within 30 days": a window a rule sets, not something on its way. */
const WINDOW =
  /\b(?:only|possible|available|valid|eligible|allowed|permitted|accepted|refundable|returnable|returned|cancelled|changed)\s+(?:\p{L}+\s+)?$/iu;
const PAST = /\b(?:was|were|had|did|yesterday|ago|last)\b/iu;

/** "The parcel left the depot on Monday": a subject and a verb in the simple past. */
const SIMPLE_PAST = rx(
  `^(?:the|your|our|my|this|that|it|they|he|she|we|i)(?: [\\p{L}-]+){0,2}? (?:\\p{L}+ed|left|went|came|sent|got|took|arrived|began|ran|sold|paid)${END}`,
);

/**
 * A time ahead said in the present: "drops off in 3 days", "is a few minutes away". The part of the
 * clause that holds the time decides ("…was only a hold and disappears in 2 days").
 */
export function aheadInPresent(clause: string): boolean {
  const time = TIME_AHEAD.exec(clause);
  if (!time || WINDOW.test(clause.slice(0, time.index))) return false;
  const joint = /.*\s(?:and|but|so)\s/su.exec(clause.slice(0, time.index));
  const part = joint ? clause.slice(joint[0].length) : clause;
  return !PAST.test(part) && (joint !== null || !SIMPLE_PAST.test(clause));
}
