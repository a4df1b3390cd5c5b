// Who a sentence puts at fault, read from its subject and what is said of them (coaching guide,
// "Blame"): a guess at the customer's fault, a correction of their future conduct, a
// generalisation that takes them in, or a judgement of another person, team or company.
// Stating a cause neutrally ("the address had a typo, so the mail bounced") names no one.

import {
  CARELESS_HABIT,
  CLEARED,
  SLIP,
  CUSTOMER_DEED,
  ELIDED_FAILURE,
  FAILURE_OUTCOME,
  HEDGED_GUESS,
  MISCONDUCT,
  MODEL_USERS,
  POOR_WORK,
  CONDUCT_CORRECTION,
  CONDUCT_JUDGEMENT,
  CORRECTION,
  CUSTOMER_FAULT,
  CUSTOMER_GUESS,
  GENERIC_PEOPLE,
  REPORT_BACK,
  THIRD_PARTY,
  TIME_CLAUSE,
  TOLD_BEFORE,
} from '../data/fault';
import { perSentence } from './memo';
import { caseless } from './patterns';
import { ADMONISHMENT, clausesOf, readSentence } from './sentence-acts';

export type FaultKind = 'customer-guess' | 'customer-fault' | 'admonishment' | 'generalisation' | 'third-party';

const rx = (source: string): RegExp => caseless(source);
const THIRD_PARTY_SUBJECT = rx(`${THIRD_PARTY}|\\b(?:they|he|she|whoever)\\b`);
const JUDGEMENT = rx(`${CONDUCT_JUDGEMENT}|${POOR_WORK}`);
const MISCONDUCTS = rx(MISCONDUCT);
const ELIDED = rx(ELIDED_FAILURE);
const HEDGED = rx(HEDGED_GUESS);
const DEED = rx(CUSTOMER_DEED);
const FAILURE = rx(FAILURE_OUTCOME);
const CLEARS = rx(CLEARED);
const SLIPPED = rx(SLIP);
/** The agent owning what the team did: "our team made a mess of it and we're sorry". */
const OWNED =
  /\b(?:we(?:'re| are) (?:so |very |really )?sorry|we apologi[sz]e|(?:that's|that is|it's|it is|this is|that was|this was) (?:entirely |all )?(?:on us|our (?:fault|mistake)))\b/u;
const MODELS = rx(MODEL_USERS);
/** What links a deed to what went wrong: "because you…", "since you…", "…, so it failed". */
const CAUSE = /\b(?:because|since|as|so|after|which|that's why|this is why)\b/u;
const GENERIC = rx(GENERIC_PEOPLE);
const HABIT = rx(CARELESS_HABIT);
const GUESS = rx(CUSTOMER_GUESS);
const CORRECTING = rx(CORRECTION);
const REPORTING = rx(REPORT_BACK);
const FAULT = rx(CUSTOMER_FAULT);
const TOLD = rx(TOLD_BEFORE);
const MOMENT = caseless(TIME_CLAUSE, 'g');
const CORRECTS_CONDUCT = rx(CONDUCT_CORRECTION);
/** A clause that only supposes ("if you didn't get it", "in case you never…"), or a question. */
const SUPPOSED = /^\s*(?:if|in case|unless|whether|when|even if|just in case)\b|\?\s*$/u;
/** "…the colleagues you spoke to…", "…a scrap of paper…": a party the agent stands with or no party at all. */
const OWN_SIDE = /\b(?:we|i|us|me)\b/u;

const FRONTED_MOMENT =
  /^\s*(?:(?:so|and|but|also|just|please),?\s+)?(?:next time|in (?:the )?future|going forward|from now on)\s*[,:;—–-]?\s*(?:please\s+)?/u;

/** A clause that opens with its subject ("your invoices will…") rather than a verb ("label the box…"). */
const SUBJECT_FIRST =
  /^(?:you|your|yours|the|a|an|it|its|it's|we|we'll|our|i|i'll|my|they|their|there|this|that|these|those|all|every|each|any|some|no|he|she|his|her|\p{Lu}|\d|[\p{L}-]+ (?:will|won't|would|are|is|were|was|can|may|might|should|must|have|has|had|get|gets)\b)/u;

/** How a correction opens: "check the calendar next time", "maybe read your mail next time". */
const CORRECTIVE_OPENER =
  /^\s*(?:(?:please|maybe|perhaps|just)\s+)?(?:try|be|make|check|read|stick|remember|keep|use|avoid|don't|look|think|pay)\b/u;

/**
 * "Next time" sets a moment in two ways. As a clause of its own ("the next time you sign in, …")
 * it only says when; the rest of the sentence decides whether the customer is corrected ("…, make
 * sure the address is right") or asked to check a fix ("…, please check the menu is back"). Said
 * bare ("next time, read the guide first") it points at the customer's future conduct.
 */
function admonishes(sentence: string): boolean {
  // "In future, make a backup first": the whole instruction after the moment is the correction.
  const fronted = FRONTED_MOMENT.exec(sentence);
  if (fronted) {
    const instruction = sentence.slice(fronted[0].length);
    const imperative = readSentence(instruction).act === 'instruction' || !SUBJECT_FIRST.test(instruction);
    if (imperative && !REPORTING.test(instruction)) return true;
  }
  const rest = sentence.replace(MOMENT, ' ');
  if (rest !== sentence && !ADMONISHMENT.test(rest)) {
    return clausesOf(rest).some((clause) => CORRECTS_CONDUCT.test(clause) && !REPORTING.test(clause));
  }
  if (ADMONISHMENT.test(sentence)) {
    if (CORRECTING.test(sentence)) return true;
    return clausesOf(sentence).some(
      (clause) => ADMONISHMENT.test(clause) && !REPORTING.test(clause) && CORRECTIVE_OPENER.test(clause),
    );
  }
  return (
    /\byou (?:really |always |definitely )?should (?:really |always )?(?!know|be aware|have known)\p{L}+|\bbe more careful\b/u.test(
      sentence,
    ) && /\b(?:really|always|definitely|more careful)\b/u.test(sentence)
  );
}

/**
 * "The parcel came back since you gave us an old address": the customer's own slip (something old
 * or wrong given, a step left undone), named as the cause of what went wrong.
 */
function slipCausedFailure(sentence: string): boolean {
  const deed = DEED.exec(sentence);
  if (!deed || !FAILURE.test(sentence) || !CAUSE.test(sentence) || CLEARS.test(sentence)) return false;
  const ownClause = sentence.slice(deed.index).split(/[,;]|\b(?:so|which|because|since)\b/u)[0]!;
  return SLIPPED.test(ownClause);
}

/** The customer is the subject of a past failure or an unmet duty, said as a fact, not supposed or asked. */
function faultsCustomer(sentence: string): boolean {
  if (TOLD.test(sentence)) return true;
  // Every reading below names the customer ("you"): most sentences are spared the patterns.
  if (!sentence.includes('you')) return false;
  if (/^\s*(?:if|in case|unless|whether)\b|\b(?:may|might) have\b|\?\s*$/u.test(sentence)) return false;
  if (MISCONDUCTS.test(sentence) || ELIDED.test(sentence)) return true;
  // "The payment bounced because you gave us an old card": what the customer did, named as the cause.
  if (slipCausedFailure(sentence)) return true;
  return clausesOf(sentence).some((clause) => FAULT.test(clause.trim()) && !SUPPOSED.test(clause));
}

/** The kind of fault a sentence puts on someone, or null when it names no one at fault. */
export const faultIn = perSentence((said: string): FaultKind | null => {
  // The patterns are caseless: they read the sentence in lower case.
  const sentence = said.toLowerCase();
  // "This doesn't mean you did anything wrong": the customer is cleared, not accused.
  const cleared = /\b(?:nothing|anything) wrong\b|\bnot your fault\b/u.test(sentence);
  const aboutCustomer = sentence.includes('you');
  if (aboutCustomer && !cleared && (GUESS.test(sentence) || HEDGED.test(sentence))) return 'customer-guess';
  if (admonishes(sentence)) return 'admonishment';
  if (!cleared && faultsCustomer(sentence)) return 'customer-fault';
  if ((GENERIC.test(sentence) && HABIT.test(sentence)) || MODELS.test(sentence)) return 'generalisation';
  const judgement = JUDGEMENT.exec(sentence);
  if (judgement && !OWNED.test(sentence)) {
    const before = sentence.slice(0, judgement.index + judgement[0].length);
    const subject = THIRD_PARTY_SUBJECT.exec(before);
    if (subject || /\b(?:hardly|not) our fault\b|\bnot (?:on us|ours)\b/u.test(judgement[0])) return 'third-party';
    if (!OWN_SIDE.test(before) && THIRD_PARTY_SUBJECT.test(sentence)) return 'third-party';
  }
  return null;
});
