import { EXPLANATION_AFTER, EXPLANATION_BEFORE, JARGON_TERMS } from '../data/jargon';
import { PhraseMatcher, type PhraseMatch } from '../engine/patterns';
import type { FindingDraft, Rule } from '../engine/rule';
import { capitalizeFirst, isSentenceStart } from '../engine/text-tools';

const matcher = new PhraseMatcher(JARGON_TERMS.map((term) => term.pattern));
const LOOK_AROUND = 60;

function isExplained(masked: string, match: PhraseMatch): boolean {
  return (
    EXPLANATION_AFTER.test(masked.slice(match.end, match.end + LOOK_AROUND)) ||
    EXPLANATION_BEFORE.test(masked.slice(Math.max(0, match.start - LOOK_AROUND), match.start))
  );
}

// Hand-written around the data: a term is fine when the reply explains it anywhere, or when the
// customer used it first; otherwise only its first use is flagged, once.
const rule: Rule = {
  meta: {
    category: 'jargon',
    severity: 'warning',
    description: 'Technical terms without a plain explanation.',
  },
  check(context) {
    const { reply } = context;
    const customerText = context.customer.text;
    const firstUse = new Map<number, PhraseMatch>();
    const explained = new Set<number>();
    for (const match of matcher.matches(reply.masked, reply.contentStart, reply.contentEnd)) {
      if (isExplained(reply.masked, match)) explained.add(match.entry);
      else if (!firstUse.has(match.entry)) firstUse.set(match.entry, match);
    }
    const findings: FindingDraft[] = [];
    for (const [entry, match] of firstUse) {
      if (explained.has(entry)) continue;
      if (customerText && usedByCustomer(customerText, entry)) continue;
      const term = JARGON_TERMS[entry]!;
      const flagged = reply.text.slice(match.start, match.end);
      findings.push({
        start: match.start,
        end: match.end,
        message: `"${flagged.replace(/\s+/g, ' ')}" may be unfamiliar; say it in plain words or explain it.`,
        note: "Customers rarely know support's vocabulary, and few will admit it. Use everyday words, or keep the term and add a short explanation so they learn what it is.",
        suggestions: [
          ...(term.plain ? [isSentenceStart(reply.masked, match.start) ? capitalizeFirst(term.plain) : term.plain] : []),
          ...(term.explanation ? [`${flagged} (${term.explanation})`] : []),
        ],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function usedByCustomer(customerText: string, entry: number): boolean {
  for (const match of matcher.matches(customerText.slice(0, 20_000))) if (match.entry === entry) return true;
  return false;
}

export default rule;
