import { describe, expect, it } from 'vitest';
import { ACKNOWLEDGEMENT_PATTERNS } from '../data/acknowledgements';
import { EMPATHY_STATEMENTS } from '../data/empathy-statements';
import { containsAny } from '../engine/kinds';
import { EMOTIONS, type DetectedEmotion } from '../types';
import { rankStatements } from './rank';

const emotion = (id: DetectedEmotion['id'], confidence: number): DetectedEmotion => ({ id, confidence, evidence: [] });

describe('empathy statements', () => {
  it.each(EMOTIONS)('has at least four statements for %s', (id) => {
    expect(EMPATHY_STATEMENTS.filter((statement) => statement.emotions.includes(id)).length).toBeGreaterThanOrEqual(4);
  });

  it('has neutral openers and unique ids', () => {
    expect(EMPATHY_STATEMENTS.filter((statement) => statement.emotions.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(new Set(EMPATHY_STATEMENTS.map((statement) => statement.id)).size).toBe(EMPATHY_STATEMENTS.length);
  });

  it('every emotional statement counts as an acknowledgement, so inserting one satisfies missing-empathy', () => {
    const acknowledges = containsAny(ACKNOWLEDGEMENT_PATTERNS);
    for (const statement of EMPATHY_STATEMENTS.filter((entry) => entry.emotions.length > 0))
      expect(acknowledges(statement.text), statement.id).toBe(true);
  });

  it('no statement claims to know exactly how the customer feels', () => {
    for (const statement of EMPATHY_STATEMENTS)
      expect(statement.text).not.toMatch(/\bknow (?:exactly |just )?(?:how|what) you/i);
  });
});

describe('rankStatements', () => {
  it('puts neutral openers first when the customer is calm', () => {
    const ranked = rankStatements([], "Could you send me last month's invoice?");
    expect(ranked[0]!.emotions).toEqual([]);
  });

  it('puts statements for the strongest emotion first', () => {
    const ranked = rankStatements([emotion('confused', 0.9), emotion('apologetic', 0.5)], 'Sorry, what does DNS mean?');
    expect(ranked[0]!.emotions).toContain('confused');
    expect(ranked.every((statement, index) => index === 0 || ranked[index - 1]!.score >= statement.score)).toBe(true);
  });

  it('prefers a statement that fits the situation the customer describes', () => {
    const ranked = rankStatements([emotion('anxious', 0.8)], 'I am so worried, I think I lost all my photos.');
    expect(ranked[0]!.id).toBe('anxious-data');
    const deadline = rankStatements([emotion('anxious', 0.8)], 'My deadline is tomorrow and I am worried.');
    expect(deadline[0]!.id).toBe('anxious-deadline');
  });

  it('only returns statements for detected emotions, plus neutral ones', () => {
    const ranked = rankStatements([emotion('hurried', 0.7)], 'ASAP please');
    for (const statement of ranked)
      expect(statement.emotions.length === 0 || statement.emotions.includes('hurried')).toBe(true);
  });
});
