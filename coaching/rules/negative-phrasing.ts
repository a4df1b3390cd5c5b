import { ALTERNATIVE_PATTERNS, REFUSAL_MEANING, REFUSAL_PATTERNS } from '../data/negative-phrasing';
import type { Span } from '../engine/document';
import { isGenericInvitation } from '../engine/invitation';
import { existenceRule } from '../engine/kinds';
import { caseless, PhraseMatcher, type PhraseMatch } from '../engine/patterns';
import { perSentence } from '../engine/memo';
import type { RuleContext } from '../engine/rule';
import { withSentenceCheck } from '../engine/sentence-findings';
import { replyOffersNextStep } from '../engine/sentence-acts';
import { sentenceAt } from '../engine/text-tools';

const alternative = new PhraseMatcher(ALTERNATIVE_PATTERNS);
/** Words that only link clauses ("but", "otherwise") offer something only next to the refusal itself. */
const LINKING_ONLY = new Set(['but', 'however', 'although', 'though', 'otherwise', 'options?']);
/** An offer said in a sentence of its own: "What I can do is…", "Instead, you could…". */
const offerLater = new PhraseMatcher(ALTERNATIVE_PATTERNS.filter((pattern) => !LINKING_ONLY.has(pattern)));
const REFUSAL = caseless(REFUSAL_MEANING);
const refuses = perSentence((sentence: string) => REFUSAL.test(sentence.replace(/[’‘]/g, "'").toLowerCase()));
/**
 * "…a review step that was never released": a past failure told in a relative clause names a cause
 * (coaching guide: stating a cause neutrally), not a limit put on the customer's request.
 */
const CAUSE_IN_RELATIVE_CLAUSE = /\b(?:that|which|who)\s+$/iu;
const PAST_STATE = /^(?:was|were|has been|had been|have been)\b/iu;

function describesPastCause(match: PhraseMatch, masked: string): boolean {
  const before = masked.slice(Math.max(0, match.start - 16), match.start);
  return CAUSE_IN_RELATIVE_CLAUSE.test(before) && PAST_STATE.test(masked.slice(match.start, match.end));
}

const MESSAGE = "Say what you can do, not only what you can't.";
const NOTE =
  'A bare "no" ends the conversation and leaves the customer stuck. Keep the limit if it is real, then offer the closest thing you can do: a workaround, an alternative or the next best step.';

function offerInstead(refusal: string): string {
  return `${refusal.replace(/[\s.!?…]+$/u, '')}, but here's what I can do instead:`;
}

function sentenceOf(match: PhraseMatch, context: RuleContext): { index: number; sentence: Span } | null {
  const { sentences } = context.reply;
  if (sentences.length === 0) return null;
  const index = sentenceAt(sentences, match.start);
  return { index, sentence: sentences[index]! };
}

/**
 * The sentences that could carry a way forward: a generic "let me know if you have any other
 * questions" keeps the door open but offers nothing instead of what was refused.
 */
function offering(masked: string, sentences: readonly Span[]): Span[] {
  return sentences.filter((sentence) => !isGenericInvitation(masked.slice(sentence.start, sentence.end)));
}

/** The refusal clause: from the match to the end of its sentence. */
function clause(match: PhraseMatch, context: RuleContext): Span {
  const found = sentenceOf(match, context);
  if (!found) return match;
  return { start: match.start, end: Math.max(match.end, found.sentence.end) };
}

const phrases = existenceRule({
  meta: {
    category: 'negative-phrasing',
    severity: 'warning',
    description: 'A refusal ("can\'t", "policy doesn\'t allow") with no alternative offered.',
  },
  entries: REFUSAL_PATTERNS.map((pattern) => ({ pattern })),
  message: MESSAGE,
  note: NOTE,
  accept(match, context) {
    const found = sentenceOf(match, context);
    const { masked, sentences } = context.reply;
    const own = found ? found.sentence.end : masked.length;
    if (describesPastCause(match, masked)) return false;
    if (alternative.test(masked, match.end, own)) return false;
    // A way forward in the same sentence or the next one ("…, so you'll need to contact HMRC").
    const around = found ? offering(masked, sentences.slice(Math.max(0, found.index - 1), found.index + 2)) : [];
    if (around.some((sentence) => sentence.start >= own && offerLater.test(masked, sentence.start, sentence.end)))
      return false;
    return !replyOffersNextStep(masked, around);
  },
  span: clause,
  suggestions: (match, context) => {
    const span = clause(match, context);
    return [offerInstead(context.reply.text.slice(span.start, span.end))];
  },
});

/** A refusal said any other way ("there are no plans for it") in a reply that offers no way forward at all. */
interface ReplyOffers {
  /** The sentences that are not generic invitations (one array per reply, so next-step answers are kept). */
  open: Span[];
  /** Where the last sentence that offers something instead starts, or -1. */
  lastOfferStart: number;
}

/** What a whole reply offers, read once per analysis (the document's sentence array is the key). */
const replyOffers = new WeakMap<readonly Span[], ReplyOffers>();

function offersOf(masked: string, sentences: readonly Span[]): ReplyOffers {
  let known = replyOffers.get(sentences);
  if (!known) {
    const open = offering(masked, sentences);
    const last = open.findLast((sentence) => offerLater.test(masked, sentence.start, sentence.end));
    known = { open, lastOfferStart: last ? last.start : -1 };
    replyOffers.set(sentences, known);
  }
  return known;
}

export default withSentenceCheck(phrases, {
  read(sentence, context, span) {
    if (!refuses(sentence) || alternative.test(sentence)) return null;
    const { masked, sentences } = context.reply;
    const { open, lastOfferStart } = offersOf(masked, sentences);
    // "…can't be exchanged. What I can do is…": an alternative in a sentence that follows.
    if (lastOfferStart >= span.end) return null;
    return replyOffersNextStep(masked, open) ? null : MESSAGE;
  },
  note: NOTE,
  suggest: offerInstead,
});
