import { describe, expect, it } from 'vitest';
import { lineFinder, valueOffsets } from './json-offsets';

/** Each path's offset, checked by parsing the text from that offset to the value's end. */
function valueAt(text: string, offset: number): unknown {
  for (let end = offset + 1; end <= text.length; end++) {
    try {
      return JSON.parse(text.slice(offset, end));
    } catch {
      // not the whole value yet
    }
  }
  throw new Error(`no value at ${offset}`);
}

describe('valueOffsets', () => {
  it('finds every value by its path, past escaped quotes and backslashes', () => {
    const value = {
      'plain key': 1,
      'key "quoted" \\ and \u00e9': [true, null, -2.5e3, 'a\\', 'b\\"c', { deep: ['x', {}] }],
      snippets: [
        { id: 'one', body: 'She said "hi" \\\\ then left.\nNext line' },
        { id: 'two', body: '\\"', empty: '' },
      ],
    };
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value, null, '\t')]) {
      const offsets = valueOffsets(text);
      expect(valueAt(text, offsets.get('snippets[0].body')!)).toBe(value.snippets[0]!.body);
      expect(valueAt(text, offsets.get('snippets[1].body')!)).toBe('\\"');
      expect(valueAt(text, offsets.get('snippets[1].empty')!)).toBe('');
      expect(valueAt(text, offsets.get('key "quoted" \\ and \u00e9[4]')!)).toBe('b\\"c');
      expect(valueAt(text, offsets.get('key "quoted" \\ and \u00e9[5].deep[1]')!)).toEqual({});
      expect(text.startsWith('-2500,', offsets.get('key "quoted" \\ and \u00e9[2]'))).toBe(true);
      expect(valueAt(text, offsets.get('plain key')!)).toBe(1);
      expect(offsets.get('')).toBe(0);
      expect(offsets.size).toBe(20);
    }
  });

  it('handles empty containers and space around every token', () => {
    const text = ' { "a" : [ ] , "b" : { } , "c" : [ 1 , "2" ] } ';
    const offsets = valueOffsets(text);
    expect([...offsets.keys()]).toEqual(['', 'a', 'b', 'c', 'c[0]', 'c[1]']);
    expect(valueAt(text, offsets.get('c[1]')!)).toBe('2');
  });
});

describe('lineFinder', () => {
  it('gives 1-based lines', () => {
    const lineOf = lineFinder('a\nbc\n\nd');
    expect([0, 1, 2, 4, 5, 6].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});
