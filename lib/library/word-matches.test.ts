import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { combineWordMatches, WordMatchCache, type Matches } from './word-matches';

const documents = [
  { id: 'a', text: 'refund issued to your account today' },
  { id: 'b', text: 'account locked after too many password attempts' },
  { id: 'c', text: 'password reset link expired, refund pending' },
  { id: 'd', text: 'courier delayed the refund refund parcel' },
  { id: 'e', text: 'billing date moved for your subscription account' },
  { id: 'f', text: 'nothing about money here' },
];

function index() {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  search.addAll(documents);
  return search;
}

const wordQuery = (word: string) => ({
  queries: [word],
  prefix: true,
  fuzzy: word.length >= 5 ? 0.2 : false,
  maxFuzzy: 2,
});

describe('combining words as MiniSearch does', () => {
  const search = index();
  const matchesOf = (word: string): Matches =>
    new Map(search.search(wordQuery(word)).map((result) => [result.id as string, result.score]));

  it.each([
    [['refund'], 'AND'],
    [['acount', 'lock'], 'AND'],
    [['pasword', 'refund'], 'AND'],
    [['refund', 'refund'], 'AND'],
    [['acc', 'your', 'bil'], 'AND'],
    [['refund', 'courier', 'billing'], 'OR'],
    [['acount', 'pasword', 'nothing'], 'OR'],
    [['refund', 'refund', 'xyz'], 'OR'],
    [['zzz', 'refund'], 'AND'],
    [[], 'OR'],
  ] as const)('%j with %s: the same documents and scores', (words, combineWith) => {
    const expected = new Map(
      search
        .search({ combineWith, queries: words.map(wordQuery) })
        .map((result) => [result.id as string, result.score]),
    );
    const combined = combineWordMatches(words, matchesOf, combineWith);
    expect([...combined.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, score] of expected) expect(combined.get(id)).toBe(score);
  });
});

describe('word match cache', () => {
  it('looks a word up once, until cleared', () => {
    const cache = new WordMatchCache();
    let lookUps = 0;
    const find = () => {
      lookUps++;
      return new Map([['a', 1]]);
    };
    cache.get('refund', find);
    cache.get('refund', find);
    expect(lookUps).toBe(1);
    cache.clear();
    cache.get('refund', find);
    expect(lookUps).toBe(2);
  });

  it('keeps at most the matches it is allowed, the least recently used words going first', () => {
    const cache = new WordMatchCache(4);
    const looked: string[] = [];
    const find = (size: number) => (word: string) => {
      looked.push(word);
      return new Map(Array.from({ length: size }, (_, index) => [`${word}${index}`, 1] as const));
    };
    cache.get('one', find(2));
    cache.get('two', find(2));
    cache.get('one', find(2));
    cache.get('three', find(2)); // "two" goes
    cache.get('one', find(2));
    cache.get('two', find(2));
    // A word matching more than the whole allowance is never kept.
    cache.get('huge', find(5));
    cache.get('huge', find(5));
    expect(looked).toEqual(['one', 'two', 'three', 'two', 'huge', 'huge']);
  });
});
