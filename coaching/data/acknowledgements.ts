/** Feelings the customer may have, as the agent names them. */
const FEELINGS =
  '(?:upset|angry|annoyed|frustrated|worried|anxious|stressed|concerned|disappointed|confused|fed up|cross|furious|livid|nervous|scared|gutted|miserable)';
/** Words that judge a situation by how it feels to live through. */
const SITUATION_FEELING =
  '(?:so |really |very |pretty |incredibly |truly |utterly |quite |such )?(?:a (?:real |proper |huge |bit of a )?)?(?:miserable|awful|horrible|dreadful|unpleasant|exhausting|stressful|frustrating|worrying|upsetting|annoying|maddening|infuriating|disappointing|alarming|frightening|scary|distressing|draining|tiring|hard|difficult|tough|rough|nightmare|worry|hassle|pain|headache|shock|blow)';

// Phrases that acknowledge the customer's feeling or situation. Any one of them in the reply
// means the agent did not jump straight to the steps.
export const ACKNOWLEDGEMENT_PATTERNS: readonly string[] = [
  '(?:I|we) (?:completely |totally |fully |really |can |do )?(?:understand|see|appreciate|imagine|hear you)',
  "(?:I|we)(?:'m| am| are|'re) (?:so |very |really |truly |terribly )?sorry",
  '(?:I|we) (?:sincerely |truly )?apologi[sz]e',
  '(?:my|our) (?:sincere |deepest )?apologies',
  'sorry (?:about|for|to hear|that)',
  // "Sorry the crackle is still there", "sorry it's taking longer": sorry about a named situation,
  // not "sorry, we can't…".
  "sorry (?:the|your|you|you've|you're|it|it's|this|our|we've|we're|we)(?! (?:can't|cannot|can not|won't|are unable|aren't able|don't)\\b)",
  // Reassuring an apologetic or embarrassed customer: "nothing to feel silly about", "never apologise".
  '(?:nothing|no reason|no need) to (?:feel )?(?:silly|embarrassed|bad|sorry|stupid|guilty|worry|apologi[sz]e)',
  'never apologi[sz]e',
  // Thanking the customer for what they did: "thanks for trying the cables already", not for writing in.
  '(?:thank you|thanks) (?:so much |very much )?for (?!(?:contacting|reaching|getting|writing|choosing|emailing|calling|messaging|using|being)\\b)(?:[\\p{L}]+ing\\b|the (?:clear|detailed|quick|helpful|thorough|full|extra) [\\p{L}]+)',
  // Naming the pressure the customer is under: "with the deadline this close".
  '(?:with|given|before|ahead of|meet|make) (?:the|your|this|that) deadline',
  'apologies for',
  '(?:frustrating|upsetting|annoying|worrying|stressful|disappointing|confusing|unsettling|inconvenient|alarming|exhausting|maddening|infuriating|distressing|unnerving|nerve-racking|nerve-wracking|scary|frightening|disruptive|exasperating|tiring|draining)',
  // Naming the customer's feeling: "you're right to be annoyed", "I can see you're worried".
  "(?:you(?:'re| are| were| must be| must have been|'ve been| have been)|you feel|you felt) (?:so |very |really |understandably |rightly |quite |a bit |a little )?(?:upset|angry|annoyed|frustrated|worried|anxious|stressed|concerned|disappointed|confused|let down|fed up|nervous|scared|shaken|rattled|out of pocket|stuck|inconvenienced)",
  '(?:right|entitled) to be (?:annoyed|upset|angry|frustrated|worried|concerned|disappointed|cross)',
  // Validating a worry or question: "that's a very reasonable worry".
  '(?:reasonable|understandable|natural|fair|valid|sensible|common) (?:worry|concern|question|reaction|thing to (?:ask|worry about|wonder))',
  '(?:worry|concern|reaction|question) is (?:completely |totally |perfectly |entirely )?(?:understandable|reasonable|natural|fair|valid)',
  // Taking the weight of the situation seriously: "far too long", "the last thing you need".
  '(?:far|much|way) too long',
  'the last thing you (?:need|expect|want)',
  '(?:not|never) (?:the experience|the service|what) (?:we want|you should|you deserve|you expect)',
  "(?:I'm|I am|we're|we are) (?:so |really |very )?glad you (?:told|let|reached|contacted|flagged|asked|wrote|called|got in touch)",
  // Reassurance that answers an anxious customer's fear directly.
  "(?:is|are|'s|'re) (?:all )?(?:completely |perfectly |totally |still |100% )?(?:safe|secure|intact|not lost|recoverable)(?! to)",
  "(?:you're|you are) not in (?:any )?trouble",
  "(?:don't|do not) be (?:hard on|too hard on) yourself",
  "(?:it's|they're|everything is|everything's|all) (?:all )?back(?: now| again| safe)",
  '(?:these|such) things happen',
  'happens to (?:everyone|the best of us|all of us)',
  '(?:matters|means a lot|is important) to you',
  '(?:understandabl[ey]|no wonder)',
  '(?:every|good|fair) (?:right|reason) to be',
  '(?:thank you|thanks) (?:so much |very much )?for (?:your patience|bearing with|sticking with|your understanding|flagging|telling us|letting us know|reporting|raising|pointing)',
  '(?:that|this) (?:sounds|must be|must have been|can be|is) (?:really |very |so |incredibly )?(?:frustrating|stressful|worrying|confusing|annoying|upsetting|difficult|hard|tough|a pain|disappointing|inconvenient|unsettling)',
  '(?:good|great|fair|reasonable) question',
  '(?:glad|happy) you asked',
  'nothing to apologi[sz]e for',
  'no need to apologi[sz]e',
  "(?:don't|do not) worry",
  '(?:I|we) hear you',
  'time is (?:tight|short)',
  'pressed for time',
  'up against a deadline',
  '(?:flagging|noting) the urgency',
  'mistakes happen',
  "(?:you're|you are) not the only one",
  'let you down',
  'I can hear',
  'cost you (?:far )?too much',
  // Reactions to the situation by what they do (coaching guide, "Acknowledgement"): judging it
  // as bad, saying it should not have happened, or that anyone would feel it.
  "(?:is|are|was|were)(?:n't| not) (?:okay|ok|acceptable|good enough|right|fair|on)",
  "(?:you )?(?:shouldn't|should not|should never) have (?:had )?to",
  '(?:would|could) (?:wear|get|grind|drive|frustrate|annoy|upset|worry|stress) (?:anyone|anybody|most people|me)',
  'anyone would (?:be|feel|get)',
  '(?:what|such) an? (?:hassle|pain|nuisance|headache|faff|ordeal|worry|shock|letdown|let-down|mess|nightmare)',
  '(?:a )?(?:rotten|awful|terrible|horrible|lousy|miserable|rough|tough|poor|bad|frustrating|stressful) (?:experience|time|day|week|morning|start|few days|ride)',
  'I (?:completely |totally |really |fully )?get (?:it|that|why|how|what)',
  // Not the sarcastic "congrats on finding the one button…", which the hostility rule reads.
  '(?:congratulations|congrats)(?! on (?:finding|managing|breaking|deleting|losing|missing))',
  "I(?:'m| am) (?:so |really |very )?(?:glad|pleased|relieved|proud)",
  "I(?:'m| am) here (?:for you|to help|with you)",
  // Judging the situation by how it feels, whatever the subject ("having the heating fail twice
  // must be miserable", "a week offline sounds exhausting").
  `must (?:be|have been|feel|have felt) ${SITUATION_FEELING}`,
  `(?:sounds?|sounded|looks?) (?:like )?${SITUATION_FEELING}`,
  // What the agent would feel in the customer's place: "I'd be fed up too", "I'd feel the same".
  `(?:I|anyone|anybody)(?:'d| would) (?:be|feel|get) (?:just as |as |pretty |really |very )?(?:the same|${FEELINGS})`,
  // A spoken reaction to the news: "Oh no", "Oh dear".
  'oh (?:no|dear)(?![\\p{L}])',
];
