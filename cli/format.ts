// How `tactful check` shows its findings: as text for a person (line and column, the flagged
// words, the fix), or with line and column added to each finding for --json.

import { SEVERITIES, type Analysis, type Finding } from '../coaching/types';

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

function describeFix(reply: string, finding: Finding): string | undefined {
  const suggestion = finding.suggestions[0];
  if (suggestion === undefined) return undefined;
  const current = reply.slice(finding.start, finding.end);
  if (current === '') return `insert ${quote(suggestion)}`;
  if (suggestion === '') return `delete ${quote(current)}`;
  return `replace ${quote(current)} with ${quote(suggestion)}`;
}

export function formatText(reply: string, analysis: Analysis): string {
  const lines: string[] = [];
  if (!analysis.language.supported) {
    lines.push(`Not checked: ${analysis.language.note ?? 'the reply does not look like English.'}`);
  }
  for (const finding of analysis.findings) {
    const { line, column } = lineColumnAt(reply, finding.start);
    lines.push(`${line}:${column}  ${finding.severity}  ${finding.message}  (${finding.ruleId})`);
    const fix = describeFix(reply, finding);
    if (fix) lines.push(`    fix: ${fix}`);
  }
  if (analysis.findings.length > 0) lines.push('');

  const counts = SEVERITIES.map((severity) => {
    const count = analysis.findings.filter((finding) => finding.severity === severity).length;
    return `${count} ${severity}${count === 1 ? '' : 's'}`;
  });
  const total = analysis.findings.length;
  lines.push(`${total} finding${total === 1 ? '' : 's'} (${counts.join(', ')})`);

  const emotions = analysis.emotions.map((emotion) => {
    const evidence = emotion.evidence.map((span) => quote(span.text)).join(', ');
    return `${emotion.id} ${Math.round(emotion.confidence * 100)}%${evidence ? ` (${evidence})` : ''}`;
  });
  lines.push(`Customer emotions: ${emotions.length > 0 ? emotions.join('; ') : 'none detected'}`);

  const { scores } = analysis;
  lines.push(
    `Scores: overall ${scores.overall.value}, warmth ${scores.warmth.value}, empathy ${scores.empathy.value}, ` +
      `clarity ${scores.clarity.value}, professionalism ${scores.professionalism.value}; ` +
      `politeness ${Math.round(scores.politeness * 100)}%`,
  );
  lines.push(`  ${scores.overall.explanation}`);
  const statement = analysis.statements[0];
  if (statement) lines.push(`Empathy statement to consider: ${quote(statement.text)}`);
  return lines.join('\n') + '\n';
}

export function withPositions(reply: string, analysis: Analysis) {
  return {
    ...analysis,
    findings: analysis.findings.map((finding) => ({ ...finding, ...lineColumnAt(reply, finding.start) })),
  };
}
