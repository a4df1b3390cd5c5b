// Families of talking down and of dismissing the customer, for engine/tone.ts. Each entry is a
// shape (whose conduct is talked about, what is claimed about the task), not one writer's sentence.

/** The customer's own conduct, as the agent might rebuke it: "threats", "that tone", "shouting". */
export const CUSTOMER_CONDUCT =
  '\\b(?:threats?|threatening(?: us| me)?|shouting|swearing|yelling|raising your voice|(?:that|your|this) (?:tone|attitude|language)|being rude|rudeness|insults|abuse|calling (?:us|me|anyone|people|our staff) (?:a |an )?\\p{L}+|(?:writing|typing) in (?:all )?capitals|all caps)\\b';

/** What the rebuke says of that conduct: it is futile, unwelcome, or to be stopped. */
export const REBUKE =
  "^\\s*(?:please )?(?:don't|do not|never) (?:\\p{L}+ ){1,4}(?:in|with) (?:that|this|such an?) |\\b(?:won't|will not|doesn't|does not|isn't going to|is not going to|can't|cannot|don't|do not|never) (?:\\p{L}+ ){0,2}(?:help|change|speed|make|get|work|move|matter)|\\bno need for|\\bbefore calling|\\b(?:we|I) (?:don't|do not|won't|will not) (?:tolerate|accept|appreciate)";

/** Shrugging the problem off: "that's life", "rules are rules", "delays happen". */
export const SHRUG =
  "\\b(?:that's|that is|it's|it is) (?:just )?(?:life|how it (?:is|goes|works)|the way it (?:is|goes)|air travel|business|the rules)\\b|\\brules are rules\\b|\\bit is what it is\\b|\\b(?:delays|outages|errors|glitches|mistakes) happen\\b|\\b(?:get|got) delayed sometimes\\b";

/** Showing the customer the door: "if you don't like our fees, there are other airlines". */
export const GO_ELSEWHERE =
  "\\bif you (?:don't|do not) like\\b[^.!?]{0,60}\\b(?:other|elsewhere|leave|cancel)\\b|\\b(?:post|complain|write|go|take it) (?:wherever|to whoever|to whomever|anywhere) you (?:like|want)\\b|\\btake your business elsewhere\\b";

/** Sarcasm markers: mock praise or wonder at the customer's situation. */
export const SARCASM =
  "\\b(?:seriously though|joking aside|(?:all )?jokes aside|kidding aside)\\b|\\bcongrat\\w*,? (?:that's|this is|you've|you have)[^.!?]{0,30}\\b(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th))\\b|(?:🙃|🙄|\\blucky you\\b|\\b(?:two|three|four|five|six|\\d+) whole (?:times|days|hours|minutes|emails|calls)\\b|\\bcongrat(?:s|ulations) on (?:finding|managing|breaking|deleting|losing|missing)\\b|\\b(?:not sure|no idea) (?:why|what else) (?:this|you|that)\\b|\\bwhat else (?:did )?you expect(?:ed)?\\b|\\bif you (?:actually|even|bothered to) (?:read|look|looked|check|checked|tried)\\b)";

/** Claims that the task is trivial, which make asking about it look foolish. */
export const TRIVIAL_TASK =
  "\\b(?:(?:pretty|really|very|super|dead|quite) (?:simple|easy|obvious|straightforward) really|(?:it's|it is|that's|that is|this is) (?:honestly |really |pretty |very |just )?not (?:hard|difficult|complicated)|anyone can (?:do|find|manage|fix|see)|even (?:a child|a kid|my grandma|my gran|non-techies|non-technical people|beginners|a beginner|a toddler)|(?:a|it's a|that's a) beginner's mistake|(?:check|checking) the obvious|plainly)\\b";

/** Telling the customer they should already know: "you really should know this by now". */
export const SHOULD_KNOW =
  '(?:\\byou (?:really |surely |of all people )?(?:should|ought to) (?:already |really )?(?:know|remember) (?:this|that|it|by now|better)|\\bshould (?:already )?have (?:explained|told you|shown you|known)|\\bcovered in (?:the |your )?(?:first-year |new starter |staff )?(?:induction|onboarding|training|manual|faq|guide|welcome email)|,\\s*you know[.!]?$|,\\s*of course[.!]?$)';

/** Claims that anyone would know or manage it, which makes the customer the one who did not. */
export const COMMON_KNOWLEDGE =
  '\\bmost (?:people|customers|users|of our customers|of our users) (?:read|check|follow|manage|understand|notice|remember|spot|get (?:it|this|there)|(?:see|find) (?:it|this|that) (?:straight away|right away|easily|quickly|at once|without)|figure (?:it|this) out|have no (?:trouble|problem|issue))\\b|\\bas (?:anyone|everyone|everybody|anybody|we all) (?:knows?|can see|can tell)\\b|\\b(?:anyone|everyone|everybody|anybody|most people|we all|any (?:\\p{L}+ )?(?:user|customer|adult|person)) (?:knows|know|understands|would (?:have )?(?:know|known|notice|noticed|see|seen|spot|spotted|realise|realised|realize|realized|understand|understood))\\b|\\b(?:kids|children|a child|a kid|my (?:nan|gran|grandma|grandmother|mum|mom)) (?:can|could) (?:do|manage|handle|figure|work)\\b';

/** Saying it was already plain, or that it must be said again: "it clearly says", "I'll explain it again, slowly". */
export const ALREADY_PLAIN =
  '\\b(?<!now )(?:clearly|plainly|explicitly|very clearly) (?:says|said|states|stated|shows|shown|written|marked|labelled|labeled|explained|visible|displayed)\\b|\\bi (?:thought|assumed) (?:that|it|this) was (?:obvious|clear|self-explanatory|plain)\\b|\\b(?:explain|say|go through) (?:it|this|that) (?:again|once more),? (?:slowly|more slowly|step by step for you)\\b|\\bnot sure how (?:else|much more clearly) (?:to|i can) (?:explain|put|say)\\b';

/** "Of course, you need to…": a step presented as what the customer should have known to do. */
export const OBVIOUS_STEP = '^\\s*(?:well,?\\s+|but\\s+)?(?:of course|naturally|obviously),?\\s+(?=\\p{L})';

/** Threats: a penalty held over the customer's conduct, or a warning ("last warning", "we'll take legal action"). */
export const THREAT =
  "\\b(?:passed|referred|sent|handed) (?:on )?to (?:our |a )?(?:debt (?:recovery|collection)|collections?|bailiffs|court|solicitors|lawyers)\\b|\\bor (?:we|i)(?:'ll| will)(?: have to)? (?:reconsider|cancel|close|end|stop|refuse|terminate|suspend|withdraw)\\b|\\b(?:last|final) warning\\b|\\b(?:we|i)(?:'ll| will| shall| may| might| are going to|'re going to)? (?:take|start|begin) legal action\\b|\\b(?:involve|call|contact) (?:the police|our lawyers|our solicitors|legal)\\b|\\b(?:if you (?:keep|continue|carry on|persist)|(?:one|any) (?:more|further) (?:\\p{L}+ )?(?:message|email|call|complaint|outburst)s?|unless you (?:stop|calm|change))\\b[^.!?]{0,80}\\b(?:we|i)(?:'ll| will| shall| may| are going to|'re going to)? (?:\\p{L}+ )?(?:close|suspend|terminate|ban|block|stop|cancel|report|end|remove|restrict|refuse)\\b|\\b(?:we|i)(?:'ll| will| shall| may)? (?:\\p{L}+ )?(?:close|suspend|terminate|ban|block|cancel) your (?:account|service|membership|contract)\\b[^.!?]{0,40}\\bif you (?:keep|continue|carry on|don't stop|do not stop)\\b";

/** Ultimatums and closing the conversation on the customer: "either you accept it or…", "I'm not going to argue". */
export const ULTIMATUM =
  "^\\s*either you\\b[^.!?]{1,80}\\bor (?:we|i)\\b|\\bthis is (?:our|my) final (?:offer|answer|word)\\b|\\b(?:end of (?:discussion|story|conversation)|this conversation is over|(?:i|we)(?:'m| am|'re| are) (?:not going to|done) (?:argu|debat|discuss)\\w*|(?:we|i) (?:won't|will not|will no longer|'ll no longer|shall not) (?:be )?(?:respond|reply|engag|discuss)\\w*(?: to)? (?:any )?(?:further|more|other)\\b|not worth (?:our|my) time)\\b";

/**
 * Judging the customer's character or intelligence, or lumping them with "difficult" customers.
 * "You're entitled to a refund" grants a right; only the bare "entitled" judges.
 */
export const CHARACTER_JUDGEMENT =
  "\\b(?:you(?:'re| are)|you seem|you must be|someone like you|people like you|customers like you)\\s+(?:clearly |obviously |just |really |a bit |quite |very |rather )?(?:not (?:very |that |too |exactly )?(?:tech-savvy|technical|bright|smart|clever|good with (?:computers|technology|tech))|(?:a |an )?(?:impossible|difficult|unreasonable|lazy|clueless|entitled(?! to\\b)|demanding|hopeless|incapable|stubborn|slow)\\b)|\\b(?:impossible|hard) to please\\b|\\b(?:some|certain) (?:customers|people|users) (?:are|just|will never|never)\\b[^.!?]{0,30}\\b(?:impossible|difficult|never happy|satisfied|please)\\b|\\bcan(?:'t|not) help (?:someone|people|anyone|customers|users) who\\b|\\b(?:maybe|perhaps) (?:it's|the problem is) (?:you|on your end)\\b|\\ba you problem\\b|\\b(?:people|customers|users) like you\\b";

/** Sarcasm by shape: "sure, because we have nothing better to do", "read the manual for once". */
export const SARCASTIC_SHAPE =
  '\\b(?:sure|right|oh yes|yeah|of course),? because\\b|\\bnothing better to do\\b|\\b(?:try|read|listen|check|look|follow|pay attention)\\w*\\b[^.!?]{0,40}\\bfor once\\b|\\bgood luck (?:finding|getting) (?:a|an|another|anyone|someone) (?:\\p{L}+ )?(?:better|cheaper|faster|else)\\b|\\bgood luck with that[.!]*$|^\\s*oh (?:great|wonderful|brilliant|fantastic|perfect|joy),|^\\s*wow,? (?:so )?you (?:really|actually)\\b[^.!?]*\\?';

/** A tautology that refuses an answer: "it'll arrive when it arrives", "a deadline is a deadline". */
export const TAUTOLOGY =
  "(?:'ll| will) (\\p{L}{3,}) when (?:it|they|that|this|he|she|the \\p{L}+) \\1(?:s|es)?\\b|^(?:an? )?(\\p{L}{3,}?)s? (?:are|is) (?:an? )?\\2s?[.!]?$";

/** The agent declining to keep engaging: "I'm not explaining this again", "I don't know what else you want". */
export const WITHDRAWAL =
  "\\b(?:i|we)(?:'m| am|'re| are)? (?:not going to|won't|will not|can't|cannot|not) (?:keep |be )?(?:explain\\w*|repeat\\w* (?:myself|this|that|it)|repl\\w*|respond\\w*|answer\\w*|go(?:ing)? over|discuss\\w*|argu\\w*|say(?:ing)? (?:this|it|that)|do(?:ing)? (?:this|it|that))\\b[^.!?]{0,40}\\b(?:again|any ?more|any further|over and over|every time|the same)\\b|\\b(?:i|we) (?:don't|do not|really don't) know what (?:else|more) (?:you want|you expect|to tell you|to say|i can say|we can say|you'd like)|\\b(?:i|we) (?:heard|got) (?:you|it|that) the first time\\b";

/** Making light of the customer's problem: "it's not the end of the world", "what's all the fuss about". */
export const MINIMISING =
  "\\bnot the end of the world\\b|\\b(?:what|why) (?:is |'s )?(?:all )?the fuss\\b|\\b(?:don't|do not|can't|cannot) see (?:what|why) the (?:fuss|big deal|problem) is\\b|\\bno (?:point|use|sense) (?:in )?(?:complaining|moaning|arguing|getting (?:upset|angry|worked up)|chasing)\\b|\\bsuch is life\\b|\\bworse things happen\\b|\\b(?:it's|it is|that's|that is) (?:only|just) (?:a|an|one|two|a few|a couple of) (?:[\\p{L}-]+ )?(?:pounds?|dollars?|euros?|quid|bucks|cents?|pence|minutes?|hours?|days?)(?:[- ](?:fee|charge|delay|wait))?[.!]?$";

/** Putting the customer in their place: "we're not a charity", "you're not our only customer". */
export const BELITTLING =
  "\\b(?:we(?:'re| are)|this is|this isn't|this is not) (?:not )?a charity\\b|\\b(?:you're|you are) not (?:the|our) only (?:customer|client|person|user)\\b|\\b(?:we|i) (?:can't|cannot|won't) (?:just )?drop everything\\b|\\b(?:we|i) have (?:other|more important|better) (?:things|customers|clients|tickets|people)\\b|\\bno offen[cs]e,? but\\b|\\b(?:silly|stupid|daft|foolish|dumb|ridiculous|careless|reckless) (?:thing to do|move|idea|decision)\\b|\\b(?:that's|it's|this is|that is|it is) (?:entirely |totally |really |simply )?your (?:problem|issue|lookout|headache)\\b";

/** Brushing the customer off: a dismissive interjection, or an order to stop writing or to wait. */
export const BRUSH_OFF =
  '(?:^|[\\s,.!?])(?:lol|lmao|ugh|meh|pfft|sigh|tough luck)(?=$|[\\s,.!?])|^\\s*(?:tough|too bad)(?:\\s+luck)?\\s*[.!,]|\\bstop (?:sending|asking|emailing|chasing|messaging|writing|calling|contacting|pestering|bugging)\\b[^.!?]{0,40}\\b(?:same|again|over and over|every (?:day|hour)|repeatedly|constantly)\\b|^\\s*(?:please\\s+|just\\s+)*be patient\\s*[.!]*$';

/** Mock questions: "Happy now?", "Is that really so hard?", "Did you even read it?". */
export const MOCK_QUESTION =
  '\\b(?:maybe|perhaps) try \\p{L}+ing\\b[^.!?]*\\bthen\\s*\\?|^\\s*(?:happy|satisfied|better|clear|clearer) now\\s*\\?|\\b(?:is|was) (?:that|it|this) (?:really )?(?:so|that|too) (?:hard|difficult|complicated|much to ask)\\b[^.!?]*\\?|\\bclear enough(?: for you)?\\s*\\?|\\b(?:did|do|have|were|are) you even\\b|\\b(?:maybe|perhaps|try)\\b[^.!?]{0,40}\\b(?:read|check|look)\\w*\\b[^.!?]{0,40}\\bbefore (?:emailing|contacting|messaging|calling|writing|asking|bothering|complaining)\\b';

/** Reminding the customer they were told: "like I said", "as I mentioned before". */
export const TOLD_AGAIN =
  "\\b(?:like (?:i|we) (?:said|mentioned|told you|explained)|as (?:i|we) (?:said|told you)|as (?:i|we) (?:(?:already|previously) )?(?:said|mentioned|explained|noted|stated|wrote|pointed out)(?: to you)? (?:before|earlier|previously|already|last time|several times|twice|a few times|in (?:my|our) (?:last|previous|earlier|first)))\\b|^\\s*(?:once )?again,\\s+(?!(?:sorry|thank|thanks|apolog|please|my apologies|i'm sorry|we're sorry|i apologi[sz]e|welcome|congrat|(?:i|we) (?:really )?(?:appreciate|apologi|value|understand|regret|hope))\\b)";

/** Talking down by shape: "so you can follow", "you do know that…", "even you can manage this". */
export const TALKING_DOWN =
  "\\b(?:right in front of you|where it (?:has )?always (?:been|is)|(?:simple|simpler|plain|basic) (?:terms|words|english)\\b[^.!?]{0,20}\\bso (?:that )?(?:even )?you|you do (?:know|realise|realize|understand|remember)|all you (?:had|needed) to do was|even you (?:can|could|should|will|'ll)|how (?:to|else to|i can|else i can|much more) (?:make|put|say|explain) (?:this|it)(?: any)? (?:clearer|simpler|more (?:clearly|simply|plainly))|basic stuff|(?:it's|it is|this is|that's|that is) (?:all|already|clearly) (?:covered|explained) (?:in|on))\\b";
