import { literalPattern, PhraseMatcher } from '../engine/patterns';
import type { FindingDraft, Rule, RuleContext } from '../engine/rule';
import { matchCase } from '../engine/text-tools';
import type { TeamAvoidedPhrase } from '../types';

const DEFAULT_NOTE = 'Your team chose to avoid this wording in replies to customers; the snippet pack in use says so.';

interface CompiledWording {
  matcher: PhraseMatcher;
  phrases: TeamAvoidedPhrase[];
}

/** Compiled once per list of avoided phrases and reused while the pack stays the same. */
const compiled = new WeakMap<readonly TeamAvoidedPhrase[], CompiledWording>();

function compile(avoid: readonly TeamAvoidedPhrase[]): CompiledWording {
  const phrases = avoid.filter((entry) => typeof entry?.phrase === 'string' && entry.phrase.trim().length > 0);
  return { matcher: new PhraseMatcher(phrases.map((entry) => literalPattern(entry.phrase))), phrases };
}

function wordingFor(avoid: readonly TeamAvoidedPhrase[]): CompiledWording {
  let entry = compiled.get(avoid);
  if (!entry) {
    entry = compile(avoid);
    compiled.set(avoid, entry);
  }
  return entry;
}

function textOf(value: string | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

const rule: Rule = {
  meta: {
    category: 'team-wording',
    severity: 'warning',
    description: "Phrases the team's snippet pack asks to avoid, with the team's preferred wording.",
  },
  check(context: RuleContext): FindingDraft[] {
    const avoid = context.team.avoid;
    if (!Array.isArray(avoid) || avoid.length === 0) return [];
    const { matcher, phrases } = wordingFor(avoid);
    if (phrases.length === 0) return [];
    const { reply } = context;
    const findings: FindingDraft[] = [];
    for (const match of matcher.matches(reply.masked, reply.contentStart, reply.contentEnd)) {
      if (match.end > reply.contentEnd) break;
      const entry = phrases[match.entry]!;
      const said = reply.text.slice(match.start, match.end).replace(/\s+/g, ' ');
      const replacement = textOf(entry.replacement);
      findings.push({
        start: match.start,
        end: match.end,
        message: replacement ? `Your team says "${replacement}" rather than "${said}".` : `Your team avoids "${said}".`,
        note: textOf(entry.reason) || DEFAULT_NOTE,
        suggestions: [replacement ? matchCase(replacement, said) : ''],
      });
    }
    return findings;
  },
};

export default rule;
