import type { PhraseEntry } from '../engine/kinds';
import { matchCase } from '../engine/text-tools';

// Words that talk down to the customer. "Just"/"simply" are flagged only before an instruction
// ("just click Save"), not when "just" means "only now" ("I just checked").

const INSTRUCTION =
  '(?:click|tap|press|go|open|restart|reboot|log|sign|type|enter|select|choose|follow|read|check|install|update|download|use|do|hit|turn|switch|close|reinstall|refresh|copy|paste|drag|scroll|navigate|add|remove|delete|change|set|make|visit|reset|need to|have to|look|put|pick|plug|unplug|tick|untick|enable|disable|clear|uninstall|save|upload|attach|run|search|find|head)';
// The lookahead first: checking the next letters is cheap, the variable-length lookbehind is not.
const BEFORE_INSTRUCTION = '(?=just|simply|merely)(?<=(?:^|[.!?:;,(\\n]|\\byou|\\bthen|\\band|\\bto|\\bplease)\\s*)';

const IMPLIES_KNOWN = '"{phrase}" implies the customer should have known.';
const IMPATIENT = '"{phrase}" sounds impatient.';
const TALKS_DOWN = '"{phrase}" talks down to the customer.';

export const CONDESCENSION_PHRASES: readonly PhraseEntry[] = [
  { pattern: 'obviously,?', suggestions: [''] },
  {
    // "It's really easy" tells a customer who is stuck that they shouldn't be. "It's easy to miss"
    // is the opposite (it sides with them), so a following "to …" is left alone.
    pattern:
      "(?:it's|it is|this is|that's|that is)(?: (?:really|very|quite|pretty|dead|super|honestly|so|actually|all|incredibly|extremely|fairly|literally))* (?:easy|simple|basic|straightforward|obvious|self-explanatory|not (?:hard|difficult|complicated|tricky))(?:, really)?(?! to\\b)(?=\\s*(?:[.!:;,]|$|and|once|if|enough|stuff))",
    message: '"{phrase}" tells a customer who asked for help that it should have been easy.',
    suggestions: ["here's how"],
  },
  { pattern: "(?:that's|that is) all there is to it", suggestions: ["that's it"] },
  { pattern: "(?:you )?(?:can't|cannot|couldn't) (?:possibly )?miss it", suggestions: ["it's there"] },
  {
    pattern:
      "surely you(?:'ve| have| know| can| must| understand| remember| saw| read| noticed|'re| are)[^.!?\\n]{0,60}",
    message: IMPLIES_KNOWN,
    suggestions: [''],
  },
  {
    pattern:
      '(?:the )?(?:very )?first thing (?:anyone|everyone|anybody|any(?:one|body) sensible|you) (?:would|should|does|ought to|needs to) (?:do|try|check)',
    message: IMPLIES_KNOWN,
    suggestions: ['a good first step'],
  },
  {
    pattern:
      "(?:let me|I(?:'ll| will| have to| need to| must)) repeat (?:myself|this|that|it)(?: (?:again|once more|one more time))?",
    message: IMPATIENT,
    suggestions: ['to recap'],
  },
  {
    pattern: 'for the (?:second|third|fourth|fifth|last|umpteenth|hundredth|nth) time',
    message: IMPATIENT,
    suggestions: ['to recap'],
  },
  {
    pattern:
      '(?:(?:as )?(?:clearly|plainly|explicitly) (?:stated|explained|written|shown|mentioned|described|marked|labell?ed|spelled out|set out)|as (?:stated|explained|written|shown|mentioned|described|set out|spelled out) (?:very )?(?:clearly|plainly|explicitly))',
    message: '"{phrase}" implies the customer should have noticed.',
    suggestions: (match) => [matchCase(/^as\b/iu.test(match.text) ? 'as set out' : 'set out', match.text)],
  },
  {
    pattern: 'you (?:need|have|ought|must|should) (?:to )?(?:understand|realise|realize|appreciate|accept) that',
    message: '"{phrase}" lectures the customer.',
    suggestions: ['the reason is that'],
  },
  {
    pattern:
      "(?:I'll|I will|let me|I'm going to|I am going to|I'll try to) (?:go through|explain|say|take you through|walk you through|spell) (?:it |this |that |things )?(?:again )?(?:very |really |nice and )?(?:slowly|in small words|in baby steps)(?: for you)?",
    message: TALKS_DOWN,
    suggestions: ['let me walk you through it'],
  },
  {
    pattern:
      "(things|settings|stuff|options|features|files|tools) you (?:don't|do not|clearly don't|obviously don't) (?:understand|know (?:about|how to use))",
    message: TALKS_DOWN,
    suggestions: (match) => [`${match.groups[0] ?? 'settings'} that change how things work`],
  },
  {
    pattern:
      '(?:try to |please )?(?:remember|bookmark|note|write down|keep track of|pay attention to)(?:ing)?\\b[^.!?\\n]{0,25}\\bthis time',
    message: '"{phrase}" implies the customer keeps getting it wrong.',
    suggestions: (match) => [match.text.replace(/this time$/iu, 'for next time')],
  },
  {
    // "Simply put, …" sums up in plain words: it sets no step, so it talks nobody down.
    pattern: `${BEFORE_INSTRUCTION}(?:just|simply|merely)(?= ${INSTRUCTION}\\b)(?! put\\s*[,:])`,
    message: '"{phrase}" can make the step sound trivial.',
    suggestions: [''],
  },
  { pattern: 'as you can (?:clearly|plainly|obviously) see', suggestions: ['as you can see'] },
  {
    pattern:
      "as I(?:'ve| have)? (?:already |previously |just )?(?:explained|said|mentioned|stated|told you|wrote|pointed out|noted)(?: (?:before|earlier|previously|above|several times|many times|multiple times|repeatedly|twice|more than once|in my (?:last|previous|earlier) (?:email|message|reply|response)))?,?",
    message: IMPATIENT,
    suggestions: ['to recap,'],
  },
  {
    pattern: 'as (?:previously|already) (?:explained|stated|mentioned|discussed|said),?',
    message: IMPATIENT,
    suggestions: ['to recap,'],
  },
  {
    pattern:
      'as (?:explained|stated|mentioned|discussed|said) (?:several times|many times|multiple times|repeatedly|twice|more than once|before|previously|already|earlier),?',
    message: IMPATIENT,
    suggestions: ['to recap,'],
  },
  {
    pattern: 'per my (?:last|previous|earlier) (?:email|message|reply),?',
    message: IMPATIENT,
    suggestions: ['to recap,'],
  },
  {
    pattern: "(?:isn't|is not|is hardly|(?:it|this|that)'s (?:not|hardly)) rocket science",
    suggestions: ["it's quick once you know where to look"],
  },
  {
    pattern:
      '(?:any|every) ?(?:one|body|user|customer|child|kid|person|adult) (?:should|would|ought to) (?:know|understand|figure (?:that |this |it )?out|see|manage|do)(?: (?:that|this|it))?',
    message: IMPLIES_KNOWN,
    suggestions: ["it's easy to miss"],
  },
  {
    pattern:
      '(?:any|every) ?(?:one|body|child|kid|person|adult) (?:can|could) (?:do|manage|figure out|understand|follow) (?:it|this|that)',
    message: '"{phrase}" implies the task should have been easy.',
    suggestions: ["it's quick to do"],
  },
  { pattern: '(?:everyone|everybody) knows', message: IMPLIES_KNOWN, suggestions: ["it's worth knowing"] },
  {
    pattern:
      'even (?:a|an|my|your|our) (?:[\\p{L}-]+ )?(?:child|kid|five-year-old|5-year-old|monkey|toddler|beginner|grandma|grandmother|grandad|granddad|grandfather|granny|gran|nan|nana|mum|mom|dad|caveman|intern)s? (?:could|can|would|manages?|knows?|gets?|understands?|figured?|does)\\b[^.!?;\\n]{0,40}',
    suggestions: ["it's quick to do"],
  },
  {
    pattern: '(?:as you should (?:already )?(?:know|be aware)|you should (?:already )?have known|you ought to know)',
    suggestions: ['as a reminder'],
  },
  {
    pattern:
      '(?:did|have) you (?:even |actually )?(?:read|look at|check|open) (?:the |our )?(?:manual|docs|documentation|FAQ|instructions|help (?:page|article|center|centre)|email)',
    suggestions: ['the guide covers this step'],
  },
  {
    pattern:
      '(?:this|it) (?:is|should be) (?:pretty |really |very |fairly |quite )?(?:self-explanatory|self explanatory|common sense|basic stuff|trivial)',
    suggestions: ['here is how it works'],
  },
  {
    pattern:
      "(?:let me|I'll|I will) (?:try to )?(?:dumb (?:it|this) down|use small words|keep it simple for you|spell it out for you)",
    suggestions: ['let me walk you through it'],
  },
  {
    pattern: '(?:sweetie|sweetheart|honey|hun|darling|buddy|pal|dude|kiddo)',
    message: '"{phrase}" is over-familiar and can feel patronising.',
    suggestions: [''],
  },
  {
    pattern: '(?:no offen[cs]e,? but|with (?:all )?due respect,?)',
    message: '"{phrase}" usually signals the opposite.',
    suggestions: [''],
  },
];
