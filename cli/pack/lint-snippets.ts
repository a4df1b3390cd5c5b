// The coaching half of `pack lint`: every snippet of a pack as an agent would insert it, through
// the engine, keeping the findings at or above a threshold. Runs in the command's own thread or in
// the worker threads of lint-workers.ts, on a range of the pack's snippets.

import { analyzeFindings } from '../../coaching/index';
import type { CoachingSettings, Finding, Severity } from '../../coaching/types';
import { snippetFields } from '../../lib/library/fields';
import { fieldKey, fillPlaceholders, type PlaceholderValues } from '../../lib/library/placeholders';
import type { Pack, PackSnippet } from '../../lib/packs/format';

/** The rules that judge a whole reply's shape, which a snippet (one part of a reply) cannot have. */
const WHOLE_REPLY_RULES = ['missing-greeting', 'missing-closing', 'missing-next-step'];

/** What the page would fill in: the text is coached as the customer would read it. */
const SAMPLE_PAGE: PlaceholderValues = {
  'customer.firstName': 'Dana',
  'customer.name': 'Dana Reyes',
  'agent.firstName': 'Sam',
  'ticket.id': '4821',
  today: 'December 7, 2026',
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

/** One finding in the snippet at `index`, with the words it flags in the filled-in text. */
export interface IndexedFinding {
  index: number;
  finding: Finding;
  flagged: string;
}

/** The team's own settings, with the whole-reply rules off. */
function settingsFor(pack: Pack): CoachingSettings {
  const off = Object.fromEntries(WHOLE_REPLY_RULES.map((id) => [id, { enabled: false }]));
  const teamPhrases = (pack.settings?.avoid ?? []).map((avoided) => ({
    phrase: avoided.phrase,
    replacements: avoided.replacements ?? [],
    ...(avoided.reason ? { message: avoided.reason } : {}),
    ...(avoided.severity ? { severity: avoided.severity } : {}),
  }));
  return { rules: { ...pack.settings?.rules, ...off }, teamPhrases, customerFirstName: 'Dana', agentName: 'Sam' };
}

/** The body as it goes into a reply: page values filled, each field with its default, choice or name. */
export function sampleText(snippet: PackSnippet): string {
  const fields = snippetFields(snippet.body, snippet.fields);
  const values = Object.fromEntries(
    fields.map((field) => [fieldKey(field.name), field.default ?? field.options?.[0] ?? field.name]),
  );
  return fillPlaceholders(snippet.body, SAMPLE_PAGE, values).text;
}

/** The findings at or above `threshold` of snippets [from, to), in snippet order. */
export function snippetFindings(
  pack: Pack,
  threshold: Severity,
  from = 0,
  to = pack.snippets.length,
): IndexedFinding[] {
  const settings = settingsFor(pack);
  // Packs repeat texts (a greeting in several variants of a snippet): each is coached once.
  const coached = new Map<string, Finding[]>();
  const found: IndexedFinding[] = [];
  for (let index = from; index < to; index++) {
    const sample = sampleText(pack.snippets[index]!);
    let findings = coached.get(sample);
    if (!findings) {
      findings = analyzeFindings(sample, { settings }).filter((finding) => RANK[finding.severity] >= RANK[threshold]);
      coached.set(sample, findings);
    }
    for (const finding of findings) found.push({ index, finding, flagged: sample.slice(finding.start, finding.end) });
  }
  return found;
}
