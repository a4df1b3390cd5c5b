import { EXPLANATION_AFTER, EXPLANATION_BEFORE, JARGON_TERMS } from '../data/jargon';
import { PhraseMatcher, type PhraseMatch } from '../engine/patterns';
import type { FindingDraft, Rule } from '../engine/rule';
import { unfamiliarInitialisms } from '../engine/initialisms';
import { capitalizeFirst, isSentenceStart } from '../engine/text-tools';

const matcher = new PhraseMatcher(JARGON_TERMS.map((term) => term.pattern));
const LOOK_AROUND = 60;
/** A customer who writes this many different technical terms is technical: talk shop with them. */
const TECHNICAL_CUSTOMER_TERMS = 2;
const MAX_CUSTOMER_CHARS = 20_000;

function isExplained(masked: string, match: { start: number; end: number }): boolean {
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
    const listed: PhraseMatch[] = [];
    for (const match of matcher.matches(reply.masked, reply.contentStart, reply.contentEnd)) {
      listed.push(match);
      if (isExplained(reply.masked, match)) explained.add(match.entry);
      else if (!firstUse.has(match.entry)) firstUse.set(match.entry, match);
    }
    const findings: FindingDraft[] = [];
    const initialisms = initialismFindings(reply.masked, reply.contentStart, reply.contentEnd, customerText, listed);
    if (firstUse.size === 0 && initialisms.length === 0) return findings;
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
    return [...findings, ...initialisms].sort((a, b) => a.start - b.start);
  },
};

/**
 * Unexplained initialisms the list does not hold ("your ONT", "RBAC roles"): flagged at first use,
 * unless the reply explains one anywhere or the customer wrote it.
 */
function initialismFindings(
  masked: string,
  from: number,
  to: number,
  customerText: string,
  listed: readonly { start: number; end: number }[],
): FindingDraft[] {
  // Keys the term list reads (explained there or not) are its business, at every use.
  const explained = new Set<string>();
  const first = new Map<string, { start: number; end: number }>();
  for (const initialism of unfamiliarInitialisms(masked, from, to)) {
    if (listed.some((match) => match.start < initialism.end && initialism.start < match.end))
      explained.add(initialism.key);
    else if (isExplained(masked, initialism)) explained.add(initialism.key);
    else if (!first.has(initialism.key)) first.set(initialism.key, initialism);
  }
  const findings: FindingDraft[] = [];
  for (const [key, span] of first) {
    if (explained.has(key) || new RegExp(`(?<![\\p{L}\\p{N}])${key}`, 'u').test(customerText)) continue;
    const flagged = masked.slice(span.start, span.end);
    findings.push({
      start: span.start,
      end: span.end,
      message: `"${flagged}" is an abbreviation the customer may not know; spell it out or explain it.`,
      note: "Support's abbreviations are rarely the customer's. Say what it stands for and what it does, in a few plain words, the first time you use it.",
      suggestions: [`${flagged} (…)`],
    });
  }
  return findings;
}

function termsUsedBy(customerText: string): Set<number> {
  const entries = new Set<number>();
  if (!customerText) return entries;
  for (const match of matcher.matches(customerText.slice(0, MAX_CUSTOMER_CHARS))) entries.add(match.entry);
  return entries;
}

export default rule;
