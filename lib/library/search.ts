// Search as you type. MiniSearch finds candidates (an inverted index with prefix and fuzzy
// matching, so "pasword res" finds "password reset" without scanning every snippet); the pure
// rankSnippets then orders them by text relevance, by fit with the customer's emotions, and by
// how much the agent uses each snippet. No storage here: the background keeps an index in sync
// with the database and answers the content scripts' `library.search` messages from it.
//
// Matching, word by word: stop words ("the", "you") are ignored unless still being typed; words of
// one or two letters only match the start of shortcuts, title words and tags; from three letters
// a word matches the start of any indexed word; from five, with a typo or two as well.

import MiniSearch from 'minisearch';
import { HeadWords, lowerBound } from './head-words';
import { rankSnippets, type RankedSnippet, type SearchCandidate, type SearchContext } from './ranking';
import type { Snippet } from './schema';
import { MAX_QUERY_LENGTH, normaliseQuery } from './search-ahead';
import {
  indexedFields,
  indexTerm,
  MAX_CONTINUATIONS,
  MIN_INDEXED_PREFIX,
  queryTerms,
  sameRecord,
  sameText,
  STOP_WORDS,
  termQuery,
  type IndexDiff,
  type IndexedSnippet,
  type SearchMemo,
  type SearchPlan,
} from './search-terms';
import { Vocabulary } from './vocabulary';
import { combineWordMatches, WordMatchCache, type Matches } from './word-matches';

export { MAX_QUERY_LENGTH, normaliseQuery };
// The search's public face, one import for its users: ranking and the index's terms live beside it.
export * from './ranking';
export { MAX_CONTINUATIONS, MAX_INDEXED_BODY_CHARS, queryTerms, type IndexDiff } from './search-terms';

const NO_MATCHES: Matches = new Map();

export class SnippetSearchIndex {
  private readonly snippets = new Map<string, Snippet>();
  private readonly byShortcut = new Map<string, Snippet>();
  /** Shortcuts, title words and tags sorted, for one- and two-letter queries; built on first use. */
  private headWords: HeadWords | null = null;
  /** Snippets whose text changed (or that went) since the head words were last brought up to date. */
  private readonly headWordsToRedo = new Set<string>();
  /** Every word a query can start, for continuations(). */
  private readonly vocabulary = new Vocabulary();
  /** Typed words' matches while the index is unchanged (see word-matches.ts). */
  private readonly wordMatches = new WordMatchCache();
  private readonly index = new MiniSearch<IndexedSnippet>({
    fields: ['title', 'shortcut', 'tags', 'body'],
    idField: 'id',
    storeFields: [],
    processTerm: (term) => {
      const word = indexTerm(term);
      if (word !== null) this.vocabulary.add(word);
      return word;
    },
    searchOptions: {
      boost: { shortcut: 3, title: 2, tags: 1.5, body: 1 },
      // Query words arrive already split and filtered (queryTerms); keep each as it is.
      processTerm: (term) => term,
    },
  });

  constructor(snippets: Iterable<Snippet> = []) {
    for (const snippet of snippets) {
      this.snippets.set(snippet.id, snippet);
      this.byShortcut.set(snippet.shortcut, snippet);
      this.vocabulary.addWholeWords(snippet);
    }
    this.index.addAll([...this.snippets.values()].map(indexedFields));
  }

  get size(): number {
    return this.snippets.size;
  }

  get(id: string): Snippet | undefined {
    return this.snippets.get(id);
  }

  /** Makes the index hold exactly `snippets`, re-indexing only those whose text changed. */
  sync(snippets: readonly Snippet[]): IndexDiff {
    const diff: IndexDiff = { changed: [], removed: [] };
    const seen = new Set<string>();
    for (const snippet of snippets) {
      seen.add(snippet.id);
      const previous = this.snippets.get(snippet.id);
      if (previous && sameRecord(previous, snippet)) continue;
      this.upsert(snippet, previous);
      diff.changed.push(snippet.id);
    }
    for (const id of [...this.snippets.keys()]) {
      if (seen.has(id)) continue;
      this.remove(id);
      diff.removed.push(id);
    }
    // Better now, as the library changes, than at the agent's next keystroke.
    this.currentHeadWords();
    return diff;
  }

  upsert(snippet: Snippet, previous: Snippet | undefined = this.snippets.get(snippet.id)): void {
    const textChanged = !previous || !sameText(previous, snippet);
    if (textChanged) {
      this.wordMatches.clear();
      if (previous) this.index.replace(indexedFields(snippet));
      else this.index.add(indexedFields(snippet));
      this.headWordsToRedo.add(snippet.id);
    } else {
      // Usage or emotions: the words and their scores stay.
      this.headWords?.replaceSnippet(snippet);
    }
    if (previous && this.byShortcut.get(previous.shortcut)?.id === snippet.id)
      this.byShortcut.delete(previous.shortcut);
    this.snippets.set(snippet.id, snippet);
    this.byShortcut.set(snippet.shortcut, snippet);
    this.vocabulary.addWholeWords(snippet);
  }

  remove(id: string): void {
    const snippet = this.snippets.get(id);
    if (!snippet) return;
    this.snippets.delete(id);
    this.headWordsToRedo.add(id);
    if (this.byShortcut.get(snippet.shortcut)?.id === id) this.byShortcut.delete(snippet.shortcut);
    this.index.discard(id);
    this.wordMatches.clear();
  }

  /**
   * The queries one more typed character could make of `query`, most likely first, for the tab to
   * ask ahead (see Vocabulary.continuations).
   */
  continuations(query: string, max = MAX_CONTINUATIONS): string[] {
    return this.vocabulary.continuations(query, max);
  }

  /** The snippet a typed shortcut expands to. */
  getByShortcut(shortcut: string): Snippet | undefined {
    return this.byShortcut.get(normaliseQuery(shortcut));
  }

  /** Best snippets for what the agent typed so far; an empty query ranks all by fit and usage. */
  search(query: string, context: SearchContext = {}): RankedSnippet[] {
    return this.run(this.plan(query), context);
  }

  /**
   * The results for each of continuations(query) from the `from`th on, one at a time, so the caller
   * can pause between them. Queries that come to the same search (a one-letter word after a longer
   * one is left out) are searched once.
   */
  *lookAhead(
    query: string,
    context: SearchContext = {},
    from = 0,
  ): Generator<{ query: string; ranked: RankedSnippet[] }> {
    const memo: SearchMemo = { combined: new Map(), ranked: new Map() };
    for (const next of this.continuations(query).slice(from)) {
      const plan = this.plan(next);
      yield { query: plan.text, ranked: this.run(plan, context, memo) };
    }
  }

  /** What a query searches for; two queries with the same source and exact shortcut rank alike. */
  private plan(query: string): SearchPlan {
    const text = normaliseQuery(query);
    if (text === '') return { text, source: 'all', words: [], headPrefix: '', exact: undefined };
    // Words of one or two letters would match a large part of the vocabulary in the index, for
    // little meaning. They are left out while longer words are typed; a query of only short words
    // matches its last word against the start of shortcuts, title words and tags instead.
    const terms = queryTerms(text);
    const words = terms.filter((term) => term.length >= MIN_INDEXED_PREFIX);
    const exact = this.byShortcut.get(text);
    if (words.length > 0) return { text, source: `words:${words.join(' ')}`, words, headPrefix: '', exact };
    const headPrefix = terms[terms.length - 1] ?? text;
    return { text, source: `head:${headPrefix}`, words: [], headPrefix, exact };
  }

  /**
   * `memo`: queries of one look-ahead that come to the same search (the same source, or words
   * whose matches combine alike) share its candidates and ranking.
   */
  private run(plan: SearchPlan, context: SearchContext, memo?: SearchMemo): RankedSnippet[] {
    const accept = context.filter;
    const results = plan.words.length > 0 ? this.lookUp(plan.words, memo?.combined) : null;
    // The ranking depends, besides the context, on where the candidates come from and on the exact shortcut.
    const source = results ?? plan.source;
    const exactKey = plan.exact?.id ?? '';
    const known = memo?.ranked.get(source)?.get(exactKey);
    if (known) return known;
    let candidates: SearchCandidate[];
    if (results) {
      candidates = this.indexMatches(results, accept);
    } else if (plan.source === 'all') {
      candidates = [];
      for (const snippet of this.snippets.values())
        if (!accept || accept(snippet)) candidates.push({ snippet, relevance: 0 });
    } else {
      candidates = this.headWordMatches(plan.headPrefix, accept);
    }
    const { exact } = plan;
    if (exact && (!accept || accept(exact)) && !candidates.some((candidate) => candidate.snippet === exact))
      candidates.push({ snippet: exact, relevance: 0 });
    const ranked = rankSnippets(candidates, plan.text, context);
    if (memo)
      memo.ranked.set(source, (memo.ranked.get(source) ?? new Map<string, RankedSnippet[]>()).set(exactKey, ranked));
    return ranked;
  }

  /**
   * Every word must match as you type. If nothing has them all, a trailing stop word ("thank you
   * for") is dropped first, as it was probably not the start of a longer word; then any word will do.
   * `memo` keeps combinations already made, by the words that decide them.
   */
  private lookUp(words: string[], memo?: Map<string, Matches>): Matches {
    const search = (combineWith: 'AND' | 'OR', list: string[]): Matches => {
      // A word that matches nothing empties an AND and adds nothing to an OR.
      if (combineWith === 'AND' && list.some((word) => this.matchesOf(word).size === 0)) return NO_MATCHES;
      const deciding = combineWith === 'OR' ? list.filter((word) => this.matchesOf(word).size > 0) : list;
      // One word's matches are the same object whichever way they were reached.
      if (deciding.length <= 1) return deciding.length === 1 ? this.matchesOf(deciding[0]!) : NO_MATCHES;
      const key = `${combineWith}:${deciding.join(' ')}`;
      const known = memo?.get(key);
      if (known) return known;
      const combined = combineWordMatches(deciding, this.matchesOf, combineWith);
      memo?.set(key, combined);
      return combined;
    };
    let results = search('AND', words);
    const last = words[words.length - 1]!;
    if (results.size === 0 && words.length > 1 && STOP_WORDS.has(last)) results = search('AND', words.slice(0, -1));
    if (results.size === 0 && words.length > 1) results = search('OR', words);
    return results;
  }

  private readonly matchesOf = (word: string): Matches =>
    this.wordMatches.get(word, () => {
      const matches = new Map<string, number>();
      for (const result of this.index.search(termQuery(word))) matches.set(result.id as string, result.score);
      return matches;
    });

  private indexMatches(results: Matches, accept: SearchContext['filter']): SearchCandidate[] {
    const candidates: SearchCandidate[] = [];
    for (const [id, relevance] of results) {
      const snippet = this.snippets.get(id);
      if (snippet && (!accept || accept(snippet))) candidates.push({ snippet, relevance });
    }
    return candidates;
  }

  /** Snippets with a shortcut, title word or tag starting with `prefix`, by the best place it starts. */
  private headWordMatches(prefix: string, accept: SearchContext['filter']): SearchCandidate[] {
    const { entries, snippets } = this.currentHeadWords();
    // A one-letter prefix can start words in most snippets: per-slot numbers, not a Map.
    const best = new Float64Array(snippets.length);
    const found: number[] = [];
    for (let position = lowerBound(entries, prefix, (entry) => entry.word); position < entries.length; position++) {
      const { word, slot, relevance } = entries[position]!;
      if (!word.startsWith(prefix)) break;
      if (best[slot] === 0) found.push(slot);
      if (relevance > best[slot]!) best[slot] = relevance;
    }
    const candidates: SearchCandidate[] = [];
    for (const slot of found) {
      const snippet = snippets[slot]!;
      if (!accept || accept(snippet)) candidates.push({ snippet, relevance: best[slot]! });
    }
    return candidates;
  }

  private currentHeadWords(): HeadWords {
    // Removed snippets leave empty slots behind; start afresh once they are most of them.
    if (!this.headWords || this.headWords.snippets.length > 2 * this.snippets.size + 100) {
      this.headWords = new HeadWords(this.snippets.values());
      this.headWordsToRedo.clear();
    } else if (this.headWordsToRedo.size > 0) {
      this.headWords.redo(this.headWordsToRedo, (id) => this.snippets.get(id));
      this.headWordsToRedo.clear();
    }
    return this.headWords;
  }
}
