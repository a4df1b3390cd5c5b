// The politeness strategies of Danescu-Niculescu-Mizil et al. (2013), "A computational approach
// to politeness with application to social factors", as phrase data. The lists are our own and
// deliberately compact: the model learns how much each strategy counts, so a list only has to
// recognise the strategy, not rank it.
//
// Phrases are lower case, words separated by one space, ASCII apostrophes, at most
// MAX_PHRASE_WORDS words; they match whole tokens inside one sentence (see scan.ts).
// Where a phrase may match:
//   anywhere  any position in a sentence
//   start     only when the phrase begins the sentence
//   notStart  only when it does not begin the sentence (the paper keeps sentence-initial
//             "please" and "you"/"I" as separate strategies from the same words elsewhere)
//
// Changing any list changes the feature schema: weights.json must then be retrained
// (`npx tsx scripts/train-politeness.ts`); a test fails until it is.

export const MAX_PHRASE_WORDS = 4;

export interface StrategyDefinition {
  /** Stable id, also the key of the strategy's weight in weights.json. */
  readonly id: string;
  /** What the writer did, phrased for the agent ("you thanked them"). */
  readonly label: string;
  readonly anywhere?: readonly string[];
  readonly start?: readonly string[];
  readonly notStart?: readonly string[];
}

const FIRST_PERSON_SINGULAR = ['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'me', 'my', 'mine', 'myself'];
const SECOND_PERSON = ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd",
  'youre', 'u', 'ur'];
const PLEASE = ['please', 'pls', 'plz'];

export const STRATEGIES = [
  {
    id: 'gratitude',
    label: 'you thanked them',
    anywhere: ['thank', 'thanks', 'thanked', 'thanking', 'thankful', 'thx', 'appreciate', 'appreciated',
      'appreciates', 'appreciation', 'appreciative', 'grateful', 'much obliged'],
  },
  {
    // Praise that opens a sentence ("Nice work on...", "Good catch").
    id: 'deference',
    label: 'you opened with praise',
    start: ['great', 'nice', 'excellent', 'awesome', 'wonderful', 'brilliant', 'impressive', 'cool', 'interesting',
      'good job', 'good work', 'good point', 'good catch', 'good idea', 'good call', 'good question',
      'great question', 'well done', 'fair point'],
  },
  {
    id: 'greeting',
    label: 'you greeted them',
    start: ['hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'dear', 'good morning', 'good afternoon',
      'good evening', 'good day'],
  },
  {
    id: 'apology',
    label: 'you apologised',
    anywhere: ['sorry', 'apologize', 'apologise', 'apologized', 'apologised', 'apologizing', 'apologising',
      'apologies', 'apology', 'oops', 'whoops', 'woops', 'excuse me', 'forgive me', 'pardon me', 'my bad',
      'my mistake', 'i regret'],
  },
  {
    id: 'please',
    label: 'you said please',
    notStart: PLEASE,
  },
  {
    // A sentence that opens with "please" reads as an order more often than a request.
    id: 'pleaseStart',
    label: 'a sentence starts with "please"',
    start: [...PLEASE, 'kindly'],
  },
  {
    id: 'byTheWay',
    label: 'you eased in with "by the way"',
    anywhere: ['by the way', 'btw', 'incidentally'],
  },
  {
    // Requests phrased as a question about possibility or willingness rather than an instruction.
    id: 'indirectRequest',
    label: 'you asked indirectly',
    anywhere: ['i was wondering', 'i wonder', 'wondering if', 'would it be possible', 'is it possible',
      'do you mind', 'would you mind', 'if you could', 'if you can', 'if possible', 'any chance',
      'would be great if', 'would be nice if', 'you get a chance', 'you have a moment',
      'if you have time'],
  },
  {
    // The paper's "counterfactual modal"; ConvoKit calls it SUBJUNCTIVE.
    id: 'counterfactualModal',
    label: 'you asked with "could you" or "would you"',
    anywhere: ['could you', 'would you', 'could u', 'would u', 'might you'],
  },
  {
    // The paper's "indicative modal"; ConvoKit calls it INDICATIVE.
    id: 'indicativeModal',
    label: 'you asked with "can you" or "will you"',
    anywhere: ['can you', 'will you', 'can u', 'will u', 'are you able'],
  },
  {
    id: 'hedge',
    label: 'you softened a claim',
    anywhere: ['think', 'thought', 'believe', 'suppose', 'guess', 'suggest', 'suggested', 'maybe', 'perhaps',
      'possibly', 'probably', 'presumably', 'apparently', 'seem', 'seems', 'seemed', 'might', 'somewhat',
      'likely', 'unlikely', 'sort of', 'kind of', 'a bit', 'a little', 'roughly', 'generally', 'usually',
      'tend to', 'i assume', 'i feel', 'in my opinion', 'in my view', 'far as i know', 'afaik', 'imo', 'imho',
      'not sure', 'unsure'],
  },
  {
    // Asserting that something is plainly so: it leaves the reader no room.
    id: 'factuality',
    label: 'you insisted on the facts',
    anywhere: ['in fact', 'actually', 'really', 'honestly', 'surely', 'obviously', 'clearly', 'certainly',
      'definitely', 'truly', 'undoubtedly', 'of course', 'frankly', 'indeed', 'no doubt', 'the fact is',
      'the truth is', 'the point is', 'the reality is'],
  },
  {
    id: 'directQuestion',
    label: 'a sentence opens with a direct question',
    start: ['what', 'why', 'who', 'how', 'where', 'when', 'which', "what's", 'whats', "why's", "how's", "who's",
      "where's"],
  },
  {
    id: 'directStart',
    label: 'a sentence opens with "so", "and" or "but"',
    start: ['so', 'then', 'and', 'but', 'or'],
  },
  {
    id: 'firstPersonStart',
    label: 'a sentence opens with "I"',
    start: FIRST_PERSON_SINGULAR,
  },
  {
    id: 'firstPerson',
    label: 'you spoke for yourself',
    notStart: FIRST_PERSON_SINGULAR,
  },
  {
    id: 'firstPersonPlural',
    label: 'you said "we"',
    anywhere: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd", "let's"],
  },
  {
    id: 'secondPersonStart',
    label: 'a sentence opens with "you"',
    start: SECOND_PERSON,
  },
  {
    id: 'secondPerson',
    label: 'you addressed them',
    notStart: SECOND_PERSON,
  },
  {
    // Evaluative words only. Politeness markers that already have a strategy (thanks, sorry)
    // stay out, so each cue is counted once.
    id: 'positiveLexicon',
    label: 'you used positive words',
    anywhere: ['good', 'great', 'nice', 'excellent', 'wonderful', 'awesome', 'fantastic', 'brilliant', 'lovely',
      'perfect', 'helpful', 'useful', 'valuable', 'glad', 'happy', 'pleased', 'pleasure', 'welcome', 'kind',
      'friendly', 'fair', 'reasonable', 'correct', 'agree', 'agreed', 'interesting', 'impressive', 'fine',
      'better', 'best', 'love', 'enjoy', 'enjoyed', 'hope', 'hopefully', 'thoughtful', 'clear', 'easy', 'easier',
      'improve', 'improved', 'improvement', 'solid', 'smart', 'clever', 'neat', 'thorough', 'careful', 'patient',
      'success', 'successful', 'well done', 'congratulations', 'congrats', 'cheers', 'terrific', 'superb',
      'delighted', 'exciting'],
  },
  {
    // Judgements of people and their work. Words for feelings (frustrated, upset) and for support
    // problems (error, issue, broken) stay out on purpose: agents name those in good replies.
    id: 'negativeLexicon',
    label: 'you used harsh words',
    anywhere: ['wrong', 'bad', 'worse', 'worst', 'terrible', 'awful', 'horrible', 'stupid', 'dumb', 'silly',
      'ridiculous', 'absurd', 'nonsense', 'rubbish', 'garbage', 'crap', 'useless', 'pointless', 'worthless',
      'lazy', 'rude', 'incompetent', 'ignorant', 'idiot', 'idiotic', 'moron', 'pathetic', 'annoying',
      'irritating', 'unacceptable', 'inappropriate', 'unfair', 'unreasonable', 'biased', 'hate', 'fail',
      'failed', 'failure', 'mistaken', 'blame', 'fault', 'careless', 'sloppy', 'mess', 'vandalism', 'vandal',
      'accuse', 'accusing', 'insult', 'insulting', 'offensive', 'damn', 'hell', 'shit', 'fuck', 'fucking',
      'bullshit', 'wtf', 'ugh', 'nasty', 'disgusting', 'shame', 'shameful', 'liar', 'lie', 'lies', 'lying',
      'threat', 'abuse', 'abusive', 'troll', 'waste', 'wasted', 'refuse', 'refused', 'ignore', 'ignored',
      'ignoring', 'nonsensical', 'disruptive', 'clueless'],
  },
] as const satisfies readonly StrategyDefinition[];

export type StrategyId = (typeof STRATEGIES)[number]['id'];

export const STRATEGY_IDS: readonly StrategyId[] = STRATEGIES.map((strategy) => strategy.id);
