import type { CoachingSettings, Finding, RuleSetting } from '../types';
import { escapeRegExp } from './patterns';

export function ruleSetting(settings: CoachingSettings, ruleId: string): RuleSetting {
  return settings.rules?.[ruleId] ?? {};
}

const allowCache = new WeakMap<readonly string[], RegExp | null>();

function allowPattern(allow: readonly string[]): RegExp | null {
  let pattern = allowCache.get(allow);
  if (pattern !== undefined) return pattern;
  const phrases = allow
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"));
  pattern =
    phrases.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  allowCache.set(allow, pattern);
  return pattern;
}

/** Drops findings that sit inside, or contain, an occurrence of an allowed phrase. */
export function applyAllowList(text: string, findings: Finding[], allow: readonly string[] | undefined): Finding[] {
  if (!allow || allow.length === 0 || findings.length === 0) return findings;
  const pattern = allowPattern(allow);
  if (!pattern) return findings;
  const allowed: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    allowed.push({ start: match.index, end: match.index + match[0].length });
  }
  if (allowed.length === 0) return findings;
  return findings.filter((finding) => {
    if (finding.start === finding.end) return true;
    return !allowed.some(
      (span) =>
        (finding.start >= span.start && finding.end <= span.end) ||
        (span.start >= finding.start && span.end <= finding.end),
    );
  });
}
