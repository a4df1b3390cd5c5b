import { EXPLANATION_AFTER, EXPLANATION_BEFORE, JARGON_TERMS } from '../data/jargon';
import { PhraseMatcher, type PhraseMatch } from '../engine/patterns';
import type { FindingDraft, Rule } from '../engine/rule';
import { capitalizeFirst, isSentenceStart } from '../engine/text-tools';

const matcher = new PhraseMatcher(JARGON_TERMS.map((term) => term.pattern));
const LOOK_AROUND = 60;
/** A customer who writes this many different technical terms is technical: talk shop with them. */
const TECHNICAL_CUSTOMER_TERMS = 2;
const MAX_CUSTOMER_CHARS = 20_000;

function isExplained(masked: string, match: PhraseMatch): boolean {
  return (
    EXPLANATION_AFTER.test(masked.slice(match.end, match.end + LOOK_AROUND)) ||
    EXPLANATION_BEFORE.test(masked.slice(Math.max(0, match.start - LOOK_AROUND), match.start))
  );
}

// Hand-written around the data: a term is fine when the reply explains it anywhere, or when the
// customer used it first, and no term is flagged for a customer who writes technically
// themselves; otherwise only a term's first use is flagged, once.
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
    if (firstUse.size === 0) return findings;
    const customerTerms = termsUsedBy(customerText);
    if (customerTerms.size >= TECHNICAL_CUSTOMER_TERMS) return findings;
    for (const [entry, match] of firstUse) {
      if (explained.has(entry)) continue;
      if (customerTerms.has(entry)) continue;
      const term = JARGON_TERMS[entry]!;
      const flagged = reply.text.slice(match.start, match.end);
      findings.push({
        start: match.start,
        end: match.end,
        message: `"${flagged.replace(/\s+/g, ' ')}" may be unfamiliar; say it in plain words or explain it.`,
        note: "Customers rarely know support's vocabulary, and few will admit it. Use everyday words, or keep the term and add a short explanation so they learn what it is.",
        suggestions: [
          ...(term.plain
            ? [isSentenceStart(reply.masked, match.start) ? capitalizeFirst(term.plain) : term.plain]
            : []),
          ...(term.explanation ? [`${flagged} (${term.explanation})`] : []),
        ],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function termsUsedBy(customerText: string): Set<number> {
  const entries = new Set<number>();
  if (!customerText) return entries;
  for (const match of matcher.matches(customerText.slice(0, MAX_CUSTOMER_CHARS))) entries.add(match.entry);
  return entries;
}

export default rule;
