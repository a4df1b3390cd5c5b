// A table-driven tester in the spirit of ESLint's RuleTester. `valid` texts must produce no
// finding from the rule; each `invalid` text must produce exactly the listed findings (by the
// flagged text reply.slice(start, end) and first suggestion), and applying a finding's first
// suggestion must make that finding go away.

import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, rules } from '../index';
import type { AnalyzeContext, CoachingSettings, ConversationChannel, Finding, TeamWording } from '../types';

export interface ValidCase {
  text: string;
  /** The customer's latest message. */
  customer?: string;
  settings?: CoachingSettings;
  channel?: ConversationChannel;
  team?: TeamWording;
  name?: string;
}

export interface ExpectedFinding {
  /** reply.slice(start, end); '' for an insertion point. */
  text: string;
  /** The first suggestion, exactly. Use null to assert there is none. */
  suggestion?: string | null;
  /** Offset for insertion points or repeated phrases. */
  start?: number;
  messageIncludes?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleTable {
  valid: (ValidCase | string)[];
  invalid: InvalidCase[];
}

function contextOf(test: ValidCase): AnalyzeContext {
  return { customerMessage: test.customer, settings: test.settings, channel: test.channel, team: test.team };
}

function label(test: ValidCase): string {
  const text = test.name ?? test.text;
  return JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text);
}

export function findingsOf(ruleId: string, text: string, context: AnalyzeContext = {}): Finding[] {
  return analyze(text, context).findings.filter((finding) => finding.ruleId === ruleId);
}

/** True when applying the first suggestion of `finding` removes it from a fresh analysis. */
export function suggestionRemoves(
  ruleId: string,
  text: string,
  context: AnalyzeContext,
  finding: Finding,
): { ok: boolean; fixed: string } {
  const fixed = applySuggestion(text, finding, 0);
  const replacement = finding.suggestions[0] ?? '';
  const before = findingsOf(ruleId, text, context).length;
  const after = findingsOf(ruleId, fixed, context);
  const regionEnd = finding.start + replacement.length;
  const stillThere = after.some((other) =>
    other.start === other.end
      ? other.start === finding.start && finding.start === finding.end
      : other.start < Math.max(regionEnd, finding.start + 1) && finding.start < other.end,
  );
  return { ok: after.length < before && !stillThere, fixed };
}

export function testRule(ruleId: string, table: RuleTable): void {
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rules[ruleId]).toBeDefined();
    });

    for (const entry of table.valid) {
      const test = typeof entry === 'string' ? { text: entry } : entry;
      it(`valid: ${label(test)}`, () => {
        expect(
          findingsOf(ruleId, test.text, contextOf(test)).map((finding) => test.text.slice(finding.start, finding.end)),
        ).toEqual([]);
      });
    }

    for (const test of table.invalid) {
      it(`invalid: ${label(test)}`, () => {
        const findings = findingsOf(ruleId, test.text, contextOf(test));
        expect(findings.map((finding) => test.text.slice(finding.start, finding.end))).toEqual(
          test.errors.map((error) => error.text),
        );
        test.errors.forEach((error, index) => {
          const finding = findings[index]!;
          expect(finding.ruleId).toBe(ruleId);
          expect(finding.category).toBe(rules[ruleId]!.meta.category);
          if (error.start !== undefined) expect(finding.start).toBe(error.start);
          if (error.suggestion === null) expect(finding.suggestions).toEqual([]);
          else if (error.suggestion !== undefined) expect(finding.suggestions[0]).toBe(error.suggestion);
          if (error.messageIncludes) expect(finding.message).toContain(error.messageIncludes);
        });
      });

      it(`invalid, first suggestion fixes it: ${label(test)}`, () => {
        const context = contextOf(test);
        for (const finding of findingsOf(ruleId, test.text, context)) {
          if (finding.suggestions.length === 0) continue;
          const { ok, fixed } = suggestionRemoves(ruleId, test.text, context, finding);
          expect(ok, `after applying: ${JSON.stringify(fixed)}`).toBe(true);
        }
      });
    }
  });
}
