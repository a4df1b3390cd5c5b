import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '@/coaching';
import { findingKeys, IgnoredFindings } from './ignored-findings';

const CUSTOMER = "Third time I'm writing, the internet still drops every evening. I'm fed up.";
const analyse = (text: string) => analyze(text, { customerMessage: CUSTOMER }).findings;
const flagged = (findings: Finding[], text: string, ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));

describe('findingKeys', () => {
  it('numbers identical flags of one rule in text order, whatever order the findings come in', () => {
    const text = 'obviously a, obviously b, Obviously c';
    const make = (start: number, end: number): Finding => ({
      ruleId: 'condescension',
      category: 'condescension',
      severity: 'warning',
      start,
      end,
      message: '',
      note: '',
      suggestions: [],
    });
    const findings = [make(13, 22), make(0, 9), make(26, 35)];
    expect(findingKeys(findings, text)).toEqual([
      { ruleId: 'condescension', words: 'obviously', occurrence: 1 },
      { ruleId: 'condescension', words: 'obviously', occurrence: 0 },
      { ruleId: 'condescension', words: 'Obviously', occurrence: 0 },
    ]);
  });
});

describe('IgnoredFindings', () => {
  const draft = 'I know exactly how you feel. Reset your router.';

  it('hides the ignored finding and keeps the others', () => {
    const ignored = new IgnoredFindings();
    const findings = analyse(draft);
    const sympathy = findings.find((f) => f.ruleId === 'sympathy')!;
    ignored.ignore(sympathy, findings, draft);
    const visible = ignored.visible(findings, draft);
    expect(visible.map((f) => f.ruleId)).not.toContain('sympathy');
    expect(visible).toHaveLength(findings.length - 1);
  });

  it('keeps it hidden while the agent types elsewhere and the offsets move', () => {
    const ignored = new IgnoredFindings();
    const findings = analyse(draft);
    ignored.ignore(
      findings.find((f) => f.ruleId === 'sympathy')!,
      findings,
      draft,
    );
    const typed = `Hi Dana,\n\n${draft}\n\nKind regards,\nSam`;
    const later = analyse(typed);
    expect(flagged(later, typed, 'sympathy')).toEqual(['I know exactly how you feel']);
    expect(ignored.visible(later, typed).map((f) => f.ruleId)).not.toContain('sympathy');
    expect(ignored.size).toBe(1);
  });

  it('forgets it once the flagged words change, so typing them again coaches them again', () => {
    const ignored = new IgnoredFindings();
    const findings = analyse(draft);
    ignored.ignore(
      findings.find((f) => f.ruleId === 'sympathy')!,
      findings,
      draft,
    );
    const edited = 'Reset your router.';
    ignored.visible(analyse(edited), edited);
    expect(ignored.size).toBe(0);
    expect(ignored.visible(analyse(draft), draft).map((f) => f.ruleId)).toContain('sympathy');
  });

  it('ignores one of two identical flags only', () => {
    const text = 'Obviously the router restarts. Obviously the light turns green.';
    const findings = analyse(text);
    const condescending = findings.filter((f) => f.ruleId === 'condescension');
    expect(condescending).toHaveLength(2);
    const ignored = new IgnoredFindings();
    ignored.ignore(condescending[1]!, findings, text);
    const visible = ignored.visible(findings, text).filter((f) => f.ruleId === 'condescension');
    expect(visible).toEqual([condescending[0]]);
  });

  it('does nothing for a finding that is not in the list', () => {
    const ignored = new IgnoredFindings();
    const findings = analyse(draft);
    ignored.ignore({ ...findings[0]! }, findings, draft);
    expect(ignored.size).toBe(0);
    expect(ignored.visible(findings, draft)).toEqual(findings);
  });
});
