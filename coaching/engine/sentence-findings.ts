// A phrase rule plus a check that reads each sentence of the agent's text as a whole. Where the
// phrase list already flagged part of a sentence, the sentence is read again with those phrases
// replaced by their first suggestion: only if it still reads badly does one finding for the whole
// sentence take their place, so applying a first suggestion always clears the sentence.

import type { Span } from './document';
import type { FindingDraft, Rule, RuleContext } from './rule';
import { overlaps } from './text-tools';

export interface SentenceCheck {
  /** A message for the sentence, or null when the sentence is fine. */
  read: (sentence: string, context: RuleContext, span: Span) => string | null;
  note: string;
  /** The first suggestion for a flagged sentence; removing it when not given. */
  suggest?: (sentence: string) => string;
}

/** The sentence's text with the given findings' first suggestions applied. */
function withSuggestionsApplied(masked: string, sentence: Span, findings: FindingDraft[]): string {
  let text = '';
  let from = sentence.start;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const start = Math.max(finding.start, sentence.start);
    if (start < from) continue;
    text += masked.slice(from, start) + (finding.suggestions[0] ?? '');
    from = Math.min(finding.end, sentence.end);
  }
  return text + masked.slice(from, sentence.end);
}

/**
 * Joins a removal to what follows it when only space lies between: the next removal, or the
 * sentence right after that holds another finding of the rule, so that deleting one never slides
 * the next into its place.
 */
function mergeRemovals(findings: FindingDraft[], masked: string, sentences: readonly Span[]): FindingDraft[] {
  const merged: FindingDraft[] = [];
  for (const finding of findings) {
    const previous = merged[merged.length - 1];
    // Already inside a removal that swallowed its sentence.
    if (previous?.suggestions[0] === '' && previous.start <= finding.start && finding.end <= previous.end) continue;
    if (previous && previous.suggestions[0] === '' && previous.end <= finding.start) {
      const gap = masked.slice(previous.end, finding.start);
      const next = sentences.find((sentence) => sentence.start >= previous.end && sentence.end >= finding.end);
      if (finding.suggestions[0] === '' && gap.trim() === '') {
        previous.end = finding.end;
        continue;
      }
      if (next && next.start <= finding.start && masked.slice(previous.end, next.start).trim() === '') {
        previous.end = Math.max(next.end, finding.end);
        continue;
      }
    }
    merged.push({ ...finding });
  }
  return merged;
}

/** "Hi Rob, I know that feeling…": in a chat the greeting opens the first sentence; keep it out of the span. */
const SALUTATION_PREFIX = /^[^,.!?\n]{1,40}[,!]\s+/u;

function withoutSalutation(context: RuleContext, sentence: Span): Span {
  const { greeting, masked } = context.reply;
  if (!greeting || sentence.start !== greeting.contentStart) return sentence;
  const prefix = SALUTATION_PREFIX.exec(masked.slice(sentence.start, sentence.end));
  return prefix && prefix[0].length < sentence.end - sentence.start
    ? { start: sentence.start + prefix[0].length, end: sentence.end }
    : sentence;
}

export function withSentenceCheck(rule: Rule, check: SentenceCheck): Rule {
  return {
    meta: rule.meta,
    check(context) {
      let findings = rule.check(context);
      // The phrase findings in start order, walked alongside the sentences (both run forwards), so
      // a long reply costs its sentences plus its findings, not their product.
      const byStart = [...findings].sort((a, b) => a.start - b.start);
      let first = 0;
      // The whole of the agent's text: in a chat the greeting line often holds the entire reply.
      const { masked, sentences, contentStart, contentEnd } = context.reply;
      for (const whole of sentences) {
        if (whole.start < contentStart || whole.end > contentEnd) continue;
        const sentence = withoutSalutation(context, whole);
        while (first < byStart.length && byStart[first]!.end <= sentence.start) first++;
        const inside: FindingDraft[] = [];
        for (let index = first; index < byStart.length && byStart[index]!.start < sentence.end; index++) {
          if (overlaps(byStart[index]!, sentence)) inside.push(byStart[index]!);
        }
        const message = check.read(withSuggestionsApplied(masked, sentence, inside), context, sentence);
        if (message === null) continue;
        // Removing the sentence always clears it; rewording it is the agent's call.
        findings = findings.filter((finding) => !inside.includes(finding));
        const suggestion = check.suggest ? check.suggest(context.reply.text.slice(sentence.start, sentence.end)) : '';
        findings.push({
          start: sentence.start,
          end: sentence.end,
          message,
          note: check.note,
          suggestions: [suggestion],
        });
      }
      return mergeRemovals(
        findings.sort((a, b) => a.start - b.start),
        masked,
        sentences,
      );
    },
  };
}
