import type { PhraseEntry } from '../engine/kinds';
import { matchCase } from '../engine/text-tools';

// Blaming the customer, bad-mouthing another team or vendor, and passing the buck.
// "You should have received an email" is not blame, so the verbs are listed.

const CARELESS_PARTICIPLE =
  '(?:deleted|changed|removed|moved|clicked|typed|entered|forgotten|forgot|disabled|turned off|switched off|unplugged|overwritten|uninstalled|reset|misspelled|mistyped|ignored|skipped|missed|saved|broken|lost|chosen|selected|closed|cancelled|canceled|archived|blocked|unsubscribed|logged out|edited|renamed|dropped|installed|downloaded|used|set)';
const PRONOUN_OR_THING = '(?:it|them|this|that|(?:the|your|this|that|those|these) [\\p{L}-]+)';
const SHOULD_PARTICIPLE =
  '(?:read|checked|saved|backed up|followed|contacted|called|asked|updated|installed|restarted|noticed|looked|tested|waited|kept|made sure|double-checked|verified|thought|listened|reported|logged (?:in|out)|chosen|selected|paid attention|known better|been more careful)';

function passiveSuggestion(participle: string | undefined, object: string | undefined, original: string): string[] {
  const thing = object ? object.replace(/^your /iu, 'your ').replace(/^them$/iu, 'they').replace(/^(?:this|that)$/iu, 'it') : 'it';
  const verb = thing === 'they' || /^(?:those|these) /iu.test(thing) ? 'were' : 'was';
  return [matchCase(`it looks like ${thing} ${verb} ${participle ?? 'changed'}`, original)];
}

export const BLAME_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: `you (?:must|must've|probably|obviously|clearly|definitely) (?:have )?(?:accidentally |mistakenly |somehow )?(${CARELESS_PARTICIPLE})(?: (${PRONOUN_OR_THING}))?`,
    message: 'This guesses at what the customer did wrong.',
    suggestions: (match) => passiveSuggestion(match.groups[0], match.groups[1], match.text),
  },
  {
    pattern: `you should (?:really )?have ${SHOULD_PARTICIPLE}`,
    message: 'Hindsight advice reads as blame.',
    suggestions: (match) => [matchCase(match.text.replace(/^you should (?:really )?have/iu, 'next time, it helps to have'), match.text)],
  },
  {
    pattern: `you (?:shouldn't|should not) have (?:${CARELESS_PARTICIPLE}|done that|done this)`,
    message: 'Hindsight advice reads as blame.',
    suggestions: ['this is easy to do by accident'],
  },
  {
    pattern: "you (?:didn't|did not|failed to|forgot to|neglected to|never bothered to)(?= (?:read|follow|check|save|back up|update|install|restart|enter|click|include|attach|send|reply|configure|confirm|verify|pay|renew|select|tick|turn|enable|log|add|use|look|contact|tell|mention)\\b)",
    message: 'Pointing at what the customer failed to do reads as blame.',
    suggestions: ['it looks like we still need to'],
  },
  {
    pattern: "(?:it's|it is|that's|that is|this is) (?:entirely |completely |totally |all |really )?(?:your (?:own )?(?:fault|mistake|problem|responsibility|doing)|on you)",
    message: 'Whose fault it was does not help the customer now.',
    suggestions: ["let's get this sorted"],
  },
  { pattern: '(?:user|operator|customer|PEBKAC|PEBCAK|ID-?10-?T) error', message: '"User error" blames the customer.', suggestions: ['a settings mix-up'] },
  {
    pattern: '(?:as you were (?:told|warned|instructed|advised)|you were (?:already )?(?:told|warned) (?:about|not to|to))',
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
    pattern: "(?:messed|screwed|botched) (?:it |this |things )?up again",
    message: 'This airs internal problems to the customer.',
    suggestions: ['had a problem'],
  },
  {
    pattern:
      "(?:the |our |that )?(?:vendor|supplier|manufacturer|carrier|courier|partner|contractor|provider|third[- ]party|delivery company|payment processor)(?:'s| is| are)? (?:useless|incompetent|terrible|hopeless|clueless|a joke|to blame|at fault|unreliable|always late|never on time)",
    message: 'Blaming a partner does not help the customer and reflects on us.',
    suggestions: ["we're following up with our partner"],
  },
  {
    pattern: "(?:blame|it's the fault of|it is the fault of|fault lies with) (?:the |our )?(?:vendor|supplier|manufacturer|carrier|courier|partner|contractor|provider|other team|developers|engineers)",
    message: 'Blaming someone else does not help the customer.',
    suggestions: ["we're following up with the team involved"],
  },
  {
    pattern: "(?:that's |that is |it's |it is |this is )?(?:not|isn't|is not) my (?:job|department|fault|responsibility|area|remit|call)",
    message: 'Passing the buck leaves the customer stranded.',
    suggestions: ['let me find the right person for this'],
  },
  {
    pattern: "(?:that's |that is |it's |it is )?not (?:our|my) fault",
    message: 'Disclaiming fault does not help the customer.',
    suggestions: ["let's look at what happened"],
  },
];
