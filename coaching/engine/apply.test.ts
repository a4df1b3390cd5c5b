import { describe, expect, it } from 'vitest';
import { applySuggestion } from './apply';

const at = (text: string, flagged: string, suggestions: string[]) => {
  const start = text.indexOf(flagged);
  return { start, end: start + flagged.length, suggestions };
};

describe('applySuggestion', () => {
  it('replaces the flagged range', () => {
    const text = 'I know exactly how you feel. Restart it.';
    expect(applySuggestion(text, at(text, 'I know exactly how you feel', ['I can see why this is frustrating']))).toBe(
      'I can see why this is frustrating. Restart it.',
    );
  });

  it('inserts at an insertion point', () => {
    expect(applySuggestion('Restart it.', { start: 0, end: 0, suggestions: ['Hi Dana,\n\n'] })).toBe(
      'Hi Dana,\n\nRestart it.',
    );
  });

  it('uses the requested suggestion and leaves the text alone when there is none', () => {
    const finding = { start: 0, end: 5, suggestions: ['A', 'B'] };
    expect(applySuggestion('Hello there', finding, 1)).toBe('B there');
    expect(applySuggestion('Hello there', finding, 2)).toBe('Hello there');
  });

  it('removes a word with the space it leaves and re-capitalises the sentence', () => {
    const text = 'Obviously, the export runs nightly. You just click Save.';
    expect(applySuggestion(text, at(text, 'Obviously,', ['']))).toBe('The export runs nightly. You just click Save.');
    expect(applySuggestion(text, at(text, 'just', ['']))).toBe('Obviously, the export runs nightly. You click Save.');
    expect(applySuggestion('It works. Whatever.', at('It works. Whatever.', 'Whatever', ['']))).toBe('It works.');
    expect(applySuggestion('Whatever. It works.', at('Whatever. It works.', 'Whatever', ['']))).toBe('It works.');
  });

  it('removes a sentence that was a paragraph of its own, with its line break', () => {
    const text = 'Hi Dana,\n\nSurely you saw it?\n\nBest,\nSam';
    expect(applySuggestion(text, at(text, 'Surely you saw it', ['']))).toBe('Hi Dana,\n\nBest,\nSam');
  });

  it('removes a line that the deletion leaves empty', () => {
    const text = 'Hi Dana,\n\nOh, locked out again?\n\nBest,\nSam';
    expect(applySuggestion(text, at(text, 'Oh, locked out again?', ['']))).toBe('Hi Dana,\n\nBest,\nSam');
    expect(applySuggestion('Done.\nSeriously?\nSam', at('Done.\nSeriously?\nSam', 'Seriously?', ['']))).toBe(
      'Done.\nSam',
    );
  });

  it('clamps offsets that fall outside the text', () => {
    expect(applySuggestion('abc', { start: 10, end: 20, suggestions: ['!'] })).toBe('abc!');
  });
});
