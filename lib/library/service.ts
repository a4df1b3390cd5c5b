// What the background answers on the library's messages (lib/messaging/protocol.ts), without the
// messaging itself, so it runs in tests. It keeps a search index in step with the database through
// Dexie's liveQuery, which also sees writes made by extension pages (Dexie relays them between
// windows of the extension's origin), and reports every change through onChange, which the
// background broadcasts to tabs.

import { liveQuery, type Subscription } from 'dexie';
import * as v from 'valibot';
import { EMOTIONS } from '@/coaching/types';
import type {
  LibraryChange,
  LibraryResponse,
  LibrarySearchAheadRequest,
  LibrarySearchRequest,
} from '@/lib/messaging/protocol';
import { MAX_SEARCH_LIMIT } from '@/lib/messaging/protocol';
import { LibraryError } from './errors';
import type { Library, LibraryStatus } from './library';
import { getSnippet, getSnippetByShortcut, listSnippets, recordUsage } from './repository';
import type { Snippet } from './schema';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_CONTINUATIONS,
  MAX_QUERY_LENGTH,
  SnippetSearchIndex,
  type RankedSnippet,
  type SearchContext,
} from './search';
import { packSearchAhead, type QueryResults, type SearchAhead } from './search-ahead';

/**
 * How long one look-ahead may keep searching. The agent's next key comes 100-200 ms after the
 * last; what is not ready by then is mostly wasted. (The tab asks again for the rest later.)
 */
const LOOK_AHEAD_BUDGET_MS = 40;

const SearchRequest = v.object({
  query: v.pipe(
    v.string(),
    v.transform((query) => query.slice(0, MAX_QUERY_LENGTH)),
  ),
  emotions: v.optional(
    v.pipe(
      v.array(v.object({ id: v.picklist(EMOTIONS), confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) })),
      v.maxLength(EMOTIONS.length * 2),
    ),
    () => [],
  ),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SEARCH_LIMIT)), DEFAULT_SEARCH_LIMIT),
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.trim(), v.toLowerCase())), v.maxLength(20)), () => []),
});
const SearchAheadRequest = v.object({
  ...SearchRequest.entries,
  from: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CONTINUATIONS)), 0),
});
const IdRequest = v.object({ id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)) });
const ShortcutRequest = v.object({ shortcut: v.pipe(v.string(), v.maxLength(200)) });

function badRequest(): LibraryError {
  return new LibraryError(
    'bad-request',
    'Tactful sent the library a request it could not read. Reload the page and try again.',
  );
}

function parse<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (!result.success) throw badRequest();
  return result.output;
}

async function respond<T>(answer: () => Promise<T> | T): Promise<LibraryResponse<T>> {
  try {
    return { ok: true, value: await answer() };
  } catch (error) {
    const known =
      error instanceof LibraryError
        ? error
        : new LibraryError('storage-failed', 'The snippet library could not answer. Please try again.', [], {
            cause: error,
          });
    if (!(error instanceof LibraryError)) console.warn('Tactful: library request failed.', error);
    return { ok: false, error: known.toInfo() };
  }
}

export interface LibraryServiceOptions {
  /** After every change to the snippets (from any window) and every status change. */
  onChange?: (change: LibraryChange) => void;
}

export class LibraryService {
  private readonly index = new SnippetSearchIndex();
  private readonly subscription: Subscription | null = null;
  private readonly unsubscribeStatus: () => void;
  /** Resolves once the index holds the library (searches wait for it). */
  readonly ready: Promise<void>;

  constructor(
    private readonly library: Library,
    options: LibraryServiceOptions = {},
  ) {
    const onChange = options.onChange ?? (() => {});
    this.unsubscribeStatus = library.onStatusChange((status) => onChange({ kind: 'status', status }));
    if (!library.db) {
      // No database: the starter snippets from memory, which never change.
      this.ready = listSnippets(library).then((snippets) => void this.index.sync(snippets));
      return;
    }
    let loaded: () => void = () => {};
    this.ready = new Promise((resolve) => (loaded = resolve));
    let first = true;
    this.subscription = liveQuery(() => listSnippets(library)).subscribe({
      next: (snippets: Snippet[]) => {
        const diff = this.index.sync(snippets);
        if (first) {
          first = false;
          loaded();
        } else if (diff.changed.length > 0 || diff.removed.length > 0) {
          onChange({ kind: 'snippets', ...diff });
        }
      },
      error: (error: unknown) => {
        // The library closed under us (another window upgraded it); its status says so and the
        // index keeps answering with what it last had.
        console.warn('Tactful: the snippet library stopped updating.', error);
        loaded();
      },
    });
  }

  status(): LibraryStatus {
    return this.library.status;
  }

  search(request: LibrarySearchRequest): Promise<LibraryResponse<RankedSnippet[]>> {
    return respond(async () => {
      const { query, ...options } = parse(SearchRequest, request);
      return this.index.search(query, await this.searchContext(options));
    });
  }

  /**
   * The results of the queries one more key could make of this one (see search-ahead.ts), as many
   * as LOOK_AHEAD_BUDGET_MS allows. It yields between searches, so a search the agent is waiting
   * for is answered first.
   */
  searchAhead(request: LibrarySearchAheadRequest): Promise<LibraryResponse<SearchAhead>> {
    return respond(async () => {
      const { query, from, ...options } = parse(SearchAheadRequest, request);
      const context = await this.searchContext(options);
      const deadline = performance.now() + LOOK_AHEAD_BUDGET_MS;
      const entries: QueryResults[] = [];
      const pauses = taskPauses();
      let stopped = false;
      try {
        for (const entry of this.index.lookAhead(query, context, from)) {
          entries.push(entry);
          await pauses.next();
          if (performance.now() > deadline) {
            stopped = true;
            break;
          }
        }
      } finally {
        pauses.close();
      }
      return packSearchAhead(entries, !stopped);
    });
  }

  /** Once the index holds the library: how to rank and filter for this request. */
  private async searchContext({
    emotions,
    limit,
    tags,
  }: Omit<v.InferOutput<typeof SearchRequest>, 'query'>): Promise<SearchContext> {
    await this.ready;
    const filter = tags.length > 0 ? (snippet: Snippet) => tags.every((tag) => snippet.tags.includes(tag)) : undefined;
    return { emotions, limit, filter, now: this.library.now() };
  }

  get(request: { id: string }): Promise<LibraryResponse<Snippet | null>> {
    return respond(() => getSnippet(this.library, parse(IdRequest, request).id));
  }

  getByShortcut(request: { shortcut: string }): Promise<LibraryResponse<Snippet | null>> {
    return respond(() => getSnippetByShortcut(this.library, parse(ShortcutRequest, request).shortcut));
  }

  recordUsage(request: { id: string }): Promise<LibraryResponse<null>> {
    return respond(async () => {
      await recordUsage(this.library, parse(IdRequest, request).id);
      return null;
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    this.unsubscribeStatus();
  }
}

/**
 * Pauses that let messages already queued run first: a posted message is a new task, and unlike
 * setTimeout it is not held back by the 4 ms clamp on nested timers. Close it when done (an open
 * port would keep Node running).
 */
function taskPauses(): { next(): Promise<void>; close(): void } {
  const channel = new MessageChannel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    next: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
