// `tactful pack lint FILE`: the pack's format first (readPackFile: schema, JSON path), then the
// coaching engine on every snippet as an agent would insert it, each finding at or above
// --fail-on (warning by default) reported with the file and the line of the snippet's text.

import { analyze } from '../../coaching/index';
import { SEVERITIES, type CoachingSettings, type Finding, type Severity } from '../../coaching/types';
import { snippetFields } from '../../lib/library/fields';
import { fieldKey, fillPlaceholders, type PlaceholderValues } from '../../lib/library/placeholders';
import { readPackFile, type Pack, type PackSnippet } from '../../lib/packs/format';
import { quote } from '../format';
import { EXIT_FINDINGS, EXIT_OK, readInputFile, UsageError, write } from '../io';
import { formatProblems, fromCwd, onePath, parsePackArgs, type PackCommand } from './command';
import { lineFinder, valueOffsets } from './json-offsets';

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

export interface SnippetFinding {
  snippet: PackSnippet;
  /** The JSON path of the snippet's body, and its line in the file. */
  path: string;
  line: number;
  finding: Finding;
  /** The words flagged, from the snippet as filled in. */
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

/** Every finding at or above `threshold` in the pack's snippets, in file order. */
export function lintPack(pack: Pack, text: string, threshold: Severity): SnippetFinding[] {
  const settings = settingsFor(pack);
  let offsets: Map<string, number> | null = null;
  let lineOf: ((offset: number) => number) | null = null;
  const found: SnippetFinding[] = [];
  pack.snippets.forEach((snippet, index) => {
    const sample = sampleText(snippet);
    const findings = analyze(sample, { settings }).findings.filter(
      (finding) => RANK[finding.severity] >= RANK[threshold],
    );
    if (findings.length === 0) return;
    // Located only when something is to be reported: most packs are clean.
    offsets ??= valueOffsets(text);
    lineOf ??= lineFinder(text);
    const path = `snippets[${index}].body`;
    const line = lineOf(offsets.get(path) ?? 0);
    for (const finding of findings) {
      found.push({ snippet, path, line, finding, flagged: sample.slice(finding.start, finding.end) });
    }
  });
  return found;
}

export function formatFinding(file: string, { snippet, line, finding, flagged }: SnippetFinding): string {
  const words = flagged ? ` ${quote(flagged)}` : '';
  const fix = finding.suggestions[0] ? ` Try: ${quote(finding.suggestions[0])}.` : '';
  return `${file}:${line}: ${finding.severity} ${finding.ruleId} in snippet ${quote(snippet.id)}:${words} ${finding.message}${fix}\n`;
}

export const lintCommand: PackCommand = {
  name: 'lint',
  summary: 'check a pack: its format, then the coaching engine on every snippet',
  usage: `Usage: tactful pack lint FILE [--fail-on LEVEL]

Checks FILE (a pack, signed or not) against the pack format (public/pack.schema.json), each
problem with its JSON path; then coaches every snippet as an agent would insert it (page values
and fill-in fields filled with samples, the pack's own team settings applied) and reports each
finding with the file and the line of the snippet's text.

Options:
  --fail-on LEVEL   the lowest severity that fails the pack: error, warning (default) or suggestion
  -h, --help        show this help

Exit status: 0 clean, 1 format problems or findings at or above --fail-on, 2 bad arguments or
unreadable file.
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, { 'fail-on': { type: 'string', default: 'warning' } });
    const file = onePath(positionals, 'pack FILE');
    const threshold = values['fail-on'];
    if (!(SEVERITIES as readonly string[]).includes(threshold)) {
      throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not ${quote(threshold)}`);
    }
    const reading = readPackFile(await readInputFile(fromCwd(io, file), 'pack'));
    if (!reading.ok) {
      await write(io.stderr, formatProblems(file, reading.problems));
      return EXIT_FINDINGS;
    }
    const findings = lintPack(reading.pack, reading.text, threshold as Severity);
    // A signed file's lines are those of the pack text it carries.
    const where = reading.signature ? `${file} (signedPack)` : file;
    await write(io.stdout, findings.map((found) => formatFinding(where, found)).join(''));
    const count = reading.pack.snippets.length;
    await write(
      io.stdout,
      `${file}: ${count} ${count === 1 ? 'snippet' : 'snippets'}, ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} at ${threshold} or above.\n`,
    );
    return findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
