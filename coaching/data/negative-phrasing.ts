// Flat refusals. They are fine when an alternative follows ("…, but here is what I can do").

const REFUSED_ACTION =
  '(?:offer|provide|give|do|help|refund|restore|recover|change|extend|support|allow|accept|process|make|send|issue|cancel|reverse|approve|guarantee|promise|fix|reopen|transfer|exchange|replace|waive|honou?r|override|bypass|release|unlock|reset|add|remove|grant|ship|deliver|speed up|expedite|escalate|retrieve|undo|match|adjust|credit|compensate|reimburse|modify|edit|delete|access)';
/** After "won't" / "don't", only policy-type verbs: "we won't delete your data" is reassurance. */
const WITHHELD_SERVICE =
  '(?:offer|provide|refund|support|accept|allow|issue|give refunds|extend|ship|deliver|exchange|replace|waive|reimburse|compensate|expedite|honou?r|cover|guarantee|make exceptions|do refunds|process refunds)';

export const REFUSAL_PATTERNS: readonly string[] = [
  `(?:I|we)(?:'m|'re| am| are)? (?:afraid |sorry,? but |unfortunately,? )?(?:can't|cannot|can not|unable to|not able to|aren't able to|not allowed to|aren't allowed to|not permitted to|have no way to) (?:currently |really |usually )?${REFUSED_ACTION}`,
  `(?:I|we) (?:unfortunately,? )?(?:won't|will not|do not|don't|no longer) (?:currently |usually )?${WITHHELD_SERVICE}`,
  "(?:it's|it is|that's|that is|this is|it isn't|that isn't)(?: simply| just| really)? (?:not possible|impossible|not something (?:we|I) (?:can|do|offer|support|allow))",
  "(?:our |the |company )?polic(?:y|ies) (?:doesn't|does not|won't|will not|do not|don't|prevents?|prohibits?|forbids?)(?: (?:allow|permit|let))?",
  "(?:is not|are not|isn't|aren't) (?:allowed|permitted|possible|eligible|refundable|available)(?=[ \\t]*(?:[.!,;]|$|for|on|in|to|under))",
  "there(?:'s| is) (?:nothing|not much) (?:more )?(?:(?:we|I) can do|(?:we|I) can help with|to be done)",
  '(?:we|I) (?:have|had) no (?:choice|option|way|ability|means)',
  'no exceptions?',
  '(?:that|this|it) (?:will never|won\'t ever|can never|cannot ever) (?:happen|work|be possible)',
];

/** An offer of something else, after the refusal or in the next sentence. */
export const ALTERNATIVE_PATTERNS: readonly string[] = [
  'but', 'however', 'instead', 'although', 'though', 'alternatively', 'otherwise', 'meanwhile', 'in the meantime',
  'what (?:I|we) (?:can|could|will|\'ll) do', "(?:I|we)(?:'ll| will| can| could|'d be happy to| would be happy to|'m happy to| am happy to|'d be glad to|'ve|'d like to| would like to)(?!'t| not| never)",
  "(?:you|you'll) (?:can|could|may|might|will be able to)(?!'t| not| never)",
  "here(?:'s| is| are)", 'options?', 'the good news', 'workaround', 'happy to', 'glad to', 'suggest', 'recommend',
  'the best way', 'the quickest way', 'what works', 'one thing', 'another way', 'as soon as', 'once',
];
