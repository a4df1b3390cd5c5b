import { ALTERNATIVE_PATTERNS, REFUSAL_PATTERNS } from '../data/negative-phrasing';
import type { Span } from '../engine/document';
import { existenceRule } from '../engine/kinds';
import { PhraseMatcher, type PhraseMatch } from '../engine/patterns';
import type { RuleContext } from '../engine/rule';
import { sentenceAt } from '../engine/text-tools';

const alternative = new PhraseMatcher(ALTERNATIVE_PATTERNS);

function sentenceOf(match: PhraseMatch, context: RuleContext): { index: number; sentence: Span } | null {
  const { sentences } = context.reply;
  if (sentences.length === 0) return null;
  const index = sentenceAt(sentences, match.start);
  return { index, sentence: sentences[index]! };
}

/** The refusal clause: from the match to the end of its sentence. */
function clause(match: PhraseMatch, context: RuleContext): Span {
  const found = sentenceOf(match, context);
  if (!found) return match;
  return { start: match.start, end: Math.max(match.end, found.sentence.end) };
}

export default existenceRule({
  meta: {
    category: 'negative-phrasing',
    severity: 'warning',
    description: 'A refusal ("can\'t", "policy doesn\'t allow") with no alternative offered.',
  },
  entries: REFUSAL_PATTERNS.map((pattern) => ({ pattern })),
  message: "Say what you can do, not only what you can't.",
  note: 'A bare "no" ends the conversation and leaves the customer stuck. Keep the limit if it is real, then offer the closest thing you can do: a workaround, an alternative or the next best step.',
  accept(match, context) {
    const found = sentenceOf(match, context);
    const { masked, sentences } = context.reply;
    const to = found ? sentences[Math.min(sentences.length - 1, found.index + 1)]!.end : masked.length;
    return !alternative.test(masked, match.end, to);
  },
  span: clause,
  suggestions: (match, context) => {
    const span = clause(match, context);
    const refusal = context.reply.text.slice(span.start, span.end).replace(/[\s.!?…]+$/u, '');
    return [`${refusal}, but here's what I can do instead:`];
  },
});
