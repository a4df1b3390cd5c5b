// How a reply opens and closes. Patterns follow engine/patterns.ts: a space is any whitespace,
// ' also matches ’. Matched at the start of the first / last lines of the agent's own text.

export const GREETING_PATTERNS: readonly string[] = [
  'hi',
  'hii+',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'dear',
  'greetings',
  'good (?:morning|afternoon|evening|day)',
  '(?:morning|afternoon|evening)',
  'hallo',
  'aloha',
  'welcome',
];

/** A warm first line that does the job of a greeting. */
export const OPENING_THANKS_PATTERNS: readonly string[] = [
  '(?:thanks|thank you)(?: so much| very much)? for (?:reaching out|contacting|getting in touch|writing|your (?:email|message|note|patience|question|request|reply|report))',
  "it's (?:great|good|nice) to hear from you",
];

/** Complimentary closes. A name may follow on the same line after a comma or dash. */
export const SIGN_OFF_PATTERNS: readonly string[] = [
  '(?:kind|warm|warmest|best|many|with kind|with best) regards',
  'regards',
  'best(?: wishes)?',
  'all the best',
  'sincerely(?: yours)?',
  'yours (?:sincerely|truly|faithfully)',
  'cheers',
  'take care',
  'talk (?:soon|to you soon)',
  'speak (?:soon|to you soon)',
  'have a (?:great|good|nice|lovely|wonderful|fantastic|brilliant|safe|relaxing|productive|restful|smooth|happy) (?:day|week|weekend|evening|one|trip|flight|journey|stay|holiday|break|time|move|launch|meeting|presentation)(?: [^,.!?\\n]{1,30})?',
  // Warm wishes do the job of a complimentary close ("Enjoy the trip,", "Good luck with the move,").
  'safe travels',
  'have fun(?: (?:with|on|at|in) [^,.!?\\n]{1,40})?',
  'bon voyage',
  'enjoy (?:the|your) [^,.!?\\n]{1,40}',
  '(?:good|best of) luck(?: (?:with|on|at|in|for) [^,.!?\\n]{1,40})?',
  'wishing you [^,.!?\\n]{1,40}',
  '(?:with )?(?:warm|warmest|kind|best|good) wishes',
  '(?:I )?hope (?:this|that) helps',
  "(?:I(?:'m| am) )?looking forward to hearing from you",
  '(?:I )?look forward to hearing from you',
  'until (?:next time|then)',
  'see you (?:soon|then|there|next time)',
  'stay (?:safe|well|warm|dry)',
  'be well',
  'yours',
  'all best',
  'warmly',
  'with (?:appreciation|gratitude)',
  'gratefully',
  '(?:many |big )?thanks(?: again| so much| a lot| in advance)?',
  'thank you(?: again| so much| very much| in advance)?',
  'thanks(?: again)? for your (?:patience|understanding|time|help|cooperation)',
  'thank you(?: again)? for your (?:patience|understanding|time|help|cooperation)',
  'thx',
  'with thanks',
  'respectfully',
  'happy to help',
];
