// Signs that the reply tells the customer what happens next, or asks them to confirm the fix.
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)';

export const NEXT_STEP_PATTERNS: readonly string[] = [
  'let (?:me|us) know',
  '(?:confirm|verify|check) (?:that|whether|if|it|this|everything|for me)',
  '(?:does|did|has) (?:that|this|it) (?:help|helped|work|worked|fix|fixed|solve|solved|sort|sorted|do the trick)',
  '(?:is|are) (?:it|things|everything|you) (?:working|back up|up and running|all set|able to)',
  '(?:reply|respond|write back|get back to (?:me|us)|drop (?:me|us) a (?:line|note)|reach out|feel free|don\'t hesitate)',
  "(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall) (?:also |personally |then |now |keep )?(?:call|email|update|contact|follow up|check|get back|be in touch|reach out|send|let you know|keep you|monitor|look into|investigate|escalate|refund|process|fix|review|confirm|ship|test|watch|text|ring|write)",
  "(?:you(?:'ll| will| should)|it(?:'ll| will| should)|they(?:'ll| will)) (?:now )?(?:receive|get|see|hear|arrive|reach|appear|be (?:back|able|visible|delivered|refunded|credited|updated|restored|fixed|available|in touch))",
  `(?:within|in) (?:the next )?(?:\\d+|one|two|three|four|five|a few|24|48|72) (?:hours?|days?|minutes?|business days?|working days?|weeks?)`,
  `(?:by|before|on|until) (?:${WEEKDAY}|tomorrow|tonight|end of (?:the )?(?:day|week)|eod|(?:this|next) (?:week|afternoon|morning|evening))`,
  '(?:later )?(?:today|tomorrow|this (?:afternoon|morning|evening))',
  '(?:next steps?|in the meantime|meanwhile|what happens next|from here)',
  '(?:any (?:other |more |further )?questions|anything else|if (?:that|this|it) (?:doesn\'t|does not|didn\'t) (?:work|help)|if (?:the (?:problem|issue) )?(?:persists|happens again|comes back))',
  "(?:should|will) now (?:work|be|load|show|appear|sync|connect|open)",
  "(?:could|can|would) you (?:please )?(?:try|test|send|share|confirm|tell|let|reply|give)",
  "(?:please|kindly) (?:try (?:again|it)|test|send|share|confirm|reply|let|get back)",
  '(?:has|have) (?:now )?been (?:resolved|fixed|sorted|completed|processed|refunded|restored|reset|updated|shipped|credited|cancelled|canceled|reactivated|unlocked)',
];
