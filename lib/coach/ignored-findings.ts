import type { Finding } from '@/coaching';

/**
 * What identifies a finding across re-analyses while the agent types elsewhere: its offsets move,
 * but its rule, the words it flags and which of several identical flags it is do not.
 */
export interface FindingKey {
  ruleId: string;
  /** The flagged words ("" for an insertion point such as a missing greeting). */
  words: string;
  /** Among the findings of this rule that flag the same words, which one (0 = first in the text). */
  occurrence: number;
}

const keyString = ({ ruleId, words, occurrence }: FindingKey) => JSON.stringify([ruleId, words, occurrence]);

/** The keys of `findings` (in the same order), reading the flagged words from `text`. */
export function findingKeys(findings: readonly Finding[], text: string): FindingKey[] {
  const seen = new Map<string, number>();
  const byPosition = findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => a.finding.start - b.finding.start || a.index - b.index);
  const keys: FindingKey[] = new Array<FindingKey>(findings.length);
  for (const { finding, index } of byPosition) {
    const words = text.slice(finding.start, finding.end);
    const sameSoFar = JSON.stringify([finding.ruleId, words]);
    const occurrence = seen.get(sameSoFar) ?? 0;
    seen.set(sameSoFar, occurrence + 1);
    keys[index] = { ruleId: finding.ruleId, words, occurrence };
  }
  return keys;
}

/**
 * The findings the agent chose to ignore this once, in one editor. An ignored finding stays hidden
 * while the agent types elsewhere; once its words change (edited, deleted, or the problem fixed) it
 * no longer matches any finding and is forgotten, so the same words typed again are coached again.
 */
export class IgnoredFindings {
  private readonly ignored = new Set<string>();

  /** Hides `finding`, one of `findings` as analysed from `text`. */
  ignore(finding: Finding, findings: readonly Finding[], text: string): void {
    const index = findings.indexOf(finding);
    if (index < 0) return;
    this.ignored.add(keyString(findingKeys(findings, text)[index]!));
  }

  /**
   * The findings of a fresh analysis of `text` that are not ignored. Ignored keys that match no
   * finding any more are dropped: the words they were about have changed.
   */
  visible(findings: readonly Finding[], text: string): Finding[] {
    if (this.ignored.size === 0) return [...findings];
    const keys = findingKeys(findings, text).map(keyString);
    const present = new Set(keys);
    for (const key of this.ignored) {
      if (!present.has(key)) this.ignored.delete(key);
    }
    return findings.filter((_finding, index) => !this.ignored.has(keys[index]!));
  }

  get size(): number {
    return this.ignored.size;
  }

  clear(): void {
    this.ignored.clear();
  }
}
