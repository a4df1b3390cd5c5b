// Word classes for engine/fault.ts: who a sentence is about and whether it puts fault on them.
// Closed classes (people and teams, frequency, evaluative words about conduct), not sentences.

/** Another person, team or company the agent might talk about in front of the customer. */
export const THIRD_PARTY =
  "\\b(?:the|our|your|their|that|this|these|those|his|her|an?)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:team|teams|department|dept|colleagues?|contractors?|subcontractors?|staff|developers?|devs|engineers?|techs?|technicians?|agents?|assessors?|adjusters?|managers?|supervisors?|suppliers?|vendors?|partners?|restaurants?|couriers?|drivers?|riders?|providers?|company|companies|people|guys|folks|office|crew|installers?|warehouse|carriers?|operators?|landlords?|shops?|stores?|sellers?|bank|airline|hotel|agency|lot)\\b";

/** What a person or team did or is, said as a judgement of them. */
export const CONDUCT_JUDGEMENT =
  "\\b(?:terrible|awful|useless|incompetent|hopeless|clueless|lazy|sloppy|careless|disorgani[sz]ed|notoriously|rubbish|hopeless|unprofessional|(?:in|left [\\p{L} ]{1,30} in) a mess|(?:not|aren't|isn't|weren't|wasn't) (?:(?:one )?of )?(?:our|the) best|(?:aren't|isn't|weren't|wasn't|not|never been) (?:properly |really )?(?:trained|qualified)|untrained|ignor(?:e|es|ed|ing) (?:our|us|my|me|the|your|every)|without (?:proper |properly |actually |any |even |really )?(?:testing|review|reviewing|checking|fixing|thinking|reading|telling|asking)|(?:testing|checking) it properly|(?:messed|screwed|mucked|cocked) (?:it |this |things |everything )?up|dropped the ball|botched|somehow (?:missed|managed|broke|lost|forgot|deleted)|(?:shouldn't|should not|should never) have (?:promised|told|said|done|sent|closed|given|booked|agreed)|wrong information|(?:don't|doesn't|do not|does not|didn't) (?:really )?care|(?:bad|terrible|awful|hopeless|useless|slow) at|never (?:get|gets|got) (?:it|anything) right|(?:does|do|did) (?:that|this) (?:a lot|all the time|constantly)|(?:keep|keeps|kept) (?:accepting|making mistakes|breaking|losing|messing|getting (?:it|this|things) wrong|forgetting|ignoring)|which keeps happening|as usual|(?:caused|causing) (?:us|everyone) (?:problems|trouble|headaches)|(?:hardly|not) our fault|not on us|not ours|shipping without)\\b";

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
  '\\b(?:be more careful|take more care|pay (?:more )?attention|make sure (?:you|to)|remember to|try to|please (?:double-check|check|read|be)|you (?:really|always|definitely) should (?!know|be aware|have known)|you should (?:really|always) (?!know|be aware|have known)|double-check your)\\b';

/** Verbs of getting back in touch: "next time it happens, message us" is an offer, not a correction. */
export const REPORT_BACK =
  '\\b(?:reply|contact|message|call|let (?:us|me) know|tell (?:us|me)|email|ping|shout|reach out|get in touch|drop (?:us|me)|text|chat|ring)\\b';
