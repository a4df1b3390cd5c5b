import type { PhraseEntry } from '../engine/kinds';

// Insults, profanity, sarcasm and dismissiveness. First, do no harm.

const SARCASM = '"{phrase}" reads as sarcasm.';
const INSULTING = '"{phrase}" is insulting.';

export const HOSTILITY_PHRASES: readonly PhraseEntry[] = [
  {
    pattern: "(?:that's |that is |it's |it is |this is )?not (?:my|our) (?:problem|concern|issue)",
    suggestions: ['let me see what I can do'],
  },
  {
    pattern: "(?:you(?:'ll| will)? (?:just )?(?:have|need) to )?deal with it",
    suggestions: ["I'm sorry this isn't the answer you hoped for"],
  },
  {
    pattern:
      '(?:you )?(?:need to |should |must |have to )?(?:please )?(?:calm down|relax|chill(?: out)?|settle down)(?=\\s*(?:[.!,]|$|and\\b))',
    suggestions: ['I understand this is upsetting'],
  },
  {
    pattern: '(?:(?:ok|okay|fine|sure|yeah),? )?whatever(?=\\s*(?:[.!]|$))',
    clauseStart: true,
    suggestions: ['understood'],
  },
  {
    pattern:
      '(?:(?:ok|okay|fine|sure|yeah),? )?whatever you (?:say|think)|(?:ok|okay|fine|sure|yeah),? whatever you (?:want|like)',
    suggestions: ['understood'],
  },
  // Telling an upset customer how to feel or speak.
  {
    pattern:
      "(?:there's |there is )?no need to (?:shout|yell|be (?:so |that )?(?:rude|nasty|aggressive|like that|dramatic|hostile)|get (?:so |that |all )?(?:angry|upset|worked up|snippy|aggressive|nasty|personal|shirty|emotional)|take that tone|use that tone|raise your voice|use capitals|swear)",
    suggestions: ['I understand this is upsetting'],
  },
  {
    pattern:
      "(?:please )?(?:stop|quit) (?:shouting|yelling|whining|complaining|moaning|nagging|being (?:rude|difficult|dramatic|unreasonable|childish))(?: at (?:me|us))?|(?:don't|do not) (?:shout|yell|swear) at (?:me|us)|watch your (?:tone|language|mouth)|(?:lower|mind) your (?:voice|tone|language)|take a (?:deep breath|chill pill)",
    suggestions: ['I understand this is upsetting'],
  },
  {
    pattern:
      "(?:you're|you are) (?:overreacting|being (?:dramatic|unreasonable|ridiculous|silly|difficult|rude|childish|hysterical|paranoid|impatient))|(?:don't|do not) be (?:so |that )?(?:ridiculous|silly|dramatic|difficult|rude|childish|sensitive|absurd|unreasonable)",
    suggestions: ['I understand why this matters'],
  },
  // Dismissing the customer's effort or their choice to leave.
  {
    pattern:
      "(?:emailing|calling|messaging|chasing|writing|contacting|complaining|shouting|asking|ringing)(?: (?:us|me))?(?: (?:(?:every|each) (?:single )?(?:day|hour|week|morning|time)|daily|hourly|again|repeatedly|constantly|all the time|over and over|so often))? (?:won't|will not|isn't going to|is not going to|doesn't|does not) (?:make|help|change|speed|get)(?: (?:it|this|things|anything))?(?: (?:go|happen|move))?(?: (?:any )?(?:faster|quicker|sooner))?",
    suggestions: ["I know you've been waiting, and I'm chasing it"],
  },
  {
    pattern:
      '(?:go ahead (?:and )?(?:move|leave|cancel|switch|go elsewhere|take your business (?:elsewhere|somewhere else)|complain|sue(?: us)?|report us)|feel free to (?:go elsewhere|take your business (?:elsewhere|somewhere else)))(?: if you (?:want|like|wish|must)| then)?',
    suggestions: ["I'd be sorry to lose you, and I'd like to put this right"],
  },
  { pattern: "I (?:don't|do not) have time for (?:this|that|you)", suggestions: ["let's get this sorted"] },
  { pattern: "(?:stop|quit) wasting (?:my|our) time|(?:you(?:'re| are) )?wasting (?:my|our) time", suggestions: [''] },
  // Sarcasm: mock questions and remarks.
  {
    pattern:
      '(?:was|is|were) never going to (?:help|work|fix (?:it|this|that))(?:,? (?:was|is|were|did|does) (?:it|they|that)\\?)?',
    message: SARCASM,
    suggestions: (match) => [match.text.endsWith('?') ? "wouldn't fix this one." : "wouldn't fix this one"],
  },
  {
    pattern:
      "(?:wow|oh(?: dear)?|ah),? (?:[\\p{L}'’]+ ){1,5}again\\?|(?:seriously|really|you again|again)\\?(?<=(?:^|[.!?\\n]\\s*)(?:seriously|really|you again|again)\\?)",
    message: SARCASM,
    suggestions: [''],
  },
  {
    pattern:
      '(?:what did you expect|what do you expect|well,? duh|duh|no kidding|big surprise|surprise,? surprise|shocker)',
    message: SARCASM,
    suggestions: [''],
  },
  {
    pattern:
      "(?:if you(?:'d| had)|you (?:never|didn't|did not|couldn't|could not|can't|cannot)) (?:even )?(?:be )?bother(?:ed)? to",
    message: SARCASM,
    suggestions: ['if you'],
  },
  {
    pattern: "I (?:don't|do not|couldn't|could not) care(?: less)?(?=\\s*(?:[.!,]|$| about (?:your|that|this|it)))",
    suggestions: ['I want to help with this'],
  },
  {
    pattern:
      '(?:get over it|grow up|shut up|cry me a river|boo hoo|take a hint|get a life|learn to read|get a clue|figure it out yourself)',
    suggestions: [''],
  },
  {
    pattern:
      "(?:take it or leave it|if you don't like it,? (?:you can )?(?:go|leave|cancel|take your business)(?: elsewhere)?)",
    suggestions: ['here are the options we have'],
  },
  {
    pattern: '(?:good luck with that|thanks for nothing|nice try|big deal|so what|not that it matters|who cares)',
    suggestions: [''],
  },
  {
    pattern: 'are you (?:stupid|blind|dumb|an idiot|serious|kidding me|even listening|for real)',
    suggestions: ['let me check I understand'],
  },
  {
    pattern:
      '(?:stupid|idiot|idiotic|idiots|moron|moronic|dumb|dumbest|imbecile|pathetic|clueless|incompetent)(?: (?:question|request|customer|customers|user|users|people|mistake|complaint|idea))?',
    message: INSULTING,
    suggestions: [''],
    negatable: true,
  },
  {
    pattern:
      '(?:ridiculous|silly|absurd|lazy|ignorant|pointless) (?:question|request|customer|customers|user|users|people|complaint|idea|excuse)',
    message: INSULTING,
    suggestions: [''],
    negatable: true,
  },
  {
    pattern:
      '(?:damn|damned|dammit|goddamn|hell|crap|crappy|shit|shitty|bullshit|fuck|fucking|fucked|wtf|ffs|bloody|arse|ass|asshole|bastard|bitch|piss|pissed)',
    message: '"{phrase}" is profanity.',
    suggestions: [''],
  },
  {
    pattern:
      "(?:wow,? just wow|oh,? great|oh,? brilliant|oh,? wonderful|yeah,? right|sure you did|I'm sure you did|clearly you (?:didn't|did not|don't|do not)|thanks for the lecture)",
    message: SARCASM,
    suggestions: [''],
  },
  {
    pattern:
      "(?:stop (?:emailing|messaging|bothering|calling|harassing) (?:us|me)|don't (?:email|message|contact|bother) (?:us|me) again)",
    suggestions: ["I'll keep you updated here"],
  },
];
