// `tactful pack lint FILE`: the pack's format first (readPackFile: schema, JSON path), then the
// coaching engine on every snippet as an agent would insert it, each finding at or above
// --fail-on (warning by default) reported with the file and the line of the snippet's text.

import { SEVERITIES, type Finding, type Severity } from '../../coaching/types';
import { readPackFile, type Pack, type PackSnippet } from '../../lib/packs/format';
import { quote } from '../format';
import { EXIT_FINDINGS, EXIT_OK, readInputFile, UsageError, write } from '../io';
import { formatProblems, fromCwd, onePath, parsePackArgs, type PackCommand } from './command';
import { lineFinder, valueOffsets } from './json-offsets';
import { coachSnippets } from './lint-workers';

export interface SnippetFinding {
  snippet: PackSnippet;
  /** The JSON path of the snippet's body, and its line in the file. */
  path: string;
  line: number;
  finding: Finding;
  /** The words flagged, from the snippet as filled in. */
  flagged: string;
}

/** Every finding at or above `threshold` in the pack's snippets, in file order. */
export async function lintPack(
  pack: Pack,
  text: string,
  threshold: Severity,
  threads?: number,
): Promise<SnippetFinding[]> {
  const found = await coachSnippets(pack, threshold, threads);
  if (found.length === 0) return [];
  // Located only when something is to be reported: most packs are clean.
  const offsets = valueOffsets(text);
  const lineOf = lineFinder(text);
  return found.map(({ index, finding, flagged }) => {
    const path = `snippets[${index}].body`;
    return { snippet: pack.snippets[index]!, path, line: lineOf(offsets.get(path) ?? 0), finding, flagged };
  });
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
    const findings = await lintPack(reading.pack, reading.text, threshold as Severity);
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
