// Signs that the reply tells the customer what happens next, or asks them to confirm the fix.
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A clock time: "3pm", "9:30 am", "14:00". */
const CLOCK = '(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|noon|midday|midnight)';
/** Someone other than the agent who will act next: "the courier will collect it". */
const ACTOR =
  '(?:they|he|she|someone|somebody|a colleague|my colleague|(?:the|our|a|your) (?:[\\p{L}-]+ )?(?:courier|driver|engineer|technician|team|crew|manager|colleague|agent|specialist|staff|restaurant|hotel|store|shop|warehouse|airline|carrier|supervisor|partner|department|tutor|teacher|landlord|bank|provider|desk|nurse|doctor|office|reception))';

export const NEXT_STEP_PATTERNS: readonly string[] = [
  'let (?:me|us) know',
  '(?:confirm|verify|check) (?:that|whether|if|it|this|everything|for me)',
  '(?:does|did|has) (?:that|this|it) (?:help|helped|work|worked|fix|fixed|solve|solved|sort|sorted|do the trick)',
  '(?:is|are) (?:it|things|everything|you) (?:working|back up|up and running|all set|able to)',
  // "Reach out to the sales team" sends the customer elsewhere; only reaching back to us counts.
  "(?:reply|respond|write back|get back to (?:me|us)|drop (?:me|us) a (?:line|note)|reach out(?! to (?!(?:me|us)\\b))|feel free|don't hesitate)",
  "(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall) (?:also |personally |then |now |keep |still |happily |gladly )?(?:call|email|update|contact|follow up|check|get back|be in touch|reach out|send|let you know|keep you|monitor|look into|investigate|escalate|refund|process|fix|review|confirm|ship|test|watch|text|ring|write|report|chase|arrange|book|sort|order|replace|credit|reset|set up|pass|forward|post|release|swap|visit|come|bring|hold|restore|deliver|collect|notify|stay)",
  // Someone else's next move, said plainly: "the courier will collect it", "an engineer will visit".
  `${ACTOR}(?:'ll| will| is going to| are going to) (?:now |then |also |personally )?(?!not |never |need |have to |only |probably |likely )[\\p{L}]+`,
  "(?:is|are|'s|'re) (?:now )?on (?:its|their|the|her|his) way",
  "(?:is|are|has been|have been|'s|'re) (?:now )?(?:booked|scheduled|arranged|planned|lined up|confirmed) (?:for|on|at|between)",
  '(?:next|same)[- ]day',
  `(?:at|by|before|between|from|after|around|until) ${CLOCK}`,
  `(?:on|by|before|until|from|for|after) (?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}`,
  `(?:on|by|before|until|from|for|after) ${MONTH} \\d{1,2}(?:st|nd|rd|th)?`,
  '(?:after that|from then on|starting (?:next|this|tomorrow|today|on|from)|as of (?:today|tomorrow|next|this))',
  "(?:you(?:'ll| will)) (?:now |then |automatically )?(?:move|switch|roll over|be moved|be switched|be charged|be billed|be notified|be contacted|be emailed|be asked|be sent)",
  '(?:tell|show) (?:me|us) (?:if|whether|how|when|what|once)',
  'give it a (?:try|go|shot|whirl)',
  "(?:you(?:'ll| will| should)|it(?:'ll| will| should)|they(?:'ll| will)) (?:now )?(?:receive|get|see|hear|arrive|reach|appear|be (?:back|able|visible|delivered|refunded|credited|updated|restored|fixed|available|in touch))",
  `(?:within|in) (?:the next )?(?:\\d+|one|two|three|four|five|six|seven|ten|a few|a couple of|24|48|72) (?:hours?|days?|minutes?|mins?|business days?|working days?|weeks?)`,
  '(?:within|in) (?:minutes|hours|seconds|the hour|the next hour|a minute|a moment|a few moments|the day)',
  `(?:by|before|on|until|for|this|next|from|after) (?:${WEEKDAY}|tomorrow|tonight|end of (?:the )?(?:day|week)|eod|(?:this|next) (?:week|afternoon|morning|evening))`,
  'the same day',
  '(?:later )?(?:today|tomorrow|this (?:afternoon|morning|evening))',
  '(?:next steps?|in the meantime|meanwhile|what happens next|from here)',
  "(?:any (?:other |more |further )?questions|anything else|if (?:that|this|it) (?:doesn't|does not|didn't) (?:work|help)|if (?:the (?:problem|issue) )?(?:persists|happens again|comes back))",
  '(?:should|will) now (?:work|be|load|show|appear|sync|connect|open)',
  '(?:could|can|would) you (?:please )?(?:try|test|send|share|confirm|tell|let|reply|give)',
  '(?:please|kindly) (?:try (?:again|it)|test|send|share|confirm|reply|let|get back)',
  '(?:has|have) (?:now )?been (?:resolved|fixed|sorted|completed|processed|refunded|restored|reset|updated|shipped|credited|cancelled|canceled|reactivated|unlocked)',
];
