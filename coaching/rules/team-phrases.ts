import { substitutionRule, type SubstitutionEntry } from '../engine/kinds';
import { literalPattern } from '../engine/patterns';
import type { FindingDraft, Rule, RuleContext } from '../engine/rule';
import type { TeamPhrase } from '../types';

const META = {
  category: 'team-phrase',
  severity: 'warning',
  description: 'Phrases your team has chosen to avoid, with the wording to use instead (from settings or packs).',
} as const;
const NOTE = 'Your team asked to avoid this wording and suggested an alternative.';

/** Team phrases are compiled once per settings list and reused while it stays the same. */
const compiled = new WeakMap<readonly TeamPhrase[], { rule: Rule; phrases: TeamPhrase[] }>();

function compile(teamPhrases: readonly TeamPhrase[]): { rule: Rule; phrases: TeamPhrase[] } {
  const phrases = teamPhrases.filter((phrase) => typeof phrase?.phrase === 'string' && phrase.phrase.trim().length > 0);
  const entries: SubstitutionEntry[] = phrases.map((phrase) => {
    const replacements = Array.isArray(phrase.replacements)
      ? phrase.replacements.filter((text) => typeof text === 'string')
      : [];
    return {
      pattern: literalPattern(phrase.phrase),
      replacements,
      message:
        phrase.message ??
        (replacements.length > 0 ? 'Your team says "{replacement}" instead of "{phrase}".' : undefined),
    };
  });
  return {
    rule: substitutionRule({ meta: META, entries, message: 'Your team prefers not to say "{phrase}".', note: NOTE }),
    phrases,
  };
}

const rule: Rule = {
  meta: META,
  check(context: RuleContext): FindingDraft[] {
    const teamPhrases = context.settings.teamPhrases;
    if (!Array.isArray(teamPhrases) || teamPhrases.length === 0) return [];
    let entry = compiled.get(teamPhrases);
    if (!entry) {
      entry = compile(teamPhrases);
      compiled.set(teamPhrases, entry);
    }
    const { rule: phraseRule, phrases } = entry;
    const severityOf = new Map(
      phrases.map((phrase) => [
        phrase.phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"),
        phrase.severity,
      ]),
    );
    return phraseRule.check(context).map((draft) => {
      const said = context.reply.text
        .slice(draft.start, draft.end)
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/’/g, "'");
      const severity = severityOf.get(said);
      return severity ? { ...draft, severity } : draft;
    });
  },
};

export default rule;
