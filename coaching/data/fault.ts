// Word classes for engine/fault.ts: who a sentence is about and whether it puts fault on them.
// Closed classes (people and teams, frequency, evaluative words about conduct), not sentences.

/** Another person, team or company the agent might talk about in front of the customer. */
export const THIRD_PARTY =
  "\\b(?:the|our|your|their|that|this|these|those|his|her|my|an?)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:team|teams|department|dept|colleagues?|contractors?|subcontractors?|staff|developers?|devs|engineers?|techs?|technicians?|agents?|assessors?|adjusters?|managers?|supervisors?|suppliers?|vendors?|partners?|restaurants?|couriers?|drivers?|riders?|providers?|company|companies|people|guys|folks|office|crew|installers?|warehouse|carriers?|operators?|landlords?|shops?|stores?|sellers?|bank|airline|hotel|agency|lot)\\b";

/** What a person or team did or is, said as a judgement of them. */
export const CONDUCT_JUDGEMENT =
  "\\b(?:terrible|awful|useless|incompetent|hopeless|clueless|lazy|sloppy|careless|disorgani[sz]ed|notoriously|rubbish|hopeless|unprofessional|(?:in|left [\\p{L} ]{1,30} in) a mess|(?:not|aren't|isn't|weren't|wasn't) (?:(?:one )?of )?(?:our|the) best|(?:aren't|isn't|weren't|wasn't|not|never been) (?:properly |really )?(?:trained|qualified)|untrained|ignor(?:e|es|ed|ing) (?:our|us|my|me|the|your|every)|without (?:proper |properly |actually |any |even |really )?(?:testing|review|reviewing|checking|fixing|thinking|reading|telling|asking)|(?:testing|checking) it properly|(?:messed|screwed|mucked|cocked) (?:it |this |things |everything )?up|dropped the ball|botched|somehow (?:missed|managed|broke|lost|forgot|deleted)|(?:shouldn't|should not|should never) have (?:promised|told|said|done|sent|closed|given|booked|agreed)|wrong information|(?:don't|doesn't|do not|does not|didn't) (?:really )?care|(?:bad|terrible|awful|hopeless|useless|slow) at|never (?:get|gets|got) (?:it|anything) right|(?:does|do|did) (?:that|this) (?:a lot|all the time|constantly)|(?:keep|keeps|kept) (?:accepting|making mistakes|breaking|losing|messing|getting (?:it|this|things) wrong|forgetting|ignoring)|which keeps happening|as usual|(?:caused|causing) (?:us|everyone) (?:problems|trouble|headaches)|(?:hardly|not) our fault|not on us|not ours|shipping without|(?:had|has|have) (?:no idea|no clue) what (?:he|she|they)(?:'s|'re| was| were| is| are) doing|(?:a )?(?:nightmare|pain|joke) to (?:deal|work) with|can(?:'t|not) be trusted|(?:set|did|put|entered|configured|filled|keyed|booked|typed|built) (?:it|this|that|them|everything|your [\\p{L}-]+|the [\\p{L}-]+)(?: up| in)? (?:wrong|wrongly|incorrectly|badly)|typical of (?:them|him|her)|(?:never|rarely|don't|doesn't) (?:bother to |actually )?(?:read|check|test|listen)s?)\\b";

/** Generic people that take the customer in: "people forget…", "works for everyone else". */
export const GENERIC_PEOPLE =
  '\\b(?:people|users|customers|folks|most people|many people|a lot of people|lots of people|everyone else|everybody else|some people|you people)\\b';

/** What generic people are said to get wrong, or how often. */
export const CARELESS_HABIT =
  "\\b(?:forget|forgets|forgot|don't bother|rarely bother|never bother|can't be bothered|skip|skips|ignore|ignores|don't read|never read|rarely read|mistype|misread|get (?:it|this|that) wrong|click without|have loads of|leave it (?:too late|until)|all the time|always do (?:this|that)|never learn|for everyone else|fine for everyone)\\b";

/** Guessing at what the customer did: "you've probably rotated it", "I'd guess you…". */
export const CUSTOMER_GUESS =
  "\\b(?:you(?:'ve|'d| have| had)? (?:probably|most likely|presumably|must have|must've|evidently) (?!(?:seen|heard|received|got|noticed|been|felt)\\b)\\p{L}+|I(?:'d| would)? (?:guess|bet|suspect|reckon) (?:that )?you(?:'ve| have)? (?!(?:re|are)\\b)\\p{L}+|are you sure (?:that )?you(?:'re| are)? \\p{L}+ing|what (?:the hell |on earth )?did you do|you (?:\\p{L}+ed|chose|sent|put|set|took|hit|wrote|made|did) (?:[^.!?,;]{0,40} )?(?:wrong|yourself|by (?:mistake|accident)|incorrectly|twice))\\b";

/** Advice about the customer's future conduct: "be more careful", "you really should keep an eye…". */
export const CORRECTION =
  "\\b(?:(?:we|i)(?:'d| would) (?:recommend|suggest|advise)|keep (?:better|closer) (?:track|an eye)|be more careful|take more care|pay (?:more )?attention|make sure (?:you|to)|remember to|try to|please (?:double-check|check|read|be)|you (?:really|always|definitely) should (?!know|be aware|have known)|you should (?:really|always) (?!know|be aware|have known)|double-check your)\\b";

/** Verbs of getting back in touch: "next time it happens, message us" is an offer, not a correction. */
export const REPORT_BACK =
  '\\b(?:reply|contact|message|call|let (?:us|me) know|tell (?:us|me)|email|ping|shout|reach out|get in touch|drop (?:us|me)|text|chat|ring)\\b';

/**
 * Verbs of receiving and perceiving: "you didn't receive the code", "you should have got an
 * email" state what reached the customer, not what they did wrong.
 */
const RECEIPT_VERBS =
  '(?:receive|received|get|got|gotten|see|seen|saw|hear|heard|notice|noticed|been|be|need|needed|have|had|mean|meant|know|known|do anything wrong|did anything wrong|done anything wrong|deserve|deserved|expect|expected|want|wanted|lose|lost|miss anything)';

/** A past participle: regular, or one of the irregular verbs of doing things with an account or order. */
const PAST_PARTICIPLE =
  '(?:\\p{L}+ed|read|sent|paid|done|made|told|given|taken|chosen|written|kept|left|put|set|bought|sold|run|gone|come|brought|thought|spent|shown|held|sought|understood|built|won|hit|cut|shut|broken|forgotten|overwritten)\\b';

/**
 * The customer as the subject of a past failure or an unmet duty: "you didn't attach…", "you
 * never updated…", "you were supposed to return…", "you should have cancelled…". A clause that
 * opens with a condition ("if you didn't get it") or is a question is read elsewhere.
 */
export const CUSTOMER_FAULT = `(?:^|[,;:—–-]\\s*|\\b(?:and|but|so|because|since|as)\\s+)you\\s+(?:(?:really|clearly|obviously|simply|just)\\s+)?(?:(?:didn't|did not|never|failed to|forgot to|neglected to|omitted to|were supposed to|were meant to|were told to|were asked to)\\s+(?:(?:actually|even|properly|first|already)\\s+)?(?!${RECEIPT_VERBS}\\b)\\p{L}+|(?:should(?:'ve| have)|ought to have|shouldn't have|should not have)\\s+(?:(?:actually|even|properly|first|already)\\s+)?(?!${RECEIPT_VERBS}\\b)${PAST_PARTICIPLE})`;

/** Reminding the customer that they were told: "as you were told", "as I advised you". */
export const TOLD_BEFORE =
  '\\bas (?:you were (?:told|advised|instructed|informed|asked|warned)|(?:i|we) (?:told|advised|instructed|asked|warned) you|(?:(?:(?:already|previously|clearly) (?:stated|mentioned|explained|specified|noted|outlined|set out|indicated)|(?:stated|mentioned|explained|specified|noted|outlined|set out|indicated) (?:clearly|already|previously)) (?:in|on) (?:our|the|my|your)|(?:stated|mentioned|explained|specified|noted|outlined|set out|indicated) (?:in|on) (?:my|your)) (?:[\\p{L}-]+ )?(?:terms|t&cs|policy|instructions|faq|email|confirmation|guide|manual|documentation|contract|agreement|booking|order|website|page|message|reply)|(?:already|previously) (?:stated|mentioned|explained|said))\\b|^\\s*you were (?:already |clearly )?(?:told|warned|informed|advised|reminded)(?! (?:wrong|the wrong|incorrect|by|of))\\b';

/** A future moment set by a clause of its own: "the next time you sign in", "next time it happens". */
export const TIME_CLAUSE =
  "\\b(?:the )?next time (?:you|it|this|that|they|we|i|the [\\p{L}-]+|your [\\p{L}-]+)(?:'(?:re|s|ve|m))? (?!(?:should|must|need|have to|will)\\b)\\p{L}+";

/** What a correction of the customer's conduct asks of them, as against checking a fix. */
export const CONDUCT_CORRECTION =
  "\\b(?:be (?:more )?careful|take (?:more )?care|pay (?:more )?attention|make sure|remember to|double-check|don't|do not|never|avoid|try to|read (?:[^.!?,;]{0,40} )?(?:first|before|carefully|properly)|check (?:[^.!?,;]{0,40} )?(?:first|before|beforehand)|you (?:should|must|need to|have to))\\b";

/** Verbs that are faults in themselves when the customer is their subject: "you ignored the reminders". */
export const MISCONDUCT = `\\byou(?:'ve| have| had|'d)? (?:(?:clearly|simply|just|obviously|evidently|completely|somehow) )?(?:ignored|skipped|overlooked|misread|mistyped|misspelt|misspelled|disregarded|neglected|didn't bother|never bothered)\\b`;

/** "You were given the code but didn't use it": a second verb whose subject is still the customer. */
export const ELIDED_FAILURE = `\\byou\\b[^.!?;,]{0,60}\\b(?:but|and) (?:then )?(?:didn't|did not|never|forgot to|failed to|neglected to) (?:actually |even )?(?!${RECEIPT_VERBS}\\b)\\p{L}+`;

/** Guessing at what the customer did: "I suspect you clicked…", "you can't have saved it". */
export const HEDGED_GUESS = `\\b(?:i'd|i would) (?:guess|bet|say|imagine)\\b[^.!?]{0,40}\\b(?:at|on) your (?:end|side)\\b|\\b(?:i (?:assume|suspect|bet|reckon|guess)|my guess is|chances are)(?: that)?,? you(?:'ve| have| had)? (?:probably |accidentally |mistakenly )?(?!${RECEIPT_VERBS}\\b|(?:paid|ordered|booked|bought|used|wanted|meant|mentioned|asked|said|wrote|called|emailed|contacted)\\b)\\p{L}+(?:ed|t)\\b|\\byou (?:must not|mustn't|can't|cannot|couldn't|could not) have (?:actually |properly )?(?!${RECEIPT_VERBS}\\b)${PAST_PARTICIPLE}`;

/** The customer as the subject of a past action, or of one left undone: "you gave us", "you hadn't updated it". */
export const CUSTOMER_DEED = `\\byou(?:'d| had| hadn't| had not| haven't| have not| didn't| did not)? (?:(?:accidentally|mistakenly|then|also|just|already|still|yet) )?(?!${RECEIPT_VERBS}\\b|(?:mentioned|asked|said|told|contacted|wrote|emailed|called|reported|upgraded|joined|signed up|requested|chose to)\\b)(?:\\p{L}+ed|gave|put|sent|took|chose|made|wrote|set|left|hit|entered|typed|picked|update|use|pay|enter|add|change|renew|confirm|register|follow|read|check)\\b`;

/** What went wrong because of it: a failure, or the link that makes the deed its cause. */
export const FAILURE_OUTCOME =
  "\\b(?:failed|bounced|(?:was|were|got|has been|have been|had been) (?:rejected|declined|refused|blocked|cancell?ed|locked|returned|suspended|lost|voided|deleted|wiped|overwritten|disabled)|came back|stayed locked|never (?:arrived|reached|went through|came)|(?:didn't|did not|couldn't|could not) (?:go through|arrive|reach|work|sync|load|connect))\\b";

/** What makes the customer's deed a slip: an old or wrong thing given, or a duty left undone. */
export const SLIP =
  "\\b(?:old|outdated|out-of-date|wrong|incorrect|expired|invalid|previous|former|someone else's|unsupported|too late|late|twice|hadn't|had not|haven't|have not|didn't|did not)\\b";

/** A cause that takes the customer off the hook: the deed was fine, or the fault was ours. */
export const CLEARED =
  '\\b(?:correctly|properly|right|nothing wrong|everything right|our (?:side|end|system|fault|mistake|error|bug|label|app|site|website|team)|on our (?:side|end)|(?:we|i) (?:made|got)|not your fault)\\b';

/** Generalisations that hold up others' conduct against the customer's: "most people read the welcome email". */
export const MODEL_USERS =
  "\\b(?:that's|this is|that is|this is exactly) what (?:happens|you get)(?: (?:when|if))?\\b|\\b(?:people|users|customers|folks) (?:often |always |sometimes )?make (?:the same |this |that |this kind of |that kind of )?mistake\\b|\\bmistake (?:of|that) (?:many|most|lots of|a lot of) (?:people|users|customers)\\b";

/** Judgements of a third party's work: "did a poor job", "made a mess of it", "as they so often do". */
export const POOR_WORK =
  "\\b(?:(?:a )?(?:poor|bad|terrible|sloppy|lousy|shoddy|rushed|careless|half-hearted|awful) job|made (?:a (?:real |total |complete |right |proper )?mess|a hash) of|as (?:they|he|she) (?:so )?(?:often|always|usually) (?:do|does)|(?:they|he|she) (?:always|never|constantly|keep) (?:mess|get|lose|forget|mix)\\w*|(?:lose|lost|break|broke|forget|forgot|damage|damaged|mix|mess|get|got)\\w* [^.!?]{0,30}\\b(?:all the time|constantly|every time|as usual|yet again)|(?:is|are|'s|'re|been) (?:an? )?(?:absolute |total |complete |real )?(?:nightmare|joke|shambles|disaster)|unreliable)\\b";
