import type { EmotionId } from '../types';

// Signals in a customer's message, per emotion. Weights are rough likelihoods (0..1) that the
// cue alone shows the emotion; several weak cues add up. `negatable` cues are ignored after a
// nearby "not / never / no" ("I'm not angry", "no rush").
export interface EmotionCue {
  pattern: string;
  weight: number;
  negatable?: boolean;
}

const NUMBER_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)';

export const EMOTION_CUES: Readonly<Record<EmotionId, readonly EmotionCue[]>> = {
  angry: [
    { pattern: '(?:angry|irate|enraged)', weight: 0.85, negatable: true },
    { pattern: '(?:mad|cross) (?:at|about|with) (?:you|your|this|the)', weight: 0.7, negatable: true },
    { pattern: '(?:furious|livid|fuming|seething)', weight: 0.95, negatable: true },
    { pattern: 'pissed(?: off)?', weight: 0.9, negatable: true },
    { pattern: 'outrage(?:d|ous)?', weight: 0.9, negatable: true },
    { pattern: '(?:ridiculous|absurd|unbelievable)', weight: 0.65, negatable: true },
    { pattern: 'unacceptable', weight: 0.85, negatable: true },
    { pattern: '(?:disgrace|disgraceful|disgusting|appalling|shameful|shocking)', weight: 0.85, negatable: true },
    { pattern: '(?:incompetent|incompetence|clueless|useless|pathetic|hopeless)', weight: 0.8, negatable: true },
    { pattern: '(?:terrible|horrible|awful|lousy|abysmal|atrocious) (?:service|support|company|experience|product|app)', weight: 0.8, negatable: true },
    { pattern: 'worst (?:service|support|company|experience|app|product)', weight: 0.85 },
    { pattern: '(?:scam|scammers|rip-?off|fraud|thieves|stealing)', weight: 0.8, negatable: true },
    { pattern: '(?:liar|liars|lying|lied to me)', weight: 0.75 },
    { pattern: '(?:lawyer|attorney|legal action|small claims|sue you|take you to court|chargeback)', weight: 0.75 },
    { pattern: '(?:report|reporting) you(?: to)?', weight: 0.7 },
    { pattern: "(?:cancel|close|terminate) my (?:account|subscription|order|membership|contract)", weight: 0.5 },
    { pattern: '(?:I|we) (?:demand|insist)', weight: 0.65 },
    { pattern: "(?:what(?:'s| is) wrong with (?:you|your)|are you (?:kidding|serious|joking))", weight: 0.8 },
    { pattern: '(?:this|that) is (?:a joke|a farce|a disgrace|a nightmare)', weight: 0.8 },
    { pattern: '(?:never|not) (?:going to |gonna )?(?:buy|use|recommend|order) (?:from |with )?(?:you|this|your)', weight: 0.65 },
    // Swearing is common in casual writing; alone it does not show anger, next to a complaint it does.
    { pattern: '(?:wtf|damn|damned|crap|crappy|shit|shitty|bullshit|fucking|fuck|fucked|bloody)', weight: 0.35 },
    { pattern: '(?:you people|you guys never|you never)', weight: 0.55 },
    { pattern: 'how dare you', weight: 0.9 },
    { pattern: '(?:hate|hated) (?:this|your|you)', weight: 0.7 },
    { pattern: 'waste of (?:my |our )?(?:time|money)', weight: 0.55 },
  ],
  frustrated: [
    { pattern: 'frustrat(?:ed|ing|ion)', weight: 0.9, negatable: true },
    { pattern: '(?:fed up|at my wits(?:\'?) end|had enough|exasperat(?:ed|ing))', weight: 0.9, negatable: true },
    { pattern: '(?:sick|tired) (?:and tired )?of', weight: 0.8, negatable: true },
    { pattern: '(?:annoyed|annoying|irritated|irritating|aggravating|infuriating)', weight: 0.8, negatable: true },
    { pattern: "still (?:not|never|isn't|doesn't|won't|can't|cannot|no)(?: [\\p{L}'’]+)?", weight: 0.7 },
    { pattern: 'still (?:broken|failing|happening|having|getting|waiting|the same|down|an issue|a problem)', weight: 0.65 },
    { pattern: `(?:second|third|fourth|fifth|sixth|${NUMBER_WORD}(?:st|nd|rd|th)?) (?:time|email|message|ticket|request|attempt|call)s?`, weight: 0.7 },
    { pattern: `(?:${NUMBER_WORD}|several|multiple|many|countless|numerous) times`, weight: 0.55 },
    { pattern: 'how many (?:more )?times', weight: 0.85 },
    { pattern: '(?:keeps|kept|keep) (?:happening|crashing|failing|breaking|freezing|asking|logging|dropping|disconnecting|showing|coming back|getting)', weight: 0.65 },
    { pattern: '(?:again and again|over and over|yet again|once again|every single time)', weight: 0.65 },
    { pattern: "(?:I(?:'ve| have)? )?(?:already )?tried (?:everything|all of (?:that|this|it)|that already|it already|this already)", weight: 0.65 },
    { pattern: '(?:nothing|none of (?:it|this|that)) (?:works|worked|helps|helped|has worked|has helped)', weight: 0.75 },
    { pattern: `(?:for|since|over) (?:${NUMBER_WORD} |a few |several |two )?(?:days|weeks|months|hours) (?:now|already)?`, weight: 0.4 },
    { pattern: '(?:waiting|waited) (?:for|since) ', weight: 0.35 },
    { pattern: "(?:no one|nobody|no-one) (?:has )?(?:replied|responded|answered|helped|got back|gets back|called)", weight: 0.7 },
    { pattern: '(?:ugh+|argh+|grr+)', weight: 0.75 },
    { pattern: '(?:makes|made) no sense', weight: 0.45 },
    { pattern: '(?:wasted|wasting) (?:my|hours|days|so much)', weight: 0.6 },
    { pattern: '(?:disappointed|disappointing)', weight: 0.6, negatable: true },
    { pattern: "(?:doesn't|does not|isn't|is not|won't|will not|can't|cannot) (?:work|working|load|open|connect|sync)", weight: 0.25 },
  ],
  confused: [
    { pattern: '(?:confused|confusing|baffled|puzzled|perplexed|bewildered)', weight: 0.85, negatable: true },
    { pattern: "(?:I|I'm|I am) (?:completely |totally |a bit |so |really )?lost", weight: 0.75 },
    { pattern: "(?:I )?(?:don't|do not|didn't|did not|can't|cannot) (?:quite |really |fully )?(?:understand|get it|follow|make sense of|figure out)", weight: 0.75 },
    { pattern: "(?:I )?(?:don't|do not) (?:know|get) (?:what|how|where|why|which|whether|if)", weight: 0.65 },
    { pattern: '(?:no|not the slightest|any) idea (?:what|how|where|why|which)', weight: 0.7 },
    { pattern: "(?:not|isn't|wasn't) (?:sure|clear) (?:what|how|where|why|which|whether|if|about)", weight: 0.55 },
    { pattern: "what (?:does|do|is|are) (?:a |an |the |this |that |these |those )?[\\p{L}\\p{N}'’.-]+(?: [\\p{L}\\p{N}'’.-]+)? (?:mean|means|stand for)", weight: 0.8 },
    { pattern: "what(?:'s| is) (?:a|an) [\\p{L}\\p{N}'’.-]+ ?\\?", weight: 0.55 },
    { pattern: '(?:makes|made) no sense', weight: 0.6 },
    { pattern: '(?:over my head|above my head|beyond me|too technical|gobbledygook|jargon|gibberish)', weight: 0.75 },
    { pattern: '(?:which|what) (?:one|button|option|setting) (?:do|should) I', weight: 0.45 },
    { pattern: "(?:I'm|I am) not (?:very |really )?(?:technical|tech-savvy|tech savvy|good with (?:computers|technology|tech))", weight: 0.55 },
    { pattern: '(?:explain|clarify) (?:it |this |that )?(?:to me|again|please|in (?:plain|simple) (?:english|terms|words))', weight: 0.5 },
    { pattern: 'how (?:do|am) I (?:supposed to|meant to)', weight: 0.45 },
  ],
  anxious: [
    { pattern: '(?:worried|worrying|worry|anxious|nervous|uneasy|concerned)', weight: 0.8, negatable: true },
    { pattern: '(?:scared|afraid|frightened|terrified|fear|fearing)', weight: 0.8, negatable: true },
    { pattern: '(?:panic|panicking|panicked|freaking out|stressed|stressing|stressful)', weight: 0.85, negatable: true },
    { pattern: '(?:lose|losing|lost|wiped|erased|gone) (?:all )?(?:of )?(?:my|our) (?:data|files|work|photos|pictures|emails|documents|progress|thesis|records|money|savings)', weight: 0.7 },
    { pattern: '(?:lose|losing) (?:my|our) (?:job|client|clients|customers|business)', weight: 0.85 },
    { pattern: '(?:get|getting|be) (?:fired|sacked|in trouble)', weight: 0.85 },
    { pattern: '(?:deadline|due (?:tomorrow|today|tonight|in))', weight: 0.5 },
    { pattern: '(?:my|our) (?:boss|manager|client|exam|presentation|interview|thesis)', weight: 0.3 },
    { pattern: '(?:is|are|will) (?:my|our) (?:data|files|account|money|information|photos|work) (?:be )?(?:safe|ok|okay|secure|gone|recoverable)', weight: 0.75 },
    { pattern: '(?:hacked|compromised|stolen|breach|phishing|identity theft|unauthori[sz]ed (?:charge|access|login))', weight: 0.6 },
    { pattern: '(?:what if|in case|what happens if)', weight: 0.3 },
    { pattern: '(?:desperate|desperately|please please)', weight: 0.6 },
    { pattern: "(?:can't|cannot) afford", weight: 0.55 },
    { pattern: 'really important', weight: 0.35 },
  ],
  hurried: [
    { pattern: '(?:asap|a\\.s\\.a\\.p\\.?)', weight: 0.8 },
    { pattern: 'as (?:soon|quickly|fast) as (?:possible|you can)', weight: 0.6 },
    { pattern: 'urgent(?:ly)?', weight: 0.75, negatable: true },
    { pattern: '(?:immediately|right away|straight away|right now)', weight: 0.5 },
    { pattern: '(?:in a (?:hurry|rush)|hurry|rushed|rushing)', weight: 0.8, negatable: true },
    { pattern: "(?:no time|short on time|pressed for time|(?:don't|do not) have (?:much |any )?time|running (?:late|out of time)|time[- ]sensitive|time is (?:short|tight))", weight: 0.85 },
    { pattern: `(?:meeting|call|presentation|flight|class|demo|appointment) (?:in|starts in|at) (?:${NUMBER_WORD}|an|half an) (?:minutes?|mins?|hours?)`, weight: 0.85 },
    { pattern: `(?:in|within) (?:the next )?(?:${NUMBER_WORD}|a few) (?:minutes?|mins?)`, weight: 0.5 },
    { pattern: '(?:just|please just) (?:fix|tell|send|give|get|make|do) ', weight: 0.55 },
    { pattern: '(?:quick|fast|quickest|fastest) (?:fix|answer|question|solution|response|reply|way)', weight: 0.45 },
    { pattern: '(?:by|before) (?:end of (?:the )?day|eod|cob|close of business|tonight|noon|tomorrow morning|this afternoon)', weight: 0.5 },
    { pattern: '(?:need|needs|want) (?:this|it|this fixed|it fixed|it done|this done) (?:now|today|asap|fixed now|done now)', weight: 0.6 },
    { pattern: '(?:emergency|critical|top priority)', weight: 0.55, negatable: true },
  ],
  apologetic: [
    { pattern: "(?:sorry|apologies|I apologi[sz]e) (?:to bother|for bothering|to trouble|for the trouble|for troubling|to disturb|for disturbing|if this is|for the (?:silly|stupid|dumb|basic|long|late)|for (?:my|the) (?:mistake|confusion|error|mess)|for asking|again)", weight: 0.9 },
    { pattern: '(?:my (?:mistake|bad|fault|error)|(?:it was|it is|that was|that is|it\'s|that\'s) (?:all )?my fault)', weight: 0.85, negatable: true },
    { pattern: '(?:I|we) (?:accidentally|mistakenly|inadvertently|stupidly|foolishly)', weight: 0.7 },
    { pattern: '(?:I|we) (?:messed|screwed|mixed) (?:it |this |things )?up', weight: 0.75 },
    { pattern: '(?:silly|stupid|dumb|basic|newbie) question', weight: 0.6 },
    { pattern: '(?:forgive me|pardon my|excuse my)', weight: 0.6 },
    { pattern: "(?:I(?:'m| am) )?(?:so |really |very |terribly |truly )?sorry", weight: 0.4 },
    { pattern: '(?:apologies|I apologi[sz]e)', weight: 0.5 },
    { pattern: "(?:hope|hoping) (?:I'm|I am|this is) not (?:bothering|a bother|wasting)", weight: 0.8 },
  ],
};

/** Emphasis that raises anger/frustration a little when other cues are present. */
export const SHOUTING_WEIGHT = 0.3;
