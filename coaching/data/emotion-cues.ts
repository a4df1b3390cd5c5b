import type { EmotionId } from '../types';

// Signals in a customer's message, per emotion. Weights are rough likelihoods (0..1) that the
// cue alone shows the emotion; several weak cues add up. `negatable` cues are ignored after a
// nearby "not / never / no" ("I'm not angry", "no rush").
export interface EmotionCue {
  pattern: string;
  weight: number;
  negatable?: boolean;
}

const NEGATABLE = true;

/** Cues are written as calls rather than object literals: the lists are long and ship in the bundle. */
function cue(pattern: string, weight: number, negatable = false): EmotionCue {
  return negatable ? { pattern, weight, negatable } : { pattern, weight };
}

const NUMBER_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)';

export const EMOTION_CUES: Readonly<Record<EmotionId, readonly EmotionCue[]>> = {
  angry: [
    cue('(?:angry|irate|enraged)', 0.85, NEGATABLE),
    cue('(?:mad|cross) (?:at|about|with) (?:you|your|this|the)', 0.7, NEGATABLE),
    cue('(?:furious|livid|fuming|seething)', 0.95, NEGATABLE),
    cue('pissed(?: off)?', 0.9, NEGATABLE),
    cue('outrage(?:d|ous)?', 0.9, NEGATABLE),
    cue('(?:ridiculous|absurd|unbelievable)', 0.65, NEGATABLE),
    cue('unacceptable', 0.85, NEGATABLE),
    cue('(?:disgrace|disgraceful|disgusting|appalling|shameful|shocking)', 0.85, NEGATABLE),
    cue('(?:incompetent|incompetence|clueless|useless|pathetic|hopeless)', 0.8, NEGATABLE),
    cue(
      '(?:terrible|horrible|awful|lousy|abysmal|atrocious) (?:service|support|company|experience|product|app)',
      0.8,
      NEGATABLE,
    ),
    cue('worst (?:service|support|company|experience|app|product)', 0.85),
    cue('(?:scam|scammers|rip-?off|fraud|thieves|stealing|theft|daylight robbery|extortion)', 0.8, NEGATABLE),
    cue(
      '(?:is|are|what|such) an? (?:absolute |complete |total |utter |bloody |f\\w+ing )?(?:joke|farce|shambles|disgrace|circus|clown show|con|embarrassment)',
      0.8,
    ),
    cue('(?:liar|liars|lying|lied to me)', 0.75),
    cue('(?:lawyer|attorney|legal action|small claims|sue you|take you to court|chargeback)', 0.75),
    cue('(?:report|reporting) you(?: to)?', 0.7),
    cue('(?:cancel|close|terminate) my (?:account|subscription|order|membership|contract)', 0.5),
    cue('(?:I|we) (?:demand|insist)', 0.65),
    cue("(?:what(?:'s| is) wrong with (?:you|your)|are you (?:kidding|serious|joking))", 0.8),
    cue('(?:this|that) is (?:a joke|a farce|a disgrace|a nightmare)', 0.8),
    cue('(?:never|not) (?:going to |gonna )?(?:buy|use|recommend|order) (?:from |with )?(?:you|this|your)', 0.65),
    // Swearing is common in casual writing; alone it does not show anger, next to a complaint it does.
    cue('(?:wtf|damn|damned|crap|crappy|shit|shitty|bullshit|fucking|fuck|fucked|bloody)', 0.35),
    cue('(?:you people|you guys never|you never)', 0.55),
    cue(
      "(?:I'm|I am|I've|I have) (?:absolutely |completely |totally |so )?(?:done with you|beyond (?:angry|furious|livid)|disgusted)",
      0.85,
    ),
    cue('(?:sort|fix) (?:it|this) out(?: now)?!', 0.55),
    cue('(?:want|demand) (?:my money back|a (?:full )?refund) (?:now|immediately|today)', 0.6),
    cue('(?:leave|leaving|post|write) (?:a )?(?:bad|terrible|1-star|one-star|negative) reviews?', 0.7),
    cue('how dare you', 0.9),
    cue('(?:hate|hated) (?:this|your|you)', 0.7),
    cue('waste of (?:my |our )?(?:time|money)', 0.55),
    // Plain words in their other forms ("angrier", "made me so mad", "#Angry").
    cue('(?:anger|angered|angrier|angriest|angrily|infuriated|enraging)', 0.8, NEGATABLE),
    cue(
      "(?:I'm|I am|I was|I got|I get|getting|so|really|very|extremely|beyond|makes me|made me|is making me) (?:so |really |very |pretty )?mad",
      0.75,
      NEGATABLE,
    ),
    cue('(?:robbery|clowns|idiots|morons|garbage|rubbish|trash|rude|insulting|discrimination)', 0.55, NEGATABLE),
    cue("(?:I'm|I am|we're|we are) (?:calling|contacting|going to) (?:my|our) (?:bank|lawyer|solicitor)", 0.7),
  ],
  frustrated: [
    cue('frustrat(?:ed|ing|ion)', 0.9, NEGATABLE),
    cue("(?:fed up|at my wits(?:'?) end|had enough|exasperat(?:ed|ing))", 0.9, NEGATABLE),
    cue('(?:sick|tired) (?:and tired )?of', 0.8, NEGATABLE),
    cue('(?:annoyed|annoying|irritated|irritating|aggravating|infuriating)', 0.8, NEGATABLE),
    // "Still not sure" is confusion, not a repeated failure.
    cue(
      "still (?:not|never|isn't|doesn't|won't|can't|cannot|no)(?! (?:sure|certain|clear|convinced|over))(?: [\\p{L}'’]+)?",
      0.7,
    ),
    cue(
      'still (?:broken|fail(?:s|ing)|happen(?:s|ing)|having|getting|waiting|the same|down|an issue|a problem|crash(?:es|ing)|freez(?:es|ing)|flicker(?:s|ing)?|drop(?:s|ping)|buffering|slow|stuck|missing|wrong)',
      0.65,
    ),
    cue(
      `(?:second|third|fourth|fifth|sixth|${NUMBER_WORD}(?:st|nd|rd|th)?) (?:time|email|message|ticket|request|attempt|call)s?`,
      0.7,
    ),
    cue(
      '(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) (?:chat|complaint|visit|appointment|engineer|replacement|refund request|month|week|day|order|one)(?: (?:running|in a row|this (?:week|month|year)|today))?',
      0.7,
    ),
    cue(
      '(?:second|third|fourth|fifth|sixth) (?:[\\p{L}-]+ ){0,2}(?:in a row|in (?:a|one) (?:week|month|day|year)|this (?:week|month|year)|today|running)',
      0.7,
    ),
    cue(`(?:${NUMBER_WORD}|several|multiple|many|countless|numerous) times`, 0.55),
    cue('how many (?:more )?times', 0.85),
    cue(
      '(?:keeps|kept|keep) (?:on )?(?:happening|crashing|failing|breaking|freezing|asking|logging|dropping|disconnecting|showing|coming back|getting|buffering|rejecting|declining|timing out|flickering|cutting out|going down|promising|fobbing|bouncing|losing|resetting)',
      0.65,
    ),
    cue(
      "(?:crashed|broke|broken|failed|failing|down|stopped|froze|frozen|locked out|logged out|(?:over)?charged|declined|missing|late|wrong|lost|happen(?:ed|ing)|disconnected|cut off|not working|didn't (?:work|turn up|show up|arrive|come)|gone) (?:[\\p{L}]+ )?again",
      0.6,
    ),
    cue('(?<!(?:thanks|thank you|hello|hi|see you|welcome back|once) )again(?:[!?]{2,}| ?!)', 0.5),
    cue(
      '(?:losing|lost|running out of|at the end of) (?:my )?patience|(?:at|reached) the end of my (?:rope|tether)|(?:at|reached) my limit',
      0.85,
    ),
    cue('driving me (?:mad|crazy|nuts|insane|up the wall|round the bend|around the bend|bananas)', 0.85),
    cue(
      '(?:getting nowhere|going (?:round|around) in circles|banging my head|pulling my hair out|tearing my hair out)',
      0.8,
    ),
    cue('(?:fobbed off|fobbing me off|passed (?:around|from pillar to post)|pillar to post|runaround)', 0.75),
    cue('(?:tired of|sick of|keep|kept|have to|had to|having to) chas(?:e|ing)', 0.7),
    cue('(?:every (?:single )?time|each time) (?:I|someone|somebody|you|it|they)', 0.5),
    cue('nothing (?:ever )?(?:happens|happened|has happened|changes|changed|has changed|gets done|got done)', 0.6),
    cue(`(?:${NUMBER_WORD}|a|several|two|three|four) (?:days|weeks|months|hours) without`, 0.6),
    // Upset without emotion words (guide): a problem that has lasted, or a fix tried more than once.
    cue(
      `for (?:over |more than |nearly |almost )?(?:${NUMBER_WORD}|several|a few|a couple of) (?:days|weeks|months|hours) now`,
      0.6,
    ),
    cue(
      `(?:${NUMBER_WORD}|a few|a couple of) (?:days|weeks|months) ago,? (?:but|and (?:still|nothing|it's still|it still))`,
      0.6,
    ),
    cue(
      '(?:restarted|rebooted|reset|reinstalled|tried|called|rang|emailed|cleared|unplugged|updated|re-?entered) (?:[^.!?]{0,30} )?(?:twice|three times|four times|several times|multiple times)',
      0.6,
    ),
    cue(
      `(?:on hold|in a queue|queuing) for (?:over |more than |nearly |almost )?(?:an hour|${NUMBER_WORD} (?:minutes|hours))`,
      0.6,
    ),
    cue('(?:again and again|over and over|yet again|once again|every single time)', 0.65),
    cue(
      "(?:I(?:'ve| have)? )?(?:already )?tried (?:everything|all of (?:that|this|it)|that already|it already|this already)",
      0.65,
    ),
    cue('(?:nothing|none of (?:it|this|that)) (?:works|worked|helps|helped|has worked|has helped)', 0.75),
    cue(
      `(?:for|since|over) (?:${NUMBER_WORD} |a few |several |two )?(?:days|weeks|months|hours) (?:now|already)?`,
      0.4,
    ),
    cue('(?:waiting|waited) (?:for|since) ', 0.35),
    cue(
      '(?:no one|nobody|no-one) (?:ever |has |has ever )?(?:replied|responded|answered|helped|got back|gets back|called|calls back|does|did|bothers|bothered|fixed|listens)',
      0.7,
    ),
    cue('(?:ugh+|argh+|grr+)', 0.75),
    cue('(?:makes|made) no sense', 0.45),
    cue('(?:wasted|wasting) (?:my|hours|days|so much)', 0.6),
    cue('(?:disappointed|disappointing)', 0.6, NEGATABLE),
    cue("(?:doesn't|does not|isn't|is not|won't|will not|can't|cannot) (?:work|working|load|open|connect|sync)", 0.25),
    // Plain words in their other forms, hashtags included ("frustrates", "#NotHappy").
    cue('(?:frustrate|frustrates|frustratingly|frustrations|annoys|annoyance|irritates|exasperates)', 0.85, NEGATABLE),
    cue('(?:upset|upsetting|unhappy|dissatisfied|displeased|let down|gutted|fuming)', 0.75, NEGATABLE),
    cue('not ?(?:happy|pleased|impressed|satisfied)', 0.7),
    // Situations that upset a customer without a feeling named (coaching guide): repeated contact,
    // a long wait, a delay, a double charge, a cancellation, lost work.
    cue(
      "(?:writing|emailing|calling|messaging|asking|chasing|following up|contacting you) again|hi again|it(?:'s| is) me again",
      0.6,
    ),
    cue('(?<=[.!?] |^)again(?= ?[.!?])', 0.6),
    cue(
      `(?:called|phoned|emailed|written|wrote|messaged|contacted|chatted|asked|tried)(?: (?:you|your [\\p{L}]+|about (?:this|it)))? (?:${NUMBER_WORD}|several|multiple|many|countless|a dozen) times`,
      0.7,
    ),
    cue('(?:bounced|passed|transferred) (?:between|around|from one)', 0.7),
    cue('(?:keep|keeps|kept) (?:sending|telling|giving) (?:me|us) (?:the same|a different)', 0.75),
    cue(
      `(?:been |have been |I've been |we've been |still )?(?:waiting|waitng|waited|on hold|queuing|queueing|trying) (?:for |over |more than |nearly |almost )?(?:an? |${NUMBER_WORD} |[\\p{L}]+ )?(?:hours?|days?|weeks?|months?|minutes?|mins?)`,
      0.55,
    ),
    cue(
      "still (?:waiting|waitng|nothing|no sign|no reply|no word|no refund|has nothing|says|shows|hasn't|haven't|don't|doesn't)",
      0.7,
    ),
    cue(
      `(?:it(?:'s| is| has been)|that(?:'s| is| was)|been) (?:over |more than |nearly |almost )?(?:${NUMBER_WORD}|a few|several) (?:days|weeks|months)`,
      0.6,
    ),
    cue(
      `(?:${NUMBER_WORD}|a few|several|two|three) (?:days|weeks|months) (?:ago|now|later|late|and (?:still|nothing|counting))`,
      0.35,
    ),
    cue(
      '(?:was|were) (?:supposed|meant|due|promised) to (?:arrive|be|come|get|have|ship|reach)|(?:was|were) promised (?:for|by|on|last|it|a|an|that)|you promised|promised me',
      0.6,
    ),
    cue(
      "(?:hasn't|has not|haven't|have not|not|never) (?:arrived|appeared|come through|turned up|shown up|been (?:sent|refunded|fixed|delivered))(?: yet)?",
      0.6,
    ),
    cue(
      '(?:delayed|overbooked|no[- ]shows?|unusable|unplayable|(?:got|been|was|were|has been|have been) cancel+ed)',
      0.6,
    ),
    cue(
      `(?:charged|billed|billing|charging|taken|debited) (?:me |us |my card |my account |for (?:it|this|the same [\\p{L}]+) )?(?:twice|double|two times|${NUMBER_WORD} times)|double[- ](?:charged|billed|charge|billing)|two bills`,
      0.75,
    ),
    cue(
      "(?:charged|billed|paid) (?:me |us )?(?:for [\\p{L}\\p{N}' ]{1,40}?)(?:I|we) (?:never|didn't|did not) (?:received?|order(?:ed)?|use[d]?|get|got)",
      0.7,
    ),
    cue(
      '(?:lost|losing|wiped|deleted) (?:my|our|all (?:my|our)|the whole) (?:suitcase|luggage|bag|parcel|package|order|inventory|work|edits|progress|booking)',
      0.55,
    ),
    cue(
      "(?:can't|cannot) work like this|for nothing|every (?:night|day|morning|match|single [\\p{L}]+)(?: this week)?|in a row",
      0.55,
    ),
    cue(
      '(?:since|from) (?:yesterday|last (?:week|night|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning|\\d+ ?(?:am|pm))',
      0.4,
    ),
  ],
  confused: [
    cue('(?:confused|confusing|baffled|puzzled|perplexed|bewildered)', 0.85, NEGATABLE),
    // "I'm lost", "the article lost me"; not "I lost my files".
    cue(
      "(?:I'm|I am|I feel|I'm feeling|I got|I get|I'm getting) (?:completely |totally |a bit |so |really |a little |pretty )?lost(?! (?:my|the|all|a|an|some|it|them|our|your|everything|access|connection|data|files|work|money))",
      0.75,
    ),
    cue('(?:you|it|this|that|they|the [\\p{L}-]+(?: [\\p{L}-]+)?) lost me', 0.75),
    cue(
      "(?:I )?(?:don't|do not|didn't|did not|can't|cannot) (?:quite |really |fully )?(?:understand|get it|follow|make sense of|figure out)",
      0.75,
    ),
    // "I don't know how to…" is confusion; "I don't know how much they took" or "how I'll pay" is not.
    cue(
      "(?:I )?(?:don't|do not) (?:know|get) (?:what|how(?! (?:much|many|long|often|I'll|I will|I'm going|we'll|we will|to afford|bad))|where|why|which|whether|if)",
      0.65,
    ),
    cue("(?:I )?(?:don't|do not|didn't|did not) (?:get|understand) (?:it|this|that|the difference)", 0.7),
    cue("(?:I(?:'m| am) )?(?:unsure|not sure|uncertain) (?:how|what|where|which|whether|if)", 0.5),
    cue('(?:no|not the slightest|any) idea (?:what|how|where|why|which)', 0.7),
    cue("(?:not|isn't|wasn't) (?:sure|clear) (?:what|how|where|why|which|whether|if|about)", 0.55),
    cue(
      "what (?:does|do|is|are) (?:a |an |the |this |that |these |those )?[\\p{L}\\p{N}'’.-]+(?: [\\p{L}\\p{N}'’.-]+)? (?:mean|means|stand for)",
      0.8,
    ),
    cue("what(?:'s| is) (?:a|an) [\\p{L}\\p{N}'’.-]+ ?\\?", 0.55),
    cue('(?:makes|made) no sense', 0.6),
    cue('(?:over my head|above my head|beyond me|too technical|gobbledygook|jargon|gibberish)', 0.75),
    cue('(?:which|what) (?:one|button|option|setting) (?:do|should) I', 0.45),
    cue(
      "(?:I'm|I am) not (?:very |really )?(?:technical|tech-savvy|tech savvy|good with (?:computers|technology|tech))",
      0.55,
    ),
    cue(
      '(?:explain|clarify) (?:it |this |that )?(?:to me|again|please|in (?:plain|simple) (?:english|terms|words))',
      0.5,
    ),
    cue('how (?:do|am) I (?:supposed to|meant to)', 0.45),
  ],
  anxious: [
    cue('(?:worried|worrying|worry|anxious|nervous|uneasy|concerned)', 0.8, NEGATABLE),
    cue('(?:scared|afraid|frightened|terrified|fear|fearing)', 0.8, NEGATABLE),
    cue('(?:panic|panicking|panicked|freaking out|stressed|stressing|stressful)', 0.85, NEGATABLE),
    cue(
      '(?:lose|losing|lost|wiped|erased|gone) (?:all )?(?:of )?(?:my|our) (?:data|files|work|photos|pictures|emails|documents|progress|thesis|records|money|savings)',
      0.7,
    ),
    cue('(?:lose|losing) (?:my|our) (?:job|client|clients|customers|business)', 0.85),
    cue('(?:get|getting|be) (?:fired|sacked|in trouble)', 0.85),
    cue("(?:am I|will I be|could I be|I'm|I am|are we) (?:going to be )?in (?:big |serious )?trouble", 0.75),
    cue(
      "(?:shaking|trembling|can't sleep|couldn't sleep|sick with worry|heart is racing|in tears|crying|on edge|a nervous wreck|losing sleep)",
      0.8,
      NEGATABLE,
    ),
    cue(
      '(?:someone|somebody|a stranger|they) (?:has |have )?(?:used|took|taken|stole|stolen|accessed|got into|changed|hacked|emptied|drained)',
      0.6,
    ),
    cue("(?:I'm|I am|we're|we are) (?:really |so |very )?(?:freaking|losing it|in a state|beside myself)", 0.8),
    cue('(?:deadline|due (?:tomorrow|today|tonight|in))', 0.5),
    cue('(?:my|our) (?:boss|manager|client|exam|presentation|interview|thesis)', 0.3),
    cue(
      '(?:is|are|will) (?:my|our) (?:data|files|account|money|information|photos|work) (?:be )?(?:safe|ok|okay|secure|gone|recoverable)',
      0.75,
    ),
    cue('(?:hacked|compromised|stolen|breach|phishing|identity theft|unauthori[sz]ed (?:charge|access|login))', 0.6),
    cue('(?:what if|in case|what happens if)', 0.3),
    cue('(?:desperate|desperately|please please)', 0.6),
    cue("(?:can't|cannot) afford", 0.55),
    cue('really important', 0.35),
    cue(
      '(?:scary|scares me|scaring me|freaked(?: out)?|freaks me out|terrifying|petrified|dread(?:ing)?|😱|😰|😨)',
      0.8,
      NEGATABLE,
    ),
    cue("(?:I'm|I am) (?:very |so |really )?worry", 0.8),
  ],
  hurried: [
    cue('(?:asap|a\\.s\\.a\\.p\\.?)', 0.8),
    cue('as (?:soon|quickly|fast) as (?:possible|you can)', 0.6),
    cue('urgent(?:ly)?', 0.75, NEGATABLE),
    cue('(?:immediately|right away|straight away|right now)', 0.5),
    cue('(?:in a (?:hurry|rush)|hurry|rushed|rushing)', 0.8, NEGATABLE),
    cue('(?:quick|quickly|fast)(?=[,:]| please| how| what| where| which)', 0.5),
    cue(
      `(?:starts?|starting|begins?|leaving|boarding|closes?|closing|kick-?off|kicks off|due|departs?|on air|live) (?:now|soon|any (?:minute|moment|second)|in (?:${NUMBER_WORD}|a few|an|half an) (?:minutes?|mins?|hours?))`,
      0.7,
    ),
    cue('(?:any (?:minute|moment|second) now|no time to (?:lose|waste))', 0.6),
    cue(
      `(?:need|needs|want)(?: (?:it|this|that|the [\\p{L}-]+))? (?:sorted|done|fixed|back|working|ready) (?:in|within) (?:the next )?(?:${NUMBER_WORD}|an|a few|half an) (?:minutes?|mins?|hours?)`,
      0.7,
    ),
    cue(
      "(?:no time|short on time|pressed for time|(?:don't|do not) have (?:much |any )?time|running (?:late|out of time)|time[- ]sensitive|time is (?:short|tight))",
      0.85,
    ),
    cue(
      `(?:meeting|call|presentation|flight|class|demo|appointment) (?:in|starts in|at) (?:${NUMBER_WORD}|an|half an) (?:minutes?|mins?|hours?)`,
      0.85,
    ),
    cue(`(?:in|within) (?:the next )?(?:${NUMBER_WORD}|a few) (?:minutes?|mins?)`, 0.5),
    cue('(?:just|please just) (?:fix|tell|send|give|get|make|do) ', 0.55),
    cue('quick question', 0.5),
    cue('(?:quickest|fastest) (?:fix|answer|solution|response|reply|way)', 0.5),
    // "Thanks for the quick fix" is gratitude; alone, a quick fix only hints at hurry.
    cue('(?:quick|fast) (?:fix|answer|solution|response|reply|way)', 0.35),
    cue(
      '(?:by|before) (?:end of (?:the )?day|eod|cob|close of business|tonight|noon|tomorrow morning|this afternoon)',
      0.5,
    ),
    cue(
      '(?:need|needs|want) (?:this|it|this fixed|it fixed|it done|this done) (?:now|today|asap|fixed now|done now)',
      0.6,
    ),
    cue('(?:emergency|critical|top priority)', 0.55, NEGATABLE),
    cue(`(?:in|within) (?:the next )?(?:${NUMBER_WORD}|an|one|half an) (?:hours?|hrs?|h)(?! ago)`, 0.45),
    cue(`(?:meeting|call|appt|appointment|flight|class|viewing) (?:in|at) (?:${NUMBER_WORD}|an|half an)`, 0.7),
    cue("(?:need|needs|want|need to know)(?: [\\p{L}\\p{N}'’-]+){0,6} (?:now|today|tonight|asap)(?=[ ,.!?]|$)", 0.6),
    cue(
      '(?:quick|quickly|fast) (?:pls|please|plz)|(?:help|answer|reply|respond) (?:quickly|fast)|quick (?:q|answer|one)|a fix fast',
      0.65,
    ),
    cue('running (?:late|behind)|on my way', 0.5),
  ],
  apologetic: [
    cue(
      '(?:sorry|apologies|I apologi[sz]e) (?:to bother|for bothering|to bug|for bugging|to trouble|for the trouble|for troubling|to disturb|for disturbing|if this is|for the (?:silly|stupid|dumb|basic|long|late|hassle)|for (?:my|the) (?:mistake|confusion|error|mess)|for asking|for (?:being a pain|the hassle)|again)',
      0.9,
    ),
    cue(
      "(?:my (?:own )?(?:mistake|bad|fault|error)|(?:it was|it is|that was|that is|it's|that's) (?:all |entirely |completely )?my (?:own )?fault)",
      0.85,
      NEGATABLE,
    ),
    cue(
      "(?:silly|stupid|daft) me|(?:I feel|I'm|I am) (?:so |really |a bit )?(?:silly|stupid|dumb|embarrassed|an idiot)|I should have known better|(?:oops|whoops)",
      0.7,
    ),
    cue(
      "(?:hate|don't want) to (?:bother|trouble|bug|pester) you|I know (?:you're|you are) (?:busy|swamped)|forgive (?:the|my|me for)|(?:sorry|apologies),? I(?:'m| am) new",
      0.7,
    ),
    cue(
      '(?:probably|might be|may be|is) (?:a |an )?(?:really |very )?(?:stupid|silly|dumb|daft|obvious|basic) (?:question|one)|sorry if (?:this|that|it) is obvious',
      0.75,
    ),
    // A sorry that opens or closes a clause ("Sorry, where is…", "…, sorry.") is an apology; "sorry, but" is not.
    cue("(?:I(?:'m| am) )?(?:so |really |very |terribly |truly )?sorry(?=[,.!]|$)(?!,? but)", 0.5),
    cue("I(?:'m| am) (?:so|really|very|terribly|truly) sorry(?!,? but| to say| to hear)", 0.5),
    cue('(?:by mistake|by accident|accidentally)', 0.3),
    cue('(?:I|we) (?:accidentally|mistakenly|inadvertently|stupidly|foolishly)', 0.7),
    cue(
      "(?:I|we)(?:'ve| have)? (?:really |totally |completely )?(?:messed|screwed|mixed|mucked) (?:it |this |things |something |everything |the [\\p{L}-]+ )?up",
      0.75,
    ),
    cue('(?:silly|stupid|dumb|basic|newbie) question', 0.6),
    cue('(?:forgive me|pardon my|excuse my)', 0.6),
    cue("(?:I(?:'m| am) )?(?:so |really |very |terribly |truly )?sorry", 0.4),
    cue('(?:apologies|I apologi[sz]e)', 0.5),
    cue("(?:hope|hoping) (?:I'm|I am|this is) not (?:bothering|a bother|wasting)", 0.8),
  ],
};

/** Emphasis that raises anger/frustration a little when other cues are present. */
export const SHOUTING_WEIGHT = 0.3;

/**
 * Praise. A complaint cue weaker than PRAISE_OVERRIDES_BELOW in a sentence that praises is
 * ordinary talk ("amazing service, again!", "every time I fly with you I'm delighted"), not
 * frustration or anger (coaching guide).
 */
export const PRAISE_PATTERNS: readonly string[] = [
  '(?:amazing|awesome|brilliant|excellent|fantastic|wonderful|superb|outstanding|lovely|perfect|great|terrific|impressive|impressed)',
  '(?:delighted|thrilled|grateful|happy|pleased|glad)(?! to (?:wait|pay|hear))',
  '(?:love|loved|loving|adore) (?:it|this|you|your|the)',
  '(?:thank you|thanks)(?: (?:so|very) much)?(?: again)?',
  '(?:well done|kudos|hats off|best (?:service|airline|support|company) ever)',
];
export const PRAISE_OVERRIDES_BELOW = 0.8;

/**
 * Phrases whose words the learned model misreads: they cannot be its evidence. The cue lists
 * make the same calls ("sorry, but" is not an apology; "I don't know how much" is not confusion).
 */
export const NOT_MODEL_EVIDENCE: Readonly<Partial<Record<EmotionId, readonly string[]>>> = {
  apologetic: ['sorry,? but', 'sorry to (?:say|hear|see|report|tell you|inform)'],
  confused: ["(?:don't|do not) know how (?:much|many|long|often)", 'wondering (?:if|whether)'],
};
