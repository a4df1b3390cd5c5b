import { describe, expect, it } from 'vitest';
import { STEM_MARK, ngramSet, ngrams, sentenceNgrams, words } from './features';

const texts = (text: string): string[] => words(text).map((word) => word.text);

describe('words', () => {
  it('folds case, apostrophes, repeated letters and digits', () => {
    expect(texts('I’m SOOOO annoyed, 3rd time')).toEqual(["i'm", 'soo', 'annoyed', '0rd', 'time']);
  });

  it('reads a hashtag as the words it joins and leaves handles out', () => {
    const found = words('@airline #NotHappy');
    expect(found.map((word) => word.text)).toEqual(['not', 'happy']);
    expect(found.map((word) => '@airline #NotHappy'.slice(word.start, word.end))).toEqual(['Not', 'Happy']);
  });

  it('makes marks words of their own and ends sentences on them', () => {
    const found = words('Why?! Fine. ok\nthanks');
    expect(found.map((word) => word.text)).toEqual(['why', '!!', 'fine', 'ok', 'thanks']);
    expect(found.map((word) => word.sentence)).toEqual([0, 0, 1, 2, 3]);
  });
});

describe('ngrams', () => {
  it('gives words, their stems and bigrams within a sentence', () => {
    const set = ngramSet('It frustrates me! Again');
    for (const expected of ['frustrates', `${STEM_MARK}frustrat`, 'it frustrates', 'me !', 'again'])
      expect(set).toContain(expected);
    expect(set).not.toContain('! again');
  });

  it('gives the same stem to the forms of a word', () => {
    const stems = ['frustrated', 'frustrates', 'frustrating'].map((word) =>
      ngrams(words(word)).find((entry) => entry.ngram.startsWith(STEM_MARK)),
    );
    expect(new Set(stems.map((entry) => entry!.ngram)).size).toBe(1);
  });

  it('splits a text into sentences with their spans', () => {
    const text = 'Thanks. I am furious!';
    const sentences = sentenceNgrams(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]!.map((entry) => text.slice(entry.start, entry.end))).toContain('furious');
  });
});
