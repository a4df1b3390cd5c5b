// Flat refusals. They are fine when an alternative follows ("…, but here is what I can do").

const REFUSED_ACTION =
  '(?:offer|provide|give|do|help|refund|restore|recover|change|extend|support|allow|accept|process|make|send|issue|cancel|reverse|approve|guarantee|promise|fix|reopen|transfer|exchange|replace|waive|honou?r|override|bypass|release|unlock|reset|add|remove|grant|ship|deliver|speed up|expedite|escalate|retrieve|undo|match|adjust|credit|compensate|reimburse|modify|edit|delete|access|book|hold|reserve|move|pause|freeze|upgrade|downgrade|rebook|reinstate|reactivate|re-activate|recall|take back|price[- ]match|assist|arrange|schedule|collect|install|repair|lower|reduce|discount|split|renew|amend|rush)';
/** Things a passive refusal says cannot be done to the customer's request ("the address cannot be changed"). */
const REFUSED_PARTICIPLE =
  '(?:changed|refunded|reversed|cancell?ed|recovered|restored|extended|transferred|modified|edited|exchanged|returned|processed|accepted|approved|waived|issued|reinstated|reopened|released|unlocked|amended|moved|rebooked|expedited|guaranteed|overridden|honou?red|granted|made|done|offered|arranged|reactivated|replaced|paused|retrieved|credited|reimbursed)';
const PASSIVE_REFUSAL_VERB =
  "(?:cannot|can't|can not|can no longer|can't any longer|could not|couldn't|won't|will not|is not able to|are not able to|isn't able to|aren't able to)";
/** After "won't" / "don't", only policy-type verbs: "we won't delete your data" is reassurance. */
const WITHHELD_SERVICE =
  '(?:offer|provide|refund|support|accept|allow|issue|give refunds|extend|ship|deliver|exchange|replace|waive|reimburse|compensate|expedite|honou?r|cover|guarantee|make exceptions|do refunds|process refunds)';

const RULES =
  '(?:polic(?:y|ies)|rules|terms(?: and conditions| of service)?|T&Cs|T ?& ?Cs|guidelines|system|procedures?)';

export const REFUSAL_PATTERNS: readonly string[] = [
  `(?:I|we)(?:'m|'re| am| are)? (?:afraid |sorry,? but |unfortunately,? |really |simply )?(?:can't|cannot|can not|unable to|not able to|aren't able to|not allowed to|aren't allowed to|not permitted to|have no way to|not in a position to|in no position to|won't be able to|will not be able to) (?:currently |really |usually |actually |just )?${REFUSED_ACTION}`,
  `(?:I|we) (?:unfortunately,? |sadly,? |simply )?(?:won't|will not|do not|don't|no longer) (?:currently |usually )?${WITHHELD_SERVICE}`,
  // "We don't do price matching": refusing a kind of service outright.
  "(?:I|we) (?:unfortunately,? )?(?:don't|do not|no longer) do (?:that|this|those|refunds|exchanges|exceptions|price[- ]match(?:ing|es)?|repairs|home visits|deliveries|custom orders|bespoke)",
  // "It's impossible to overstate…" is emphasis, not a refusal.
  "(?:it's|it is|that's|that is|this is|it isn't|that isn't)(?: simply| just| really)? (?:not possible|impossible|not something (?:we|I) (?:can|do|offer|support|allow))(?! to (?:overstate|overemphasi[sz]e|exaggerate|put into words|say how))",
  // Any subject: "Pausing memberships is impossible", "Same-day delivery is not possible".
  '(?:is|are|would be|will be)(?: (?:simply|just|really|completely|totally|unfortunately|sadly|currently))? (?:impossible|not possible|no longer possible|not an option|no longer an option)',
  "(?:won't|will not|wouldn't|would not) be (?:possible|an option|doable|feasible)",
  'the answer (?:is|has to be|will have to be) no',
  "(?:that|this|it|which)(?:'s| is)(?: (?:simply|just|really|currently))? not (?:supported|possible|allowed|permitted|available|an option|offered|doable|feasible)",
  "(?:is not|are not|isn't|aren't|is no longer|are no longer) (?:supported|offered|an option|doable|feasible)(?=[ \\t]*(?:[.!,;]|$|for|on|in|to|under|by|at))",
  `(?:our |the |company |their )?${RULES} (?:doesn't|does not|won't|will not|do not|don't|prevents?|prohibits?|forbids?)(?: (?:allow|permit|let))?`,
  `(?:is |are |it's |that's |that is |it is |this is |which is )?(?:strictly )?against (?:our |the |company )?${RULES}`,
  "(?:is not|are not|isn't|aren't) (?:allowed|permitted|possible|eligible|refundable|available)(?=[ \\t]*(?:[.!,;]|$|for|on|in|to|under|at|from|with|during|after|before|here|there))",
  `${PASSIVE_REFUSAL_VERB} be ${REFUSED_PARTICIPLE}`,
  `(?:is|are|was|were|has been|have been) (?:never|not) (?:${REFUSED_PARTICIPLE}|given|offered|allowed|permitted)(?=[ \\t]*(?:[.!,;]|$|to|for|on|in|under|after|once|outside))`,
  '(?:has|have|was|were) (?:been )?(?:declined|denied|rejected|refused|turned down)',
  '(?:is|are) non-?(?:refundable|transferable|exchangeable|negotiable|returnable|cancell?able)',
  "there(?:'s| is) (?:nothing|not much) (?:more |further |else )?(?:(?:we|I) can do|(?:we|I) can help with|to be done|(?:we|I) can offer)",
  "there(?:'s| is) no way (?:to|for (?:us|me) to|(?:we|I) can)",
  '(?:we|I) (?:have|had) no (?:choice|option|way|ability|means)',
  'no exceptions?',
  // "The charge stands", "our decision is final".
  '(?:the |this |that |our |my )?(?:charge|fee|decision|penalty|fine|price|payment|bill|invoice|cancellation fee|late fee) (?:stands|will stand|is final|is non-negotiable|remains in place)',
  "(?:that|this|it) (?:will never|won't ever|can never|cannot ever) (?:happen|work|be possible)",
];

/** An offer of something else, after the refusal or in the next sentence. */
export const ALTERNATIVE_PATTERNS: readonly string[] = [
  'but',
  'however',
  'instead',
  'although',
  'though',
  'alternatively',
  'otherwise',
  'meanwhile',
  'in the meantime',
  "what (?:I|we) (?:can|could|will|'ll) do",
  "(?:I|we)(?:'ll| will| can| could|'d be happy to| would be happy to|'m happy to| am happy to|'d be glad to|'ve|'d like to| would like to)(?!'t| not| never)",
  "(?:you|you'll) (?:can|could|may|might|will be able to)(?!'t| not| never)",
  "here(?:'s| is| are)",
  'options?',
  'the good news',
  'workaround',
  'happy to',
  'glad to',
  'suggest',
  'recommend',
  'the best way',
  'the quickest way',
  'what works',
  'one thing',
  'another way',
  // "Once it arrives, the refund goes out" opens a way forward; "…once they've been removed" only
  // restates the limit, so these count at the start of a clause only.
  '(?:as soon as|once)(?<=(?:^|[.!?;:,]|\\band|\\bbut)\\s*(?:as soon as|once))',
];

/**
 * A refusal by meaning, for a sentence read whole: something is not possible, not available,
 * not planned, rejected, or not ours to do. Only flagged when the reply offers no way forward.
 */
export const REFUSAL_MEANING =
  "\\b(?:(?:isn't|is not|aren't|are not|not) (?:compatible|possible|available|supported|eligible|obliged|covered|included|refundable|an option)|no (?:plans|way around|way to|loan [\\p{L}]+|[\\p{L}]+ (?:is |are )?available|option|control over)|(?:is|are|has been|have been|was|were) (?:rejected|declined|denied|refused)|not (?:our|my) responsibility|(?:we|I)(?: really)? (?:can't|cannot|are unable to|am unable to|are not able to|'re unable to|'re not able to) \\p{L}+|(?:we|I) (?:won't|will not) be \\p{L}+ing|nothing (?:more )?(?:we|I) can do|(?:is|are) (?:never|not) covered|out of warranty|there's no (?:undo|budget|way|money|room|option)|(?:isn't|aren't|is not|are not|won't be) changing|(?:we|I) (?:won't|will not) (?:be )?(?:repair|refund|offer|provide|ship|deliver|accept|cover|replace|compensate|process|extend|waive|change|reimburse|make exceptions)\\p{L}*|(?:we|I) (?:don't|do not) (?:ship|deliver|offer|sell|support|do|provide|accept|give)|(?:can't|cannot) (?:do|be done|be (?:changed|restored|refunded|removed))|(?:can no longer|can't|cannot|can not) be \\p{L}+(?:ed|en)|(?:isn't|is not|aren't|are not) (?:allowed|permitted)|(?:unfortunately|sadly|afraid|sorry),? (?:but )?(?:we|i) (?:don't|do not|no longer) \\p{L}+|not (?:a |an )?(?:service|option|something|thing) (?:that )?(?:we|i) (?:provide|offer|do|support|allow)|(?:doesn't|does not|don't|do not) (?:include|cover)|(?:you|customers|guests|users) (?:can't|cannot|are unable to|aren't able to|are not able to|won't be able to) (?!miss|go wrong|lose|be (?:charged|billed))\\p{L}+)\\b";
