import type { PhraseEntry } from '../engine/kinds';

// Words that talk down to the customer. "Just"/"simply" are flagged only before an instruction
// ("just click Save"), not when "just" means "only now" ("I just checked").

const INSTRUCTION =
  '(?:click|tap|press|go|open|restart|reboot|log|sign|type|enter|select|choose|follow|read|check|install|update|download|use|do|hit|turn|switch|close|reinstall|refresh|copy|paste|drag|scroll|navigate|add|remove|delete|change|set|make|visit|reset|need to|have to|look|put|pick|plug|unplug|tick|untick|enable|disable|clear|uninstall|save|upload|attach|run|search|find|head)';
const BEFORE_INSTRUCTION = '(?<=(?:^|[.!?:;,(\\n]|\\byou|\\bthen|\\band|\\bto|\\bplease)\\s*)';

export const CONDESCENSION_PHRASES: readonly PhraseEntry[] = [
  { pattern: 'obviously,?', suggestions: [''] },
  { pattern: `${BEFORE_INSTRUCTION}(?:just|simply|merely)(?= ${INSTRUCTION}\\b)`, message: '"{phrase}" can make the step sound trivial.', suggestions: [''] },
  { pattern: 'as you can (?:clearly|plainly|obviously) see', suggestions: ['as you can see'] },
  {
    pattern: "as I(?:'ve| have)? (?:already |previously |just )?(?:explained|said|mentioned|stated|told you|wrote|pointed out|noted)(?: (?:before|earlier|previously|above|several times|twice|in my (?:last|previous|earlier) (?:email|message|reply|response)))?,?",
    message: '"{phrase}" sounds impatient.',
    suggestions: ['to recap,'],
  },
  { pattern: 'as (?:previously|already) (?:explained|stated|mentioned|discussed),?', message: '"{phrase}" sounds impatient.', suggestions: ['to recap,'] },
  { pattern: 'per my (?:last|previous|earlier) (?:email|message|reply),?', message: '"{phrase}" sounds impatient.', suggestions: ['to recap,'] },
  { pattern: "(?:isn't|is not|is hardly|(?:it|this|that)'s (?:not|hardly)) rocket science", suggestions: ["it's quick once you know where to look"] },
  {
    pattern: '(?:any|every) ?(?:one|body|user|customer|child|kid|person|adult) (?:should|would|could|can|ought to) (?:know|understand|figure (?:that |this |it )?out|see|manage|do)(?: (?:that|this|it))?',
    message: '"{phrase}" implies the customer should have known.',
    suggestions: ["it's easy to miss"],
  },
  { pattern: '(?:everyone|everybody) knows', message: '"{phrase}" implies the customer should have known.', suggestions: ["it's worth knowing"] },
  { pattern: 'even a (?:child|kid|five-year-old|5-year-old|monkey|toddler|beginner) (?:could|can) (?:do|manage|figure out)(?: (?:it|this|that))?', suggestions: ["it's quick to do"] },
  { pattern: '(?:as you should (?:already )?(?:know|be aware)|you should (?:already )?have known|you ought to know)', suggestions: ['as a reminder'] },
  { pattern: "(?:did|have) you (?:even |actually )?(?:read|look at|check|open) (?:the |our )?(?:manual|docs|documentation|FAQ|instructions|help (?:page|article|center|centre)|email)", suggestions: ['the guide covers this step'] },
  { pattern: '(?:this|it) (?:is|should be) (?:pretty |really |very |fairly |quite )?(?:self-explanatory|self explanatory|common sense|basic stuff|trivial)', suggestions: ['here is how it works'] },
  { pattern: "(?:let me|I'll|I will) (?:try to )?(?:dumb (?:it|this) down|use small words|keep it simple for you|spell it out for you)", suggestions: ['let me walk you through it'] },
  { pattern: '(?:sweetie|sweetheart|honey|hun|darling|buddy|pal|dude|kiddo)', message: '"{phrase}" is over-familiar and can feel patronising.', suggestions: [''] },
  { pattern: "(?:no offen[cs]e,? but|with (?:all )?due respect,?)", message: '"{phrase}" usually signals the opposite.', suggestions: [''] },
];
