// What a sentence does, read from its shape rather than from a phrase list: an instruction the
// customer can follow, a question to them, a conditional offer, the agent's commitment, someone
// else's announced action, a statement that the issue is resolved, or a chat closing line. The
// structural rules (next step, closing) ask these questions instead of matching phrases, so a
// reply they have never seen still reads right when its sentences have an ordinary shape.

import {
  AGENT_SUBJECT,
  CLOSING_LINES,
  CUSTOMER_CAN,
  CUSTOMER_SUBJECT,
  DISCOURSE_OPENERS,
  INSTRUCTION_VERBS,
  NON_COMMITMENT_VERBS,
  RESOLVED_STATE,
} from '../data/sentence-acts';
import { SIGN_OFF_PATTERNS } from '../data/structure';
import { perSentence } from './memo';
import type { ConversationChannel } from '../types';
import { phraseSource } from './patterns';
import { aheadInPresent } from './time-ahead';

export type SentenceAct =
  | 'instruction'
  | 'question'
  | 'conditional-offer'
  | 'commitment'
  | 'expectation'
  | 'resolved'
  | 'closing'
  | 'statement';

/** Who acts in the sentence: the customer, the agent (I, we), someone else, or nobody in particular. */
export type Actor = 'customer' | 'agent' | 'other' | 'none';

export interface SentenceReading {
  act: SentenceAct;
  actor: Actor;
  /** The main verb is negated ("we won't refund it", "don't worry"). */
  negated: boolean;
  /** It ends in a question the customer can answer (a chat's "Anything else?" too). */
  asks?: boolean;
}

const END = '(?![\\p{L}\\p{N}-])';
const rx = (source: string): RegExp => new RegExp(source, 'iu');

const OPENERS = rx(`^(?:(?:${DISCOURSE_OPENERS})${END}[,:!.]?\\s*)+`);
const CLOSING = rx(`^(?:${[...CLOSING_LINES, ...SIGN_OFF_PATTERNS].map(phraseSource).join('|')})${END}`);
/** "Don't worry", "don't hesitate": reassurance and invitations, not a task. */
const REASSURANCE = /^(?:don't|do not|never) (?:worry|panic|stress|apologi[sz]e|be sorry)/iu;
/** "Check the calendar next time": a correction about the future, not a step to take now. */
export const ADMONISHMENT = /\b(?:next time|in (?:the )?future|going forward|from now on)\b/iu;
const NEGATED_IMPERATIVE = /^(?:don't|do not|never|please don't)\s+/iu;
const IMPERATIVE = rx(`^${INSTRUCTION_VERBS}${END}(?!\\s+(?:is|was|are|were|has|had|will|would)\\b)`);
const YOU_CAN = rx(
  `^(?:[\\p{L}\\p{N}'£$€%-]+\\s+){0,6}?(?:${CUSTOMER_SUBJECT})(?:\\s+|')(?:${CUSTOMER_CAN})(?!\\s+(?:have|'ve|know|be aware|realise|realize|understand)\\b)\\s+(?:also\\s+|just\\s+|simply\\s+)?\\p{L}`,
);
const ALL_YOU_NEED = rx(
  `^(?:(?:you|u)(?: will| 'll|'ll)? need (?:a|an|the|your|to)|all you (?:need|have) to do is|here(?:'s| is| are) (?:the|a|an|your) (?:[\\p{L}-]+ )?(?:link|form|guide|code|steps|instructions|page|voucher|label)s? (?:to|for) \\p{L}+|the (?:best|quickest|easiest|fastest|simplest|only) (?:fix|way|option|thing|step)(?: (?:now|here|for now))? is(?: to)?|make sure|(?!(?:no|some|any|every)thing)\\p{L}+ing\\b[^.!?]{0,80}\\bshould (?:fix|avoid|solve|help|sort|resolve|stop|clear|get rid of))${END}`,
);
const AGENT_FUTURE = rx(
  `^(?:${AGENT_SUBJECT})${END}\\s*(?:'ll|will|shall|am going to|'m going to|are going to|'re going to|'m about to|am about to|'d be (?:happy|glad) to|would be (?:happy|glad) to|can|could|'m|am|are|'re)?\\s*(?:also |personally |then |now |gladly |happily |still |just |first |immediately |right away )?(\\p{L}[\\p{L}'-]*(?: \\p{L}+)?)`,
);
const AGENT_HANDOFF = rx(
  `^(?:${AGENT_SUBJECT}) ?(?:'ve| have) (?:just |now |already |also )?(?:asked|arranged|booked|scheduled|set up|requested|escalated|passed|flagged|raised|logged|opened|put in|reported|forwarded|messaged|chased|notified|contacted|emailed|called|sent)${END}`,
);
const AGENT_DONE = rx(
  `^(?:${AGENT_SUBJECT}) ?(?:'ve|have|just|already|now) (?:just |now |already |also )?(?:fixed|refunded|reset|updated|changed|removed|restored|unlocked|cancell?ed|credited|added|moved|corrected|re-?sent|applied|approved|processed|reactivated|re-?enabled|cleared|waived|rebooked|replaced|switched|merged|deleted|upgraded|extended|renewed|re-?issued|issued|sorted|resolved|attached|enclosed)${END}`,
);
const OTHER_FUTURE = rx(
  `^(?:(?:the|our|a|an|your|his|her|their|this|that|it|they|he|she|someone|somebody|[\\p{Lu}][\\p{L}]+)(?: [\\p{L}-]+){0,3}?)(?:'ll| will| should(?! have| know|'ve)| is going to| are going to| is due to| are due to| is scheduled to| are scheduled to| is expected to)${END}`,
);
/** "Requests must be made through the app": a rule the customer follows, said in the passive. */
const PASSIVE_OBLIGATION =
  /\b(?:must|should|needs? to|ha(?:s|ve) to|can only|may only)\s+(?:only\s+)?be\s+(?:\p{L}+ed|made|done|sent|paid|taken|given|shown|brought|kept|read|put)\b/iu;
/** "…pls message us again": a polite imperative inside a clause that opens otherwise. */
const POLITE_IMPERATIVE = rx(`\\b(?:please|pls|plz|kindly)\\s+${INSTRUCTION_VERBS}${END}`);
/** A future told of someone else, even after "I've chased it and…": "…it'll be with you by Friday". */
const OTHERS_FUTURE =
  /\b(?:it|they|he|she|you|u|this|that|which|everything)(?:'ll|\s+will|\s+is going to|\s+are going to)\b/iu;
/** Future tense anywhere in a clause: something the customer can expect ("…and everything will be restored"). */
const FUTURE = /(?:\b(?:will|is going to|are going to|shall)\b|\p{L}'ll\b)/iu;
const YOU_WILL = rx(
  `^(?:you|u)(?:'ll| will| should)(?: now| then| also| soon)? (?:receive|get|see|hear|be|find|notice|need)${END}`,
);
const RESOLVED = rx(
  `^(?:(?:it|this|that|everything|all|your [\\p{L}-]+(?: [\\p{L}-]+)?|the [\\p{L}-]+(?: [\\p{L}-]+)?|you)(?:'s|'re| is| are| has been| have been| was| were|'ve been)?(?: now| all| already| just| fully)? ${RESOLVED_STATE}|${RESOLVED_STATE}(?: now)?[.!]?$|all (?:done|set|sorted|fixed|good))${END}`,
);
/** "The form now accepts your postcode": a change that has taken effect. */
const CHANGED_NOW = rx(
  `^(?:it|this|that|they|everything|(?:the|your) [\\p{L}-]+(?: [\\p{L}-]+)?) now (?:\\p{L}+s|shows?|works?)${END}`,
);
const CONDITION = rx(
  '^(?:if|when|whenever|once|as soon as|in case|should|if ever|any time|anytime|next time)\\b[^,;—–]{1,160}?(?:[,;—–]|\\s-\\s|\\bthen\\b|(?=\\s(?:i|we)(?:\\s+(?:can|could|will|shall)|\\s*\\x27ll)\\b))\\s*(?:just\\s+)?',
);
/** A condition after the main clause: "Reply here if it happens again." */
const TRAILING_CONDITION = /\s+(?:if|when|once|as soon as|in case)\s+[^,]{1,160}$/iu;
const NEGATION = /\b(?:not|never|no longer|n't|cannot)\b|\p{L}n't\b/iu;
const RHETORICAL = rx(
  "(?:,\\s*(?:is|was|are|were|do|does|did|have|has|had|can|could|will|would|should)(?:n't| not)?\\s+(?:it|you|they|that|this|he|she|we|i)\\s*\\?$|^(?:seriously|really|why (?:would|did|didn't|don't|do) you|did you (?:even|not|really)|have you (?:even|not)|what did you expect|how (?:hard|difficult) (?:is|can) it be|\\p{L}+ing\\b|what part of|what the hell|what on earth|who (?:would|does) that|do you even|are you (?:serious|kidding|sure you))\\b)",
);

/** "I'll say…": a verb of speaking after the agent's "I'll" promises no action. */
const SPOKEN_VERB = rx(`^${NON_COMMITMENT_VERBS}`);
const AGENT_OPENS = rx(`^(?:${AGENT_SUBJECT})${END}`);
const MAX_CLOSING_WORDS = 14;
/** A closing line that asks the customer to come back ("Let me know how it goes"): a next step too. */
const INVITES_REPLY = /^(?:let (?:me|us) know|lmk|ping|message|text|tell|shout|reply|write|get back|come back)\b/iu;

function normalize(sentence: string): string {
  return sentence
    .replace(/[’‘]/g, "'")
    .replace(/^[\s"“(*]+/u, '')
    .replace(/[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]+$/u, '')
    .replace(/["”)\]]+$/u, '')
    .trim();
}

function stripOpeners(text: string): string {
  return text.replace(OPENERS, '');
}

function agentAct(clause: string): SentenceReading | null {
  // The agent's own fix ("I've refunded the £6") tells the customer where things stand.
  if (AGENT_DONE.test(clause)) return { act: 'resolved', actor: 'agent', negated: false };
  if (AGENT_HANDOFF.test(clause)) return { act: 'commitment', actor: 'agent', negated: false };
  const future = AGENT_FUTURE.exec(clause);
  if (!future) return null;
  const head = clause.slice(0, future.index + future[0].length - (future[1]?.length ?? 0));
  const verb = future[1] ?? '';
  // "We cannot refund it": the modal's "not" is written into the same word.
  const negated = NEGATION.test(head) || /^not\b/iu.test(verb);
  const spoken = SPOKEN_VERB.test(verb);
  // "I'm sorry", "we are a small team": only a future, a progressive or an offer is a commitment.
  const isFuture =
    /(?:'ll|will|shall|going to|about to|happy to|glad to)\s*(?:\p{L}+ )?$/iu.test(head) ||
    /ing$/iu.test(verb.split(' ')[0] ?? '') ||
    /^let (?:me|us)\b/iu.test(clause) ||
    /(?:can|could)\s*(?:\p{L}+ )?$/iu.test(head);
  if (!isFuture || spoken || /^(?:sorry|afraid|glad|happy|sure|not sure|unable|able)\b/iu.test(verb)) return null;
  return { act: 'commitment', actor: 'agent', negated };
}

/** Reads one clause with no condition in front of it. */
function readClause(raw: string): SentenceReading {
  const clause = stripOpeners(raw);
  if (clause.endsWith('?')) {
    const actor: Actor = /\b(?:i|we|me|us)\b/iu.test(clause) && !/\byou\b/iu.test(clause) ? 'agent' : 'customer';
    return RHETORICAL.test(clause)
      ? { act: 'statement', actor, negated: false }
      : { act: 'question', actor, negated: false, asks: true };
  }
  if (YOU_WILL.test(clause)) return { act: 'expectation', actor: 'customer', negated: NEGATION.test(clause) };
  if (REASSURANCE.test(clause)) return { act: 'statement', actor: 'customer', negated: true };
  const negatedImperative = NEGATED_IMPERATIVE.exec(clause);
  const imperativeBody = negatedImperative ? clause.slice(negatedImperative[0].length) : clause;
  if (ADMONISHMENT.test(clause)) return { act: 'statement', actor: 'customer', negated: false };
  if (IMPERATIVE.test(imperativeBody) || ALL_YOU_NEED.test(clause) || YOU_CAN.test(clause)) {
    return { act: 'instruction', actor: 'customer', negated: Boolean(negatedImperative) };
  }
  const agent = agentAct(clause);
  if (agent) return agent;
  // "The permit goes live the same day": a state still ahead is something to expect.
  if (RESOLVED.test(clause) && !NEGATION.test(clause))
    return { act: aheadInPresent(clause) ? 'expectation' : 'resolved', actor: 'none', negated: false };
  if (PASSIVE_OBLIGATION.test(clause) || POLITE_IMPERATIVE.test(clause)) {
    return { act: 'instruction', actor: 'customer', negated: false };
  }
  const future = AGENT_OPENS.test(clause) ? OTHERS_FUTURE.exec(clause) : FUTURE.exec(clause);
  if (future) {
    return {
      act: 'expectation',
      actor: 'other',
      negated: NEGATION.test(clause.slice(0, future.index + future[0].length + 12)),
    };
  }
  const other = OTHER_FUTURE.exec(clause);
  if (other) {
    const negated = NEGATION.test(clause.slice(0, other[0].length + 8));
    return { act: 'expectation', actor: 'other', negated };
  }
  if (aheadInPresent(clause)) return { act: 'expectation', actor: 'other', negated: false };
  if (CHANGED_NOW.test(clause) && !NEGATION.test(clause)) return { act: 'resolved', actor: 'none', negated: false };
  return { act: 'statement', actor: 'none', negated: NEGATION.test(clause) };
}

/** What one sentence does; remembered, as the next-step, closing, refusal and runaround checks read the same sentences. */
export const readSentence = perSentence(readUncached);

function readUncached(sentence: string): SentenceReading {
  const text = normalize(sentence);
  const bare = stripOpeners(text);
  if (CLOSING.test(bare) && bare.split(/\s+/u).length <= MAX_CLOSING_WORDS) {
    return { act: 'closing', actor: 'agent', negated: false, asks: bare.endsWith('?') || INVITES_REPLY.test(bare) };
  }
  const condition = CONDITION.exec(bare);
  if (condition && condition[0].length < bare.length) {
    const main = readClause(bare.slice(condition[0].length));
    if (!main.negated && main.act !== 'statement' && main.act !== 'resolved') {
      return { ...main, act: 'conditional-offer' };
    }
    return main;
  }
  const reading = readClause(bare);
  if (reading.act === 'statement' && TRAILING_CONDITION.test(bare)) {
    const main = readClause(bare.replace(TRAILING_CONDITION, ''));
    if (!main.negated && main.act !== 'statement' && main.act !== 'resolved')
      return { ...main, act: 'conditional-offer' };
  }
  return reading;
}

/** Acts that give something to do or expect; in a chat a plain "it's fixed now" does too (guide, "Next step"). */
export function isNextStep(reading: SentenceReading, channel: ConversationChannel = 'email'): boolean {
  if (reading.asks) return true;
  switch (reading.act) {
    case 'instruction':
    case 'question':
    case 'conditional-offer':
      return true;
    case 'commitment':
    case 'expectation':
    case 'resolved':
      if (reading.act === 'resolved' && reading.actor !== 'agent' && channel !== 'chat') return false;
      return !reading.negated;
    default:
      return false;
  }
}

/** Clauses of a sentence: split at commas, semicolons and dashes ("Take care, and message me here"). */
const CLAUSE_BREAK = /\s*(?:[,;:]|\s[—–-]\s|—)\s*(?:(?:and|but|so|then|or)\s+)?/u;

export function clausesOf(sentence: string): string[] {
  return sentence.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
}

/** "Hi Ali, yes, we deliver on Sundays": in a chat, a yes to the customer's question answers it. */
const AFFIRMATIVE_ANSWER = /(?:^|[,!.]\s*)(?:yes|yep|yeah|yup|absolutely|definitely|sure thing)\s*[,!.:—–-]\s*\p{L}/iu;

/** Whether the sentence, or any clause of it, gives the customer a next step. */
export function offersNextStep(sentence: string, channel: ConversationChannel = 'email'): boolean {
  if (isNextStep(readSentence(sentence), channel)) return true;
  const text = normalize(sentence);
  // A question is read whole: its tag ("…, was it?") is no question of its own.
  if (text.endsWith('?')) return false;
  if (channel === 'chat') {
    const answer = AFFIRMATIVE_ANSWER.exec(text);
    if (answer && !NEGATION.test(text.slice(answer.index))) return true;
  }
  const clauses = clausesOf(sentence);
  return clauses.length > 1 && clauses.some((clause) => isNextStep(readSentence(clause), channel));
}

/** A chat's closing line: the sentence opens with a close, or its last clause is one ("…, and thanks for waiting!"). */
export function isClosingSentence(sentence: string): boolean {
  if (readSentence(sentence).act === 'closing') return true;
  const clauses = clausesOf(sentence);
  const last = clauses[clauses.length - 1]!;
  if (clauses.length > 1 && readSentence(last).act === 'closing') return true;
  // "Sorry again and thanks for waiting!": the close after "and".
  const after = /\s(?:and|&)\s+(?=\S)/giu;
  let tail: RegExpExecArray | null;
  while ((tail = after.exec(last)) !== null) {
    if (readSentence(last.slice(tail.index + tail[0].length)).act === 'closing') return true;
  }
  return false;
}

/**
 * Several rules ask the same question of one reply; the answer is kept per sentence list (the
 * document's own array, so a new analysis never sees an old answer) and channel.
 */
const answered = new WeakMap<
  readonly { start: number; end: number }[],
  Partial<Record<ConversationChannel, boolean>>
>();

/** Whether any sentence of the agent's text gives the customer a next step. */
export function replyOffersNextStep(
  masked: string,
  sentences: readonly { start: number; end: number }[],
  channel: ConversationChannel = 'email',
): boolean {
  const known = answered.get(sentences) ?? {};
  const cached = known[channel];
  if (cached !== undefined) return cached;
  const offers = sentences.some((sentence) => offersNextStep(masked.slice(sentence.start, sentence.end), channel));
  answered.set(sentences, { ...known, [channel]: offers });
  return offers;
}
