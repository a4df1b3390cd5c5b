import type { PhraseEntry } from '../engine/kinds';
import { matchCase } from '../engine/text-tools';

// Blaming the customer, bad-mouthing another team or vendor, and passing the buck.
// "You should have received an email" is not blame, so the verbs are listed.

const CARELESS_PARTICIPLE =
  '(?:deleted|changed|removed|moved|clicked|typed|entered|forgotten|forgot|disabled|turned off|switched off|unplugged|overwritten|uninstalled|reset|misspelled|mistyped|ignored|skipped|missed|saved|broken|lost|chosen|selected|closed|cancelled|canceled|archived|blocked|unsubscribed|logged out|edited|renamed|dropped|installed|downloaded|used|set)';
const PRONOUN_OR_THING = '(?:it|them|this|that|(?:the|your|this|that|those|these) [\\p{L}-]+)';
const SHOULD_PARTICIPLE =
  '(?:read|checked|saved|backed up|followed|contacted|called|asked|updated|installed|restarted|noticed|looked|tested|waited|kept|made sure|double-checked|verified|thought|listened|reported|logged (?:in|out)|chosen|selected|paid attention|known better|been more careful|told|informed|notified|let us know|emailed|cancell?ed|turned (?:it )?off|switched (?:it )?off|disabled|removed|changed|used|ordered|booked|done|submitted|entered|renewed|paid|replied|confirmed|registered|written (?:it )?down|attached|included|requested|uploaded|tried|sent|returned|unplugged|left|arrived)';
const HINDSIGHT = 'Hindsight reads as blame; say what to do now instead.';
/** What the customer "keeps" doing wrong: "you keep typing the old password". */
const REPEATED_SLIP =
  '(?:typing|entering|clicking|using|forgetting|changing|deleting|ignoring|pressing|mistyping|resetting|unplugging|skipping|missing|sending|uploading|choosing|selecting|opening|closing|turning|switching|logging)';
/** Someone else's slip, said in front of the customer. */
const BLAME_SLIP =
  '(?:dropped the ball|dropping the ball|got (?:it|this|your order|the order) wrong|keeps? getting (?:[\\p{L}-]+ ){0,2}wrong)';
const OTHER_SUBJECT =
  '(?:they|he|she|(?:the|our|that|this) (?:[\\p{L}-]+ ){0,2}(?:team|department|agent|colleague|courier|carrier|warehouse|vendor|supplier|developers?|engineers?|staff|guys|people|folks))';
/** Other people and companies an agent might blame in front of the customer. */
const OTHERS =
  '(?:vendor|supplier|manufacturer|carrier|courier|partner|contractor|subcontractor|provider|third[- ]party|delivery (?:company|firm|driver)|payment (?:processor|provider)|tour operator|operator|airline|hotel|property|store|shop|retailer|seller|bank|landlord|agency|post office|warehouse|factory|previous agent|other agent|last agent|colleague|developers?|engineers?|installers?|technicians?|drivers?|staff|agent you spoke to)';
const INCOMPETENT =
  '(?:useless|incompetent|terrible|awful|hopeless|clueless|rubbish|(?:an? )?(?:joke|mess|nightmare|disaster|shambles|pain)|to blame|at fault|unreliable|always late|lazy|sloppy|careless)';

function passiveSuggestion(participle: string | undefined, object: string | undefined, original: string): string[] {
  const thing = object
    ? object
        .replace(/^your /iu, 'your ')
        .replace(/^them$/iu, 'they')
        .replace(/^(?:this|that)$/iu, 'it')
    : 'it';
  const verb = thing === 'they' || /^(?:those|these) /iu.test(thing) ? 'were' : 'was';
  return [matchCase(`it looks like ${thing} ${verb} ${participle ?? 'changed'}`, original)];
}

const PASSING_THE_BUCK = 'Passing the buck leaves the customer stranded.';
const HINDSIGHT_ADVICE = 'Hindsight advice reads as blame.';

export const BLAME_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: `you (?:must|must've|probably|obviously|clearly|definitely) (?:have )?(?:accidentally |mistakenly |somehow )?(${CARELESS_PARTICIPLE})(?: (${PRONOUN_OR_THING}))?`,
    message: 'This guesses at what the customer did wrong.',
    suggestions: (match) => passiveSuggestion(match.groups[0], match.groups[1], match.text),
  },
  {
    pattern: `you (?:really |definitely |obviously |clearly )?(?:should|ought to)(?:'ve| have| really have| of) ${SHOULD_PARTICIPLE}`,
    message: HINDSIGHT_ADVICE,
    suggestions: (match) => [
      matchCase(
        match.text.replace(
          /^you (?:really |definitely |obviously |clearly )?(?:should|ought to)(?:['’]ve| have| really have| of)/iu,
          'next time, it helps to have',
        ),
        match.text,
      ),
    ],
  },
  // Hindsight conditionals have no neat word-for-word fix: the message asks for a rewrite.
  {
    pattern: `(?:had you|if you(?:'d| had)(?: only| just)?) (?:bothered to )?${SHOULD_PARTICIPLE}`,
    message: HINDSIGHT,
  },
  {
    pattern: "you would(?:'ve| have) known(?: (?:this|that|it))?",
    message: HINDSIGHT,
  },
  {
    pattern: "(?:which )?you(?:'d| would) (?:already )?know (?:this |that )?if you(?:'d| had)",
    message: HINDSIGHT,
  },
  {
    pattern: 'you (?:left it|waited|took) (?:too late|too long|until the last minute|until the last day)',
    message: 'Pointing at what the customer did reads as blame.',
    suggestions: ['the deadline had passed'],
  },
  {
    pattern: `you (?:keep|kept|keeps) ${REPEATED_SLIP}`,
    message: 'Pointing at what the customer keeps doing reads as blame; describe what is happening instead.',
  },
  {
    pattern:
      '(?:next time|in future|in the future),?(?: (?:please|try to|make sure(?: to| you)?|remember to|be sure to))?(?= (?:double-check|check|read|make sure|remember|be (?:more )?careful|pay (?:more )?attention|look|save|back up|follow|confirm)\\b)',
    message: 'Advice about next time reads as blame.',
    suggestions: ['to make this easier, you can'],
  },
  {
    pattern:
      '(?:please )?(?:read|check) (?:my|our|the) (?:[\\p{L}-]+ ){0,2}(?:more )?(?:carefully|properly|thoroughly)|(?:please )?read (?:more )?(?:carefully|properly)',
    message: 'Telling the customer to read more carefully reads as blame.',
    suggestions: [''],
  },
  {
    pattern:
      '(?:please )?stop (?:changing|touching|messing (?:with|about|around)|fiddling with|playing (?:with|around)|deleting|clicking|tinkering)',
    message: 'Telling the customer off reads as blame; explain what the change affects instead.',
  },
  {
    pattern: `you (?:shouldn't|should not) have (?:${CARELESS_PARTICIPLE}|done that|done this)`,
    message: HINDSIGHT_ADVICE,
    suggestions: ['this is easy to do by accident'],
  },
  {
    pattern:
      "you (?:didn't|did not|failed to|forgot to|neglected to|never bothered to)(?= (?:read|follow|check|save|back up|update|install|restart|enter|click|include|attach|send|reply|configure|confirm|verify|pay|renew|select|tick|turn|enable|log|add|use|look|contact|tell|mention)\\b)",
    message: 'Pointing at what the customer failed to do reads as blame.',
    suggestions: ['it looks like we still need to'],
  },
  {
    pattern:
      "(?:it's|it is|that's|that is|this is|it was|that was|this was|it's been|that's been) (?:entirely |completely |totally |all |really |clearly |simply )?(?:your (?:own )?(?:fault|mistake|problem|responsibility|doing|error)|on you|down to you)",
    message: 'Whose fault it was does not help the customer now.',
    suggestions: ["let's get this sorted"],
  },
  {
    pattern: '(?:user|operator|customer|PEBKAC|PEBCAK|ID-?10-?T) error',
    message: '"User error" blames the customer.',
    suggestions: ['a settings mix-up'],
  },
  {
    pattern:
      '(?:as you were (?:told|warned|instructed|advised)|you were (?:already |clearly |specifically |repeatedly |explicitly )?warned|you were (?:already |clearly |specifically |repeatedly |explicitly )(?:told|informed|advised)|you were (?:told|advised) (?:about|not to|to|before|several|more than))',
    message: 'Reminding the customer they were warned reads as blame.',
    suggestions: ['as a reminder'],
  },
  {
    pattern:
      "(?:the |our |that )?(?:network|billing|dev|developer|development|engineering|IT|sales|shipping|warehouse|other|backend|QA|ops|operations|accounts|finance|marketing|product|tech|technical|support|web|security|server|infrastructure|database|mobile|app|night shift|day shift|offshore|outsourced) (?:team|department|dept|guys|people|folks|crew|shift)(?:'s| has| have| is| are)? (?:messed|screwed|botched|broke|broken|dropped the ball|keeps? messing|always mess|never (?:fix|test|read|listen)|forgot|failed|(?:useless|incompetent|hopeless|clueless|a mess|a joke|to blame|at fault))(?: up)?(?: (?:it|this|things|again))?(?: again)?",
    message: 'Criticising another team airs internal problems to the customer.',
    suggestions: ['there was a problem on our side'],
  },
  {
    pattern: '(?:messed|screwed|botched) (?:it |this |things )?up again',
    message: 'This airs internal problems to the customer.',
    suggestions: ['had a problem'],
  },
  {
    pattern: `(?:(?:the|our|that|this|their|your) (?:[\\p{L}-]+ )?)?${OTHERS}(?:'s| is| are| has been| have been| was| were)?(?: (?:just|so|really|totally|completely|absolutely|utterly|always|such|a total|a complete|an absolute))* ${INCOMPETENT}`,
    message: 'Blaming a partner or colleague does not help the customer and reflects on us.',
    suggestions: (match) => [
      matchCase(
        /\b(?:agent|colleague|staff|developers?|engineers?|technicians?|installers?|drivers?)\b/iu.test(match.text)
          ? "we're following up with the team involved"
          : "we're following up with our partner",
        match.text,
      ),
    ],
  },
  {
    // Ownership ("we dropped the ball") is fine; pinning it on someone else is not. With a named
    // subject, or with none but not "we"/"I" (the lookahead spares the costly lookbehind).
    pattern: `(?:${OTHER_SUBJECT}(?:'ve| have| had| really| clearly| totally| just| completely)? ${BLAME_SLIP}|(?=dropp|got|keep)(?<!\\b(?:we|I)(?:'ve| have| had| really| clearly| totally)? )${BLAME_SLIP})`,
    message: 'Criticising a colleague or partner airs internal problems to the customer.',
    suggestions: ['something went wrong on our side'],
  },
  {
    pattern:
      "(?:(?:didn't|did not|doesn't|does not|don't) know what (?:he|she|they) (?:was|were|is|are) doing|(?:he|she|they) (?:didn't|did not|never) (?:even )?bother(?:ed)? to)",
    message:
      'Criticising a colleague airs internal problems to the customer; say what went wrong and how you fixed it.',
  },
  {
    pattern:
      "(?:that's|it's|this is|that is|it is) (?:on|up to|down to) (?:them|the (?:[\\p{L}-]+ )?(?:team|department|airline|courier|carrier|manufacturer|vendor|supplier|store|shop|hotel|warehouse|contractors?|subcontractors?))(?:,? not (?:us|me|ours))?",
    message: 'Passing the responsibility on leaves the customer stranded.',
    suggestions: ["I'll follow this up for you"],
  },
  {
    pattern:
      "(?:blame|it's the fault of|it is the fault of|fault lies with) (?:the |our )?(?:vendor|supplier|manufacturer|carrier|courier|partner|contractor|provider|other team|developers|engineers)",
    message: 'Blaming someone else does not help the customer.',
    suggestions: ["we're following up with the team involved"],
  },
  {
    pattern:
      "(?:(?:that|it|this|those|they|which)(?:'s|'re| is| are) |(?:is|are|'s|'re) )?(?:not|isn't|aren't|is not|are not) (?:really )?(?:my|our) (?:job|department|responsibility|area|remit|call|team|problem to (?:solve|fix))",
    message: PASSING_THE_BUCK,
    suggestions: (match) => {
      if (/^(?:that|it|this|those|they|which)\b/iu.test(match.text))
        return [matchCase('let me find the right person for this', match.text)];
      const verb = /^(?:are|'re|’re|aren)/iu.test(match.text) ? 'are' : 'is';
      return [`${verb} something I'll pass to the right person`];
    },
  },
  {
    pattern: '(?:outside|beyond|above) (?:my|our) (?:remit|pay grade|job|area|department)',
    message: PASSING_THE_BUCK,
    suggestions: ["something I'll pass to the right person"],
  },
  {
    pattern: "(?:(?:that|it|this)(?:'s| is| has)) nothing to do with (?:me|us|our team)",
    message: PASSING_THE_BUCK,
    suggestions: ["that's something I'll pass to the right person"],
  },
  {
    pattern: '(?:I|we) only (?:deal with|handle|do|look after|cover|work on|take care of)[^.!?;\\n]{0,40}',
    message: PASSING_THE_BUCK,
    suggestions: ['let me find the right person for this'],
  },
  {
    pattern: "(?:that's |that is |it's |it is )?not (?:our|my) fault",
    message: 'Disclaiming fault does not help the customer.',
    suggestions: ["let's look at what happened"],
  },
];
