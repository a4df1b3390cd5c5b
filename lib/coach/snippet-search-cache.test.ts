import { describe, expect, it } from 'vitest';
import type { RankedSnippet } from '@/lib/library/search';
import { normaliseQuery, packSearchAhead, type SearchAhead } from '@/lib/library/search-ahead';
import { snippetRecord } from '@/lib/library/test-support';
import type { LibraryResponse, LibrarySearchAheadRequest, LibrarySearchRequest } from '@/lib/messaging/protocol';
import { createCachedSnippetSearch } from './snippet-search-cache';

const hit = (id: string): RankedSnippet => ({
  snippet: snippetRecord({ id }),
  score: 1,
  relevance: 1,
  emotionFit: 0,
  usage: 0,
  exactShortcut: false,
});
const ids = (response: LibraryResponse<RankedSnippet[]>) =>
  response.ok ? response.value.map((entry) => entry.snippet.id) : response.error.code;
const calm: never[] = [];

/** A background that answers every search with the query's own snippet, and looks ahead by one letter of `letters`. */
function setUp(
  options: { letters?: string; complete?: (request: LibrarySearchAheadRequest) => boolean; maxEntries?: number } = {},
) {
  const searches: LibrarySearchRequest[] = [];
  const lookAheads: LibrarySearchAheadRequest[] = [];
  const pending: Array<() => void> = [];
  const letters = options.letters ?? 'ab';
  const answerAhead = (request: LibrarySearchAheadRequest): SearchAhead => {
    const queries = [...letters].slice(request.from ?? 0).map((letter) => normaliseQuery(`${request.query}${letter}`));
    const complete = options.complete?.(request) ?? true;
    return packSearchAhead(
      (complete ? queries : queries.slice(0, 1)).map((query) => ({ query, ranked: [hit(`id:${query}`)] })),
      complete,
    );
  };
  const cache = createCachedSnippetSearch(
    {
      search: async (request) => {
        searches.push(request);
        return { ok: true, value: [hit(`id:${request.query.trim().toLowerCase()}`)] };
      },
      searchAhead: (request) => {
        lookAheads.push(request);
        // Held until the test lets it through, as a background busy searching would.
        return new Promise((resolve) => pending.push(() => resolve({ ok: true, value: answerAhead(request) })));
      },
      afterFrame: (ask) => ask(),
    },
    options.maxEntries,
  );
  const answerLookAheads = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { cache, searches, lookAheads, answerLookAheads };
}

describe('cached snippet search', () => {
  it('asks the background once per query, then looks ahead of it', async () => {
    const { cache, searches, lookAheads, answerLookAheads } = setUp();
    expect(ids(await cache.search('Re', calm, 8))).toEqual(['id:re']);
    expect(lookAheads).toEqual([{ query: 'Re', emotions: [], limit: 8, from: 0 }]);
    await answerLookAheads();
    // The keys the look-ahead answered, and the same query typed again, need no search.
    expect(ids(await cache.search('rea', calm, 8))).toEqual(['id:rea']);
    expect(ids(await cache.search('re ', calm, 8))).toEqual(['id:re']);
    expect(ids(await cache.search('ReB', calm, 8))).toEqual(['id:reb']);
    expect(searches.map((request) => request.query)).toEqual(['Re']);
  });

  it('keeps answers per customer: other emotions rank differently', async () => {
    const { cache, searches } = setUp();
    await cache.search('refund', calm, 8);
    await cache.search('refund', [{ id: 'angry', confidence: 0.9 }], 8);
    await cache.search('refund', calm, 20);
    expect(searches).toHaveLength(3);
  });

  it('forgets everything when the library changes, including answers still on their way', async () => {
    const { cache, searches, answerLookAheads } = setUp();
    await cache.search('re', calm, 8);
    cache.clear();
    await answerLookAheads();
    await cache.search('re', calm, 8);
    await cache.search('rea', calm, 8);
    expect(searches.map((request) => request.query)).toEqual(['re', 're', 'rea']);
  });

  it('looks ahead one query at a time, the newest waiting one next', async () => {
    const { cache, lookAheads, answerLookAheads } = setUp();
    await cache.search('a', calm, 8);
    await cache.search('b', calm, 8);
    await cache.search('c', calm, 8);
    expect(lookAheads.map((request) => request.query)).toEqual(['a']);
    await answerLookAheads();
    expect(lookAheads.map((request) => request.query)).toEqual(['a', 'c']);
  });

  it('asks for the rest of an unfinished look-ahead while the agent pauses, from where it stopped', async () => {
    const { cache, lookAheads, searches, answerLookAheads } = setUp({
      letters: 'abc',
      complete: (request) => request.query !== 'x' || (request.from ?? 0) >= 2,
    });
    await cache.search('x', calm, 8);
    await answerLookAheads();
    expect(lookAheads.map((request) => request.from)).toEqual([0, 1, 2]);
    for (const query of ['xa', 'xb', 'xc']) await cache.search(query, calm, 8);
    expect(searches.map((request) => request.query)).toEqual(['x']);
    // "xa" is being looked ahead of, "xc" waits ("xb" was overtaken).
    expect(lookAheads.map((request) => request.query)).toEqual(['x', 'x', 'x', 'xa']);
    // Done: showing the query again asks nothing more.
    await cache.search('x', calm, 8);
    await answerLookAheads();
    expect(lookAheads.map((request) => request.query)).toEqual(['x', 'x', 'x', 'xa', 'xc']);
  });

  it('gives an answer it has at once, not as a promise, so it can show with the key that asked', async () => {
    const { cache, answerLookAheads } = setUp();
    const first = cache.search('re', calm, 8);
    expect('then' in first).toBe(true);
    await first;
    await answerLookAheads();
    const known = cache.search('rea', calm, 8);
    expect('then' in known).toBe(false);
    expect(ids(known as LibraryResponse<RankedSnippet[]>)).toEqual(['id:rea']);
  });

  it('fails the promise, not the caller, when the transport throws', async () => {
    const throwing = createCachedSnippetSearch({
      search: () => {
        throw new Error('Extension context invalidated.');
      },
      searchAhead: () => Promise.reject(new Error('gone')),
      afterFrame: (ask) => ask(),
    });
    let answer: ReturnType<typeof throwing.search> | undefined;
    expect(() => (answer = throwing.search('re', calm, 8))).not.toThrow();
    await expect(answer).rejects.toThrow('Extension context invalidated.');
  });

  it('searches as usual when looking ahead fails, and keeps no failed answer', async () => {
    const failing = createCachedSnippetSearch({
      search: async () => ({ ok: false, error: { code: 'storage-failed', message: 'No.' } }),
      searchAhead: () => Promise.reject(new Error('gone')),
      afterFrame: (ask) => ask(),
    });
    expect(ids(await failing.search('re', calm, 8))).toBe('storage-failed');
    expect(ids(await failing.search('re', calm, 8))).toBe('storage-failed');
  });

  it('looks ahead of a query again once an answer its look-ahead brought was dropped', async () => {
    const { cache, searches, lookAheads, answerLookAheads } = setUp({ letters: 'ab', maxEntries: 3 });
    await cache.search('x', calm, 8);
    await answerLookAheads();
    expect(lookAheads.map((request) => request.query)).toEqual(['x']);
    // "y" and its look-ahead push out "x" and "xa".
    await cache.search('y', calm, 8);
    await answerLookAheads();
    await cache.search('x', calm, 8);
    await answerLookAheads();
    expect(lookAheads.map((request) => request.query)).toEqual(['x', 'y', 'x']);
    expect(searches.map((request) => request.query)).toEqual(['x', 'y', 'x']);
  });

  it('prepares the first keys for a customer once: the empty query and its look-ahead', async () => {
    const { cache, searches, lookAheads, answerLookAheads } = setUp({ letters: 'ab' });
    const angry = [{ id: 'angry' as const, confidence: 0.9 }];
    cache.prepare(angry, 8);
    cache.prepare(angry, 8);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(searches.map((request) => request.query)).toEqual(['']);
    expect(lookAheads.map((request) => request.query)).toEqual(['']);
    await answerLookAheads();
    cache.prepare(angry, 8);
    // The box opened and the first letter typed: both answered in the tab.
    expect(ids(await cache.search('', angry, 8))).toEqual(['id:']);
    expect(ids(await cache.search('B', angry, 8))).toEqual(['id:b']);
    expect(searches.map((request) => request.query)).toEqual(['']);
    // Another customer's feelings rank differently: prepared afresh, as after the library changed.
    cache.prepare(calm, 8);
    cache.clear();
    cache.prepare(angry, 8);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(searches.map((request) => request.query)).toEqual(['', '', '']);
  });

  it('keeps at most the answers it is allowed, dropping the least recently used', async () => {
    const { cache, searches } = setUp({ letters: '', maxEntries: 2 });
    for (const query of ['one', 'two', 'one', 'three', 'one', 'two']) await cache.search(query, calm, 8);
    expect(searches.map((request) => request.query)).toEqual(['one', 'two', 'three', 'two']);
  });
});
