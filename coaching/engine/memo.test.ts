import { describe, expect, it } from 'vitest';
import { forgetReadings, perSentence } from './memo';

describe('per-sentence memory', () => {
  it('reads a sentence once until the readings are forgotten', () => {
    let reads = 0;
    const read = perSentence((sentence: string) => {
      reads++;
      return sentence.length;
    });
    expect(read('Thanks for waiting.')).toBe(19);
    expect(read('Thanks for waiting.')).toBe(19);
    expect(reads).toBe(1);
    forgetReadings();
    expect(read('Thanks for waiting.')).toBe(19);
    expect(reads).toBe(2);
  });

  it('remembers falsy readings too, and starts afresh when full', () => {
    let reads = 0;
    const read = perSentence((sentence: string) => {
      reads++;
      return sentence === 'no' ? null : sentence;
    }, 2);
    read('no');
    read('no');
    expect(reads).toBe(1);
    read('a');
    read('b');
    read('no');
    expect(reads).toBe(4);
  });
});
