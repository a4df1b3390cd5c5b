import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snippet } from './schema';
import { emotionFit, rankSnippets, RANKING_WEIGHTS, SnippetSearchIndex, usageScore } from './search';
import { starterSnippetRecords } from './starter-snippets';
import { snippetRecord } from './test-support';

const NOW = Date.UTC(2025, 5, 1);
const DAY = 24 * 60 * 60 * 1000;

const snippet = (id: string, overrides: Partial<Snippet> = {}) => snippetRecord({ id, ...overrides });

const ids = (ranked: { snippet: Snippet }[]) => ranked.map((entry) => entry.snippet.id);

describe('signals', () => {
  it('emotion fit is the confidence of the strongest matching customer emotion', () => {
    const forAngry = snippet('a', { emotions: ['angry', 'frustrated'] });
    expect(emotionFit(forAngry, [])).toBe(0);
    expect(emotionFit(forAngry, [{ id: 'confused', confidence: 0.9 }])).toBe(0);
    expect(
      emotionFit(forAngry, [
        { id: 'angry', confidence: 0.4 },
        { id: 'frustrated', confidence: 0.7 },
      ]),
    ).toBe(0.7);
    expect(emotionFit(snippet('b'), [{ id: 'angry', confidence: 1 }])).toBe(0);
  });

  it('usage grows with count (up to a ceiling) and fades with time since last use', () => {
    expect(usageScore(snippet('never'), NOW)).toBe(0);
    const often = usageScore(snippet('x', { usageCount: 20, lastUsedAt: NOW }), NOW);
    const once = usageScore(snippet('x', { usageCount: 1, lastUsedAt: NOW }), NOW);
    const longAgo = usageScore(snippet('x', { usageCount: 20, lastUsedAt: NOW - 60 * DAY }), NOW);
    expect(often).toBeGreaterThan(once);
    expect(longAgo).toBeLessThan(often);
    expect(usageScore(snippet('x', { usageCount: 10_000, lastUsedAt: NOW }), NOW)).toBe(1);
    expect(usageScore(snippet('x', { usageCount: 1, lastUsedAt: NOW - 14 * DAY }), NOW)).toBeCloseTo(
      (Math.log(2) / Math.log(51) + 0.5) / 2,
    );
  });
});

describe('rankSnippets', () => {
  it('orders by text relevance when nothing else differs', () => {
    const ranked = rankSnippets(
      [
        { snippet: snippet('low'), relevance: 1 },
        { snippet: snippet('high'), relevance: 4 },
      ],
      'q',
      { now: NOW },
    );
    expect(ids(ranked)).toEqual(['high', 'low']);
    expect(ranked[0]).toMatchObject({ relevance: 1, emotionFit: 0, usage: 0, score: RANKING_WEIGHTS.relevance });
    expect(ranked[1]?.relevance).toBe(0.25);
  });

  it("lifts a snippet written for the customer's emotion above a slightly better text match", () => {
    const candidates = [
      { snippet: snippet('generic'), relevance: 10 },
      { snippet: snippet('for-angry', { emotions: ['angry'] }), relevance: 8 },
    ];
    expect(ids(rankSnippets(candidates, 'q', { now: NOW }))).toEqual(['generic', 'for-angry']);
    expect(ids(rankSnippets(candidates, 'q', { now: NOW, emotions: [{ id: 'angry', confidence: 0.9 }] }))).toEqual([
      'for-angry',
      'generic',
    ]);
    // ...but not above a far better match.
    const farBetter = [{ ...candidates[0]!, relevance: 40 }, candidates[1]!];
    expect(ids(rankSnippets(farBetter, 'q', { now: NOW, emotions: [{ id: 'angry', confidence: 0.9 }] }))).toEqual([
      'generic',
      'for-angry',
    ]);
  });

  it("lifts the agent's frequently and recently used snippets", () => {
    const candidates = [
      { snippet: snippet('unused'), relevance: 10 },
      { snippet: snippet('favourite', { usageCount: 40, lastUsedAt: NOW - DAY }), relevance: 9 },
    ];
    expect(ids(rankSnippets(candidates, 'q', { now: NOW }))).toEqual(['favourite', 'unused']);
  });

  it('puts an exact shortcut first whatever its other scores', () => {
    const candidates = [
      { snippet: snippet('refund-policy', { usageCount: 50, lastUsedAt: NOW }), relevance: 10 },
      { snippet: snippet('ref'), relevance: 0.1 },
    ];
    const ranked = rankSnippets(candidates, ' REF ', { now: NOW });
    expect(ids(ranked)).toEqual(['ref', 'refund-policy']);
    expect(ranked[0]?.exactShortcut).toBe(true);
  });

  it('keeps the best `limit`, breaking ties by title then id', () => {
    const candidates = ['d', 'b', 'c', 'a'].map((id) => ({ snippet: snippet(id), relevance: 1 }));
    expect(ids(rankSnippets(candidates, 'q', { now: NOW, limit: 3 }))).toEqual(['a', 'b', 'c']);
    expect(rankSnippets(candidates, 'q', { now: NOW, limit: 0 })).toEqual([]);
  });

  it('returns the same top entries whatever the limit (the shortcuts it takes change no result)', () => {
    const emotionIds = ['angry', 'frustrated', 'confused', 'anxious', 'hurried', 'apologetic'] as const;
    const candidate = fc.record({
      relevance: fc.double({ min: 0, max: 10, noNaN: true }),
      emotion: fc.option(fc.constantFrom(...emotionIds), { nil: undefined }),
      usageCount: fc.nat(100),
      daysAgo: fc.option(fc.nat(200), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (entries, limit, confidence) => {
          const candidates = entries.map((entry, position) => ({
            snippet: snippet(`s${position}`, {
              emotions: entry.emotion ? [entry.emotion] : [],
              usageCount: entry.usageCount,
              lastUsedAt: entry.daysAgo === undefined ? null : NOW - entry.daysAgo * DAY,
            }),
            relevance: entry.relevance,
          }));
          const context = { now: NOW, emotions: [{ id: 'angry' as const, confidence }] };
          const all = rankSnippets(candidates, 'q', { ...context, limit: candidates.length + 1 });
          expect(rankSnippets(candidates, 'q', { ...context, limit })).toEqual(all.slice(0, limit));
        },
      ),
    );
  });

  it('treats every candidate as equally relevant for an empty query', () => {
    const ranked = rankSnippets([{ snippet: snippet('x'), relevance: 0 }], '', { now: NOW });
    expect(ranked[0]).toMatchObject({ relevance: 1, exactShortcut: false });
  });
});

describe('SnippetSearchIndex', () => {
  const library = starterSnippetRecords(0);
  const index = new SnippetSearchIndex(library);

  it('finds snippets by words in the title, body, tags and shortcut as they are typed', () => {
    expect(ids(index.search('pending char', { now: NOW }))[0]).toBe('tactful-starter:explain-pending-charge');
    expect(ids(index.search('junk', { now: NOW }))).toContain('tactful-starter:explain-junk-folder');
    expect(ids(index.search('handoff billing', { now: NOW }))[0]).toBe('tactful-starter:handoff-billing');
  });

  it('forgives a typo in longer words', () => {
    expect(ids(index.search('pasword', { now: NOW }))).toContain('tactful-starter:explain-two-step-sign-in');
    expect(ids(index.search('refnd', { now: NOW }))).toContain('tactful-starter:reassure-refund-processed');
  });

  it('narrows as more words are typed, and falls back to any word when none has them all', () => {
    const broad = index.search('sorry', { now: NOW, limit: 50 });
    const narrow = index.search('sorry charge', { now: NOW, limit: 50 });
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(broad.length);
    expect(index.search('sorry zzzzqqq', { now: NOW, limit: 50 }).length).toBe(broad.length);
  });

  it('matches one or two letters against the start of shortcuts, title words and tags', () => {
    const own = new SnippetSearchIndex([
      snippet('by-title', { title: 'Refund on its way', shortcut: 'money-back' }),
      snippet('by-shortcut', { title: 'Money back', shortcut: 'refund-now' }),
      snippet('by-tag', { title: 'Money back again', shortcut: 'again', tags: ['returns'] }),
      snippet('in-body-only', { title: 'Nothing here', shortcut: 'none', body: 'refund refund refund' }),
    ]);
    expect(ids(own.search('r', { now: NOW }))).toEqual(['by-shortcut', 'by-title', 'by-tag']);
    expect(ids(own.search('RE', { now: NOW }))).toEqual(['by-shortcut', 'by-title', 'by-tag']);
    // From three letters the index takes over, bodies included.
    expect(ids(own.search('ref', { now: NOW }))).toContain('in-body-only');
  });

  it('treats a trailing stop word as the start of a word, and drops it when that finds nothing', () => {
    const own = new SnippetSearchIndex([
      snippet('form', { title: 'Thanks for the form' }),
      snippet('plain', { title: 'Thank you note', body: 'Thank you so much.' }),
      snippet('other', { title: 'Unrelated' }),
    ]);
    expect(ids(own.search('thank for', { now: NOW }))).toEqual(['form']);
    expect(ids(own.search('note the', { now: NOW }))).toEqual(['plain']);
  });

  it('leaves out a one- or two-letter word while longer ones are typed', () => {
    expect(ids(index.search('sorry c', { now: NOW, limit: 50 }))).toEqual(
      ids(index.search('sorry', { now: NOW, limit: 50 })),
    );
  });

  it("ranks the empathy snippet for the customer's emotion first when the agent has typed nothing", () => {
    const [first] = index.search('', { now: NOW, emotions: [{ id: 'hurried', confidence: 0.8 }] });
    expect(first?.snippet.emotions).toContain('hurried');
    expect(first?.emotionFit).toBe(0.8);
  });

  it('applies a filter', () => {
    const handoffs = index.search('', { now: NOW, limit: 50, filter: (entry) => entry.tags.includes('handoff') });
    expect(handoffs.length).toBe(library.filter((entry) => entry.tags.includes('handoff')).length);
  });

  it('expands an exact shortcut even when its text would not rank it', () => {
    const [first] = index.search('reference', { now: NOW });
    expect(first?.snippet.id).toBe('tactful-starter:close-reference');
    expect(first?.exactShortcut).toBe(true);
    expect(index.getByShortcut(' Reference ')?.id).toBe('tactful-starter:close-reference');
  });

  it('sync adds, re-indexes and drops snippets, and reports what changed', () => {
    const own = new SnippetSearchIndex([
      snippet('one', { title: 'Greeting for walruses' }),
      snippet('two', { title: 'Farewell' }),
    ]);
    expect(ids(own.search('walrus', { now: NOW }))).toEqual(['one']);

    const renamed = snippet('one', { title: 'Greeting for otters', shortcut: 'otter', updatedAt: 1 });
    const used = snippet('two', { title: 'Farewell', usageCount: 1, lastUsedAt: NOW });
    const diff = own.sync([renamed, used, snippet('three', { title: 'Walrus facts' })]);
    expect(diff).toEqual({ changed: ['one', 'two', 'three'], removed: [] });
    expect(ids(own.search('walrus', { now: NOW }))).toEqual(['three']);
    expect(ids(own.search('otters', { now: NOW }))).toEqual(['one']);
    expect(own.getByShortcut('one')).toBeUndefined();
    expect(own.getByShortcut('otter')?.id).toBe('one');
    expect(own.get('two')?.usageCount).toBe(1);

    expect(own.sync([renamed, used])).toEqual({ changed: [], removed: ['three'] });
    expect(own.search('walrus', { now: NOW })).toEqual([]);
    expect(own.size).toBe(2);
  });
});

describe('looking ahead', () => {
  const own = () =>
    new SnippetSearchIndex([
      snippet('refund', { title: 'Refund on its way', shortcut: 'refund-12', tags: ['billing'] }),
      snippet('reset', {
        title: 'Password reset',
        shortcut: 'reset',
        body: 'Reset your password from the sign-in page.',
      }),
      snippet('record', { title: 'Call record', shortcut: 'record', body: 'We keep a record of each call.' }),
    ]);

  it('continues the word being typed into words of the library first, then any other letter', () => {
    const next = own().continuations('re');
    // "ref" starts two words of the library ("refund" and the shortcut "refund-12"); "rec" and
    // "res" one each (a word counts once however often it occurs), in alphabetical order.
    expect(next.slice(0, 3)).toEqual(['ref', 'rec', 'res']);
    expect(next).toHaveLength(26);
    expect(new Set(next).size).toBe(26);
    expect(next.slice(3).every((query) => /^re[a-z]$/.test(query))).toBe(true);
  });

  it('continues a shortcut or tag as a whole, and the start of a new word after a space', () => {
    const index = own();
    expect(index.continuations('refund-1')[0]).toBe('refund-12');
    expect(index.continuations('Billi')[0]).toBe('billin');
    const afterSpace = index.continuations('password ');
    // Every letter, and the "1" that starts "12" (the tokenizer splits "refund-12"), once each.
    expect(new Set(afterSpace)).toEqual(
      new Set([...'abcdefghijklmnopqrstuvwxyz1'].map((first) => `password ${first}`)),
    );
    expect(afterSpace).toHaveLength(27);
  });

  it('looks ahead of a beginning shared by hundreds of words after the others, whose searches are quick', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words = (count: number) =>
      Array.from({ length: count }, (_, n) => `sun${letters[Math.floor(n / 26)]}${letters[n % 26]}`).join(' ');
    const library = (sunWords: number) =>
      new SnippetSearchIndex([
        snippet('sun', { title: 'Sunny days', body: words(sunWords) }),
        snippet('sub', {
          title: 'Subscription renewal',
          shortcut: 'subscription',
          body: 'Your subscription renews; submit the form.',
        }),
      ]);
    // 250 words begin with "sun": its search would hold back "sub", so it comes after.
    const crowded = library(250).continuations('su');
    expect(crowded.indexOf('sub')).toBeLessThan(crowded.indexOf('sun'));
    // The same two words otherwise go by how many words each begins.
    expect(library(5).continuations('su').slice(0, 2)).toEqual(['sun', 'sub']);
    // One and two letters are matched without the index: nothing there is slow.
    expect(library(250).continuations('s')[0]).toBe('su');
  });

  it('has nothing to add at the longest query, and keeps to the maximum asked', () => {
    const index = own();
    expect(index.continuations('x'.repeat(200))).toEqual([]);
    expect(index.continuations('re', 2)).toEqual(['ref', 'rec']);
  });

  it('answers each continuation exactly as a search would, from any position', () => {
    const index = new SnippetSearchIndex(starterSnippetRecords(0));
    const context = { now: NOW, limit: 8, emotions: [{ id: 'angry' as const, confidence: 0.7 }] };
    for (const query of ['', 'so', 'sorry ', 'passw', 'thank you f']) {
      const continuations = index.continuations(query);
      const ahead = [...index.lookAhead(query, context)];
      expect(ahead.map((entry) => entry.query)).toEqual(continuations.map((next) => next.trim()));
      for (const [position, entry] of ahead.entries())
        expect(ids(entry.ranked)).toEqual(ids(index.search(continuations[position]!, context)));
      expect([...index.lookAhead(query, context, 5)].map((entry) => entry.query)).toEqual(
        ahead.slice(5).map((entry) => entry.query),
      );
    }
  });

  it('follows edits for one- and two-letter queries', () => {
    const index = own();
    expect(ids(index.search('ca', { now: NOW }))).toEqual(['record']);
    index.upsert(snippet('record', { title: 'Phone log', shortcut: 'record', updatedAt: 2 }));
    expect(ids(index.search('ca', { now: NOW }))).toEqual([]);
    expect(ids(index.search('ph', { now: NOW }))).toEqual(['record']);
    // Usage and emotions change without the words: the results carry the snippet as it is now.
    index.sync([
      ...['refund', 'reset'].map((id) => index.get(id)!),
      snippet('record', { title: 'Phone log', shortcut: 'record', updatedAt: 2, usageCount: 3, emotions: ['angry'] }),
    ]);
    expect(index.search('ph', { now: NOW })[0]?.snippet).toMatchObject({ usageCount: 3, emotions: ['angry'] });
    index.remove('record');
    expect(ids(index.search('ph', { now: NOW }))).toEqual([]);
    // New words are continued from at once.
    index.upsert(snippet('walrus', { title: 'Walrus greeting', shortcut: 'walrus' }));
    expect(index.continuations('wa')[0]).toBe('wal');
  });
});
