import { describe, expect, it } from 'vitest';
import { firstJsonErrorOffset, lineAndColumnOf } from './json-error';

describe('firstJsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n"}', -1],
    ['  true  ', -1],
    ['{"a": oops}', 6],
    ['{"a": 1,}', 8],
    ['{"a": 1', 7],
    ['[1 2]', 3],
    ['{"a": "line\nbreak"}', 11],
    ['{"a": 01}', 7],
    ["{'a': 1}", 1],
    ['{} x', 3],
  ])('%j → %i', (text, offset) => {
    expect(firstJsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toSatisfy((parse: () => unknown) => {
      try {
        parse();
        return offset === -1;
      } catch {
        return offset !== -1;
      }
    });
  });

  it('gives lines and columns from 1', () => {
    expect(lineAndColumnOf('{\n  "a": x', 9)).toEqual({ line: 2, column: 8 });
  });
});
