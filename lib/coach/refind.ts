import type { Finding } from '@/coaching';

/** Findings and the text their offsets index. */
export interface Analyzed {
  text: string;
  findings: readonly Finding[];
}

/**
 * The same problem in a newer analysis: the same rule flagging the same words (case and all),
 * where the agent's typing since has moved them. The texts are compared to find what was edited:
 * words before the edit stay where they were, words after it move with it. Where no finding is
 * there, the nearest one flagging those words (the texts may differ in more than one place). Null
 * when no finding of that rule flags those words any more.
 */
export function refind(finding: Finding, before: Analyzed, after: Analyzed): Finding | null {
  const words = before.text.slice(finding.start, finding.end);
  const candidates = after.findings.filter(
    (candidate) => candidate.ruleId === finding.ruleId && after.text.slice(candidate.start, candidate.end) === words,
  );
  if (candidates.length === 0) return null;
  const expected = movedStart(finding, before.text, after.text);
  const distance = (candidate: Finding) => Math.abs(candidate.start - expected);
  return candidates.reduce((nearest, candidate) => (distance(candidate) < distance(nearest) ? candidate : nearest));
}

/** Where the finding's words start in `after`, if the edit that made it from `before` left them alone. */
function movedStart(finding: Finding, before: string, after: string): number {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  const room = Math.min(before.length, after.length) - prefix;
  while (suffix < room && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  const editedFrom = prefix;
  const editedTo = before.length - suffix;
  if (finding.end <= editedFrom) return finding.start;
  if (finding.start >= editedTo) return finding.start + after.length - before.length;
  return finding.start;
}
