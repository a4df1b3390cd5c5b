import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const FRUSTRATED = "This is the third time I'm writing and it's still not working. I'm fed up.";
const GOOD =
  "Hi Dana,\n\nI'm sorry you've had to write to us again about this, and thank you for your patience. " +
  "I found the cause: the sync stopped after Tuesday's update. I have restarted it, and your files are back.\n\n" +
  'Could you open the app and let me know whether everything is there?\n\nKind regards,\nSam';
const POOR = 'OBVIOUSLY you must have deleted it. Flush the DNS cache. Not my problem!!!';

describe('scores', () => {
  it('scores every dimension from 0 to 100 with an explanation', () => {
    const { scores } = analyze(GOOD, { customerMessage: FRUSTRATED });
    for (const key of ['warmth', 'empathy', 'clarity', 'professionalism', 'overall'] as const) {
      expect(scores[key].value).toBeGreaterThanOrEqual(0);
      expect(scores[key].value).toBeLessThanOrEqual(100);
      expect(scores[key].explanation.length).toBeGreaterThan(10);
    }
    expect(scores.politeness).toBeGreaterThanOrEqual(0);
    expect(scores.politeness).toBeLessThanOrEqual(1);
  });

  it('rates a caring, clear reply above a blaming, shouting one on every dimension', () => {
    const good = analyze(GOOD, { customerMessage: FRUSTRATED }).scores;
    const poor = analyze(POOR, { customerMessage: FRUSTRATED }).scores;
    for (const key of ['warmth', 'empathy', 'clarity', 'professionalism', 'overall'] as const) {
      expect(good[key].value, key).toBeGreaterThan(poor[key].value);
    }
    expect(good.politeness).toBeGreaterThan(poor.politeness);
  });

  it('explains a low empathy score with what to do', () => {
    const { scores } = analyze('Hi Dana,\n\nClear your browser data and sign in again.\n\nBest,\nSam', {
      customerMessage: FRUSTRATED,
    });
    expect(scores.empathy.value).toBeLessThan(50);
    expect(scores.empathy.explanation).toMatch(/acknowledg/i);
  });

  it('gives no scores for an empty reply, and says why', () => {
    const { scores } = analyze('   ');
    expect(scores.overall.value).toBe(0);
    expect(scores.overall.explanation).toMatch(/writing/i);
  });
});
