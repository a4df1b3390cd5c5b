// What the tab and the background agree on about snippet search queries, without the index (so a
// content script can import it without MiniSearch): how a query is normalised, which is also the
// key its results are kept under in the tab, and the compact form of a look-ahead answer.
//
// Look-ahead: a search crosses from the tab to the background and back, which takes longer than a
// frame. So after each answer the tab asks for the results of the queries the agent's next key
// could make ('librar' -> 'library', 'libraro'...), and shows them in the same frame as that key.

import type { RankedSnippet } from './ranking';
import type { Snippet } from './schema';

/** Longer queries are cut: nobody types a paragraph into a picker, and work stays bounded. */
export const MAX_QUERY_LENGTH = 200;

/** The query as the index reads it: cut to length, trimmed, lower case. Equal keys, equal results. */
export function normaliseQuery(query: string): string {
  return query.slice(0, MAX_QUERY_LENGTH).trim().toLowerCase();
}

/** Results for several queries, each snippet sent once (a message carries JSON, which would repeat them). */
export interface SearchAhead {
  /** False when the background stopped before every continuation: asking again later may get the rest. */
  complete: boolean;
  snippets: Snippet[];
  results: Array<{
    /** Normalised. */
    query: string;
    /** Best first; `snippet` is an index into `snippets`. */
    ranked: Array<Omit<RankedSnippet, 'snippet'> & { snippet: number }>;
  }>;
}

export interface QueryResults {
  query: string;
  ranked: RankedSnippet[];
}

export function packSearchAhead(entries: readonly QueryResults[], complete: boolean): SearchAhead {
  const snippets: Snippet[] = [];
  const positions = new Map<string, number>();
  const positionOf = (snippet: Snippet) => {
    let position = positions.get(snippet.id);
    if (position === undefined) {
      position = snippets.push(snippet) - 1;
      positions.set(snippet.id, position);
    }
    return position;
  };
  return {
    complete,
    snippets,
    results: entries.map(({ query, ranked }) => ({
      query,
      ranked: ranked.map(({ snippet, ...scores }) => ({ ...scores, snippet: positionOf(snippet) })),
    })),
  };
}

/** The answer as lists of ranked snippets; entries pointing outside `snippets` are dropped. */
export function unpackSearchAhead(ahead: SearchAhead): QueryResults[] {
  return ahead.results.map(({ query, ranked }) => ({
    query,
    ranked: ranked.flatMap(({ snippet: position, ...scores }) => {
      const snippet = ahead.snippets[position];
      return snippet ? [{ ...scores, snippet }] : [];
    }),
  }));
}
