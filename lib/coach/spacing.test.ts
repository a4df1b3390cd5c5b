import { describe, expect, it } from 'vitest';
import { padForInsertion } from './spacing';

describe('padForInsertion', () => {
  it.each([
    ['an empty reply', '', 0, 0, 'Sorry.', 'Sorry.'],
    ['the start of a reply', 'Reset it.', 0, 0, 'Sorry.', 'Sorry. '],
    ['the end of a word', 'Hi Dana,', 8, 8, 'Sorry.', ' Sorry.'],
    ['between words with spaces already', 'Hi Dana, reset it.', 9, 9, 'Sorry.', 'Sorry. '],
    ['after a line break', 'Hi Dana,\nReset it.', 9, 9, 'Sorry.', 'Sorry. '],
    ['over a selection', 'Hi Dana, XX reset it.', 9, 11, ' Sorry. ', 'Sorry.'],
  ])('at %s', (_name, text, start, end, sentence, expected) => {
    expect(padForInsertion(text, { start, end }, sentence)).toBe(expected);
  });
});
