import { HANDOFF_PATTERNS, NOT_OURS, RUNAROUND_PHRASES, SEND_ELSEWHERE } from '../data/runaround';
import type { Span } from '../engine/document';
import { existenceRule } from '../engine/kinds';
import { caseless, PhraseMatcher } from '../engine/patterns';
import { perSentence } from '../engine/memo';
import type { RuleContext } from '../engine/rule';
import { withSentenceCheck } from '../engine/sentence-findings';
import { readSentence } from '../engine/sentence-acts';
import { sentenceAt } from '../engine/text-tools';

const handoff = new PhraseMatcher(HANDOFF_PATTERNS);
/** Sentences on either side that may carry the handoff. */
const NEIGHBOURS = 1;
const ELSEWHERE = caseless(SEND_ELSEWHERE);
const BELONGS_ELSEWHERE = caseless(NOT_OURS);
const pointsElsewhere = perSentence((text: string) => ELSEWHERE.test(text.toLowerCase()));
const HAVE_TO = /\byou(?:'ll| will)? (?:need|have) to\b|\b(?:has|have) to go (?:to|through)\b/u;
const OWN_AUTHORITY =
  /\byour (?:own )?(?:bank|card issuer|administrator|admin)\b[^.!?]{0,30}\b(?:approv|authori[sz]|confirm|verif|unblock|allow)/iu;
const MESSAGE = 'This sends the customer elsewhere; hand the case over for them.';
const NOTE =
  "Being told to call someone else feels like a wild goose chase. Be the customer's conduit: pass the case on with the details they already gave you and tell them who will contact them and when.";

/** The reply says the matter is someone else's, near an instruction to go to them, and hands nothing over. */
function sendsElsewhere(sentence: string, context: RuleContext, span: Span): boolean {
  const text = sentence.replace(/[’‘]/g, "'");
  if (!pointsElsewhere(text)) return false;
  // An instruction, or what the customer is told they will have to do ("you will need to call them").
  const tells = readSentence(text).act === 'instruction' || HAVE_TO.test(text.toLowerCase());
  // Only the customer's own bank or administrator can approve some things: asking them to is no runaround.
  if (!tells || OWN_AUTHORITY.test(text)) return false;
  const { masked, contentStart, contentEnd, sentences } = context.reply;
  if (handoff.test(masked, contentStart, contentEnd)) return false;
  // The span, not the text: in a chat the greeting is cut from the sentence's start.
  const index = sentenceAt(sentences, span.start);
  const around = sentences.slice(Math.max(0, index - 1), index + 1);
  return around.some((near) =>
    BELONGS_ELSEWHERE.test(masked.slice(near.start, near.end).replace(/[’‘]/g, "'").toLowerCase()),
  );
}

const phrases = existenceRule({
  meta: {
    category: 'runaround',
    severity: 'warning',
    description: 'Sends the customer to another team or place without handing the case over.',
  },
  entries: RUNAROUND_PHRASES,
  message: MESSAGE,
  note: NOTE,
  accept(match, context) {
    const { sentences, masked } = context.reply;
    if (sentences.length === 0) return true;
    const index = sentenceAt(sentences, match.start);
    const from = sentences[Math.max(0, index - NEIGHBOURS)]!.start;
    const to = sentences[Math.min(sentences.length - 1, index + NEIGHBOURS)]!.end;
    return !handoff.test(masked, from, to);
  },
});

export default withSentenceCheck(phrases, {
  read: (sentence, context, span) => (sendsElsewhere(sentence, context, span) ? MESSAGE : null),
  note: NOTE,
  suggest: () => "I've passed this to the right team with your details; they'll contact you directly.",
});
