import { describe, expect, it } from 'vitest';
import { refind } from './refind';
import { findingAt as finding } from './test-support';

describe('refind', () => {
  const text = 'Simply restart. Then simply wait.';
  const first = finding('minimizing', 0, 6);
  const second = finding('minimizing', 21, 27);
  const findings = [first, second];

  it('follows the words when the agent types before them', () => {
    const next = `Hi, ${text}`;
    const moved = [finding('minimizing', 4, 10), finding('minimizing', 25, 31)];
    expect(refind(second, { text, findings }, { text: next, findings: moved })).toBe(moved[1]);
    expect(refind(first, { text, findings }, { text: next, findings: moved })).toBe(moved[0]);
  });

  it('is null once the words are gone or another rule flags them, while the others follow', () => {
    const fixed = 'Restart. Then simply wait.';
    const remaining = [finding('minimizing', 14, 20)];
    expect(refind(first, { text, findings }, { text: fixed, findings: remaining })).toBeNull();
    expect(refind(second, { text, findings }, { text: fixed, findings: remaining })).toBe(remaining[0]);
    expect(refind(first, { text, findings }, { text, findings: [finding('jargon', 0, 6)] })).toBeNull();
  });

  it('does not take words that merely look the same in a different case', () => {
    const next = 'simply restart. Then simply wait.';
    expect(
      refind(first, { text, findings: [first] }, { text: next, findings: [finding('minimizing', 0, 6)] }),
    ).toBeNull();
  });

  it('finds the same finding again in the text it came from', () => {
    expect(refind(second, { text, findings }, { text, findings })).toBe(second);
  });

  it('follows the words around an edit between them, such as a sentence deleted', () => {
    const before = 'I just called. You just wait. We just fix it.';
    const three = [finding('minimizing', 2, 6), finding('minimizing', 19, 23), finding('minimizing', 33, 37)];
    const after = 'I just called. We just fix it.';
    const two = [finding('minimizing', 2, 6), finding('minimizing', 18, 22)];
    expect(refind(three[0]!, { text: before, findings: three }, { text: after, findings: two })).toBe(two[0]);
    expect(refind(three[2]!, { text: before, findings: three }, { text: after, findings: two })).toBe(two[1]);
  });
});
