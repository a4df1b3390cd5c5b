// Snippet search answers kept in the tab. A search is a round trip to the background, longer than
// a frame; an answer already here (a query typed before, or one the background looked ahead for,
// see lib/library/search-ahead.ts) shows in the same frame as the key that asked for it.
//
// Answers are kept per customer (their emotions change the ranking) and dropped whenever the
// library changes, so what shows is what the background would answer now.

import type { Snippet } from '@/lib/library/schema';
import type { CustomerEmotion, RankedSnippet } from '@/lib/library/search';
import { normaliseQuery, unpackSearchAhead, type SearchAhead } from '@/lib/library/search-ahead';
import type { LibraryResponse, LibrarySearchAheadRequest, LibrarySearchRequest } from '@/lib/messaging/protocol';

/**
 * Answers kept at most: each look-ahead brings up to 40, so this is some 50 keys of typing.
 * Answers for nearby queries list mostly the same snippets, each kept once.
 */
const MAX_ENTRIES = 2000;

export interface SnippetSearchTransport {
  search(request: LibrarySearchRequest): Promise<LibraryResponse<RankedSnippet[]>>;
  searchAhead(request: LibrarySearchAheadRequest): Promise<LibraryResponse<SearchAhead>>;
  /**
   * Runs `ask` once the results on show are drawn: the background's look-ahead takes CPU, which
   * the frame showing this key's results should not have to share.
   */
  afterFrame(ask: () => void): void;
}

/** A search's answer: the answer itself when the tab has it, else a promise of the background's. */
export type SearchAnswer = LibraryResponse<RankedSnippet[]> | Promise<LibraryResponse<RankedSnippet[]>>;

export interface CachedSnippetSearch {
  /**
   * The answer for this query: at once when it is known in the tab, else a promise of the
   * background's. Then looks ahead of it.
   */
  search(query: string, emotions: readonly CustomerEmotion[], limit: number): SearchAnswer;
  /**
   * Makes the first keys typed for this customer answerable in the tab: asks for the empty query's
   * answer and its look-ahead (every first letter) unless they are already here.
   */
  prepare(emotions: readonly CustomerEmotion[], limit: number): void;
  /** The library changed: every answer kept may be stale. */
  clear(): void;
}

export function createCachedSnippetSearch(
  transport: SnippetSearchTransport,
  maxEntries = MAX_ENTRIES,
): CachedSnippetSearch {
  /** Bumped by clear(): answers asked for before it are not kept. */
  const clock = { generation: 0 };
  const lookAhead = createLookAhead(transport, maxEntries, clock);
  const { answers } = lookAhead;
  /** Customers whose empty query prepare() has asked for and not yet had answered. */
  const preparing = new Set<string>();
  const lookAheadAfterFrame = (request: LibrarySearchRequest) => transport.afterFrame(() => lookAhead.run(request));

  const search: CachedSnippetSearch['search'] = (query, emotions, limit) => {
    const request: LibrarySearchRequest = { query, emotions: [...emotions], limit };
    const key = answerKey(customerKey(emotions, limit), normaliseQuery(query));
    const known = answers.get(key);
    if (known) {
      lookAheadAfterFrame(request);
      return { ok: true, value: known };
    }
    const asked = clock.generation;
    // A transport that throws (the extension reloaded under the page) fails the promise, as a
    // background that cannot answer does, rather than the key's event handler.
    return new Promise<LibraryResponse<RankedSnippet[]>>((resolve) => resolve(transport.search(request))).then(
      (response) => {
        if (!response.ok) return response;
        if (asked === clock.generation) answers.keep(key, response.value);
        // After the answer, not alongside it: the background answers this search first.
        lookAheadAfterFrame(request);
        return response;
      },
    );
  };

  return {
    search,
    prepare(emotions, limit) {
      const key = answerKey(customerKey(emotions, limit), '');
      // Asked for already; or known, and looked ahead of (an unfinished look-ahead resumes by itself).
      if (preparing.has(key) || (answers.has(key) && lookAhead.started(key))) return;
      preparing.add(key);
      const asked = clock.generation;
      Promise.resolve(search('', emotions, limit))
        // Only a head start: a failure here shows again, and is reported, when the agent searches.
        .catch(() => {})
        .finally(() => {
          if (asked === clock.generation) preparing.delete(key);
        });
    },
    clear() {
      clock.generation += 1;
      answers.clear();
      lookAhead.clear();
      preparing.clear();
    },
  };
}

function customerKey(emotions: readonly CustomerEmotion[], limit: number): string {
  return `${limit}|${emotions.map(({ id, confidence }) => `${id}:${confidence}`).join(',')}`;
}

function answerKey(customer: string, normalisedQuery: string): string {
  return `${customer}\u0000${normalisedQuery}`;
}

interface Answers {
  /** The answer kept for `key`, now the most recently used. */
  get(key: string): RankedSnippet[] | undefined;
  has(key: string): boolean;
  /** `lookedAheadFrom`: the query whose look-ahead brought it (asked again once this is dropped). */
  keep(key: string, ranked: RankedSnippet[], lookedAheadFrom?: string): void;
  clear(): void;
}

/** Answers by customer and query, least recently used first; each snippet is kept once. */
function createAnswers(maxEntries: number, onDropLookedAhead: (query: string) => unknown): Answers {
  const answers = new Map<string, { ranked: RankedSnippet[]; lookedAheadFrom?: string }>();
  /** Each snippet once, however many answers list it (until the library changes). */
  const snippets = new Map<string, Snippet>();
  return {
    get(key) {
      const known = answers.get(key);
      if (!known) return undefined;
      answers.delete(key);
      answers.set(key, known);
      return known.ranked;
    },
    has: (key) => answers.has(key),
    keep(key, ranked, lookedAheadFrom) {
      answers.delete(key);
      const shared = ranked.map((entry) => {
        const snippet = snippets.get(entry.snippet.id) ?? entry.snippet;
        // Sharing is only a saving: past the bound, start sharing afresh rather than grow.
        if (snippets.size >= maxEntries) snippets.clear();
        snippets.set(snippet.id, snippet);
        return { ...entry, snippet };
      });
      answers.set(key, { ranked: shared, lookedAheadFrom });
      if (answers.size > maxEntries) {
        const [oldest, dropped] = answers.entries().next().value!;
        answers.delete(oldest);
        if (dropped.lookedAheadFrom !== undefined) onDropLookedAhead(dropped.lookedAheadFrom);
      }
    },
    clear() {
      answers.clear();
      snippets.clear();
    },
  };
}

interface LookAhead {
  readonly answers: Answers;
  /** Asks the background for the answers to the queries one more key could make of this one. */
  run(request: LibrarySearchRequest): void;
  /** Whether a look-ahead of this query (customer and query key) has been answered at least in part. */
  started(key: string): boolean;
  clear(): void;
}

/** One look-ahead at a time; while it runs only the newest query waits for the next. */
function createLookAhead(
  transport: SnippetSearchTransport,
  maxEntries: number,
  clock: { generation: number },
): LookAhead {
  /**
   * Queries (as typed, lower case: a trailing space continues differently) looked ahead of: how
   * many of their continuations the background has answered, or all of them.
   */
  const lookedAhead = new Map<string, number | 'done'>();
  // An answer a look-ahead brought is dropped: look ahead of that query again when it is typed.
  const answers = createAnswers(maxEntries, (query) => lookedAhead.delete(query));
  let lookingAhead = false;
  let waitingToLookAhead: LibrarySearchRequest | null = null;

  const run = (request: LibrarySearchRequest) => {
    const customer = customerKey(request.emotions ?? [], request.limit ?? 0);
    const typed = answerKey(customer, request.query.toLowerCase());
    const answered = lookedAhead.get(typed) ?? 0;
    if (answered === 'done') return;
    if (lookingAhead) {
      waitingToLookAhead = request;
      return;
    }
    lookingAhead = true;
    const asked = clock.generation;
    let unfinished = false;
    transport
      .searchAhead({ ...request, from: answered })
      .then((response) => {
        if (!response.ok || asked !== clock.generation) return;
        const { complete, results } = response.value;
        for (const { query, ranked } of unpackSearchAhead(response.value))
          answers.keep(answerKey(customer, query), ranked, typed);
        lookedAhead.delete(typed);
        lookedAhead.set(typed, complete ? 'done' : answered + results.length);
        if (lookedAhead.size > maxEntries) lookedAhead.delete(lookedAhead.keys().next().value!);
        unfinished = !complete && results.length > 0;
      })
      // Looking ahead only saves time: when it fails, each key is searched as it is typed.
      .catch(() => {})
      .finally(() => {
        lookingAhead = false;
        // A newer key first; else, while the agent pauses, the rest of this one.
        const next = waitingToLookAhead ?? (unfinished ? request : null);
        waitingToLookAhead = null;
        if (next) run(next);
      });
  };

  return {
    answers,
    run,
    started: (key) => lookedAhead.has(key),
    clear() {
      lookedAhead.clear();
      waitingToLookAhead = null;
    },
  };
}
