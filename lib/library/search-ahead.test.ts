import { describe, expect, it } from 'vitest';
import type { RankedSnippet } from './search';
import { normaliseQuery, packSearchAhead, unpackSearchAhead } from './search-ahead';
import { snippetRecord } from './test-support';

const ranked = (id: string, score: number): RankedSnippet => ({
  snippet: snippetRecord({ id }),
  score,
  relevance: score,
  emotionFit: 0,
  usage: 0,
  exactShortcut: false,
});

describe('search-ahead', () => {
  it('normalises a query the way the index reads it', () => {
    expect(normaliseQuery('  Refund ')).toBe('refund');
    expect(normaliseQuery('x'.repeat(300))).toHaveLength(200);
  });

  it('sends each snippet once and gives the same results back', () => {
    const entries = [
      { query: 'ref', ranked: [ranked('a', 0.9), ranked('b', 0.5)] },
      { query: 'res', ranked: [ranked('b', 0.7)] },
      { query: 'rex', ranked: [] },
    ];
    const packed = packSearchAhead(entries, false);
    expect(packed.complete).toBe(false);
    expect(packed.snippets.map((snippet) => snippet.id)).toEqual(['a', 'b']);
    expect(packed.results[1]).toEqual({
      query: 'res',
      ranked: [{ score: 0.7, relevance: 0.7, emotionFit: 0, usage: 0, exactShortcut: false, snippet: 1 }],
    });
    expect(unpackSearchAhead(JSON.parse(JSON.stringify(packed)))).toEqual(entries);
  });

  it('drops an entry pointing at no snippet', () => {
    const packed = packSearchAhead([{ query: 'ref', ranked: [ranked('a', 1)] }], true);
    packed.results[0]!.ranked.push({ ...packed.results[0]!.ranked[0]!, snippet: 5 });
    expect(unpackSearchAhead(packed)[0]!.ranked.map((entry) => entry.snippet.id)).toEqual(['a']);
  });
});
