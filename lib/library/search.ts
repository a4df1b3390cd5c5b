// Search as you type. MiniSearch finds candidates (an inverted index with prefix and fuzzy
// matching, so "pasword res" finds "password reset" without scanning every snippet); the pure
// rankSnippets then orders them by text relevance, by fit with the customer's emotions, and by
// how much the agent uses each snippet. No storage here: the background keeps an index in sync
// with the database and answers the content scripts' `library.search` messages from it.
//
// Matching, word by word: stop words ("the", "you") are ignored unless still being typed; words of
// one or two letters only match the start of shortcuts, title words and tags; from three letters
// a word matches the start of any indexed word; from five, with a typo or two as well.

import MiniSearch, { type QueryCombination } from 'minisearch';
import type { EmotionId } from '@/coaching/types';
import type { Snippet } from './schema';
import { MAX_QUERY_LENGTH, normaliseQuery } from './search-ahead';
import { combineWordMatches, WordMatchCache, type Matches } from './word-matches';

export { MAX_QUERY_LENGTH, normaliseQuery };

/** How much each signal counts; they add up to 1, so scores run 0..1 (an exact shortcut adds 1). */
export const RANKING_WEIGHTS = { relevance: 0.6, emotionFit: 0.25, usage: 0.15 } as const;
/** Uses at which frequency counts in full; more do not add (a favourite should not bury everything). */
const USAGE_SATURATION = 50;
/** A snippet used this many days ago counts half as recent as one used now. */
const RECENCY_HALF_LIFE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_SEARCH_LIMIT = 20;

export interface CustomerEmotion {
  id: EmotionId;
  /** 0..1, as the coaching engine reports it. */
  confidence: number;
}

export interface SearchContext {
  /** The current customer's emotions (analyze(...).emotions); none for a calm customer. */
  emotions?: readonly CustomerEmotion[];
  /** Milliseconds since the epoch, for recency. */
  now?: number;
  limit?: number;
  /** Only snippets passing it are returned (e.g. one tag, one pack). */
  filter?: (snippet: Snippet) => boolean;
}

export interface RankedSnippet {
  snippet: Snippet;
  score: number;
  /** 0..1 relative to the best text match of this search (1 for all when the query is empty). */
  relevance: number;
  /** 0..1: the confidence of the customer's strongest emotion the snippet is written for. */
  emotionFit: number;
  /** 0..1: how often and how recently the agent inserted it. */
  usage: number;
  /** The query is exactly the snippet's shortcut: it always comes first. */
  exactShortcut: boolean;
}

export interface SearchCandidate {
  snippet: Snippet;
  /** Raw text relevance (any positive scale); 0 when there was no query. */
  relevance: number;
}

export function emotionFit(snippet: Snippet, emotions: readonly CustomerEmotion[]): number {
  let fit = 0;
  for (const emotion of emotions) {
    if (snippet.emotions.includes(emotion.id)) fit = Math.max(fit, Math.min(1, Math.max(0, emotion.confidence)));
  }
  return fit;
}

export function usageScore(snippet: Snippet, now: number): number {
  const frequency = Math.min(1, Math.log1p(snippet.usageCount) / Math.log1p(USAGE_SATURATION));
  const ageDays = snippet.lastUsedAt === null ? Infinity : Math.max(0, now - snippet.lastUsedAt) / DAY_MS;
  const recency = Number.isFinite(ageDays) ? 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS) : 0;
  return (frequency + recency) / 2;
}

/** Orders candidates best first and keeps `limit` of them. Pure: same input, same order. */
export function rankSnippets(
  candidates: readonly SearchCandidate[],
  query: string,
  context: SearchContext = {},
): RankedSnippet[] {
  const { emotions = [], now = Date.now(), limit = DEFAULT_SEARCH_LIMIT } = context;
  const shortcut = normaliseQuery(query);
  if (limit <= 0) return [];
  let best = 0;
  for (const candidate of candidates) best = Math.max(best, candidate.relevance);
  let strongestEmotion = 0;
  for (const emotion of emotions) strongestEmotion = Math.max(strongestEmotion, Math.min(1, emotion.confidence));
  const top: RankedSnippet[] = [];
  for (const { snippet, relevance: raw } of candidates) {
    const relevance = best > 0 ? raw / best : 1;
    // Skip the full scoring when even a perfect fit and usage could not reach the current top.
    if (top.length === limit) {
      const ceiling =
        RANKING_WEIGHTS.relevance * relevance +
        (snippet.emotions.length > 0 ? RANKING_WEIGHTS.emotionFit * strongestEmotion : 0) +
        (snippet.usageCount > 0 || snippet.lastUsedAt !== null ? RANKING_WEIGHTS.usage : 0) +
        (snippet.shortcut === shortcut ? 1 : 0);
      if (ceiling < top[limit - 1]!.score) continue;
    }
    const fit = emotionFit(snippet, emotions);
    const usage = usageScore(snippet, now);
    const exactShortcut = shortcut !== '' && snippet.shortcut === shortcut;
    const score =
      RANKING_WEIGHTS.relevance * relevance +
      RANKING_WEIGHTS.emotionFit * fit +
      RANKING_WEIGHTS.usage * usage +
      (exactShortcut ? 1 : 0);
    insertTop(top, { snippet, score, relevance, emotionFit: fit, usage, exactShortcut }, limit);
  }
  return top;
}

function ranksBefore(a: RankedSnippet, b: RankedSnippet): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.snippet.title !== b.snippet.title) return a.snippet.title < b.snippet.title;
  return a.snippet.id < b.snippet.id;
}

/** Keeps `top` sorted and at most `limit` long: cheaper than sorting thousands of prefix matches. */
function insertTop(top: RankedSnippet[], entry: RankedSnippet, limit: number): void {
  if (top.length === limit && !ranksBefore(entry, top[top.length - 1]!)) return;
  let position = top.length;
  while (position > 0 && ranksBefore(entry, top[position - 1]!)) position--;
  top.splice(position, 0, entry);
  if (top.length > limit) top.pop();
}

interface IndexedSnippet {
  id: string;
  title: string;
  shortcut: string;
  tags: string;
  body: string;
}

function indexedFields(snippet: Snippet): IndexedSnippet {
  const { id, title, shortcut, tags, body } = snippet;
  return { id, title, shortcut, tags: tags.join(' '), body: body.slice(0, MAX_INDEXED_BODY_CHARS) };
}

function titleWordsOf(snippet: Snippet): string[] {
  return tokenize(snippet.title)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

function sameText(a: Snippet, b: Snippet): boolean {
  return (
    a.title === b.title &&
    a.shortcut === b.shortcut &&
    a.body === b.body &&
    a.tags.join('\u0000') === b.tags.join('\u0000')
  );
}

function sameRecord(a: Snippet, b: Snippet): boolean {
  return (
    sameText(a, b) &&
    a.emotions.join() === b.emotions.join() &&
    a.packId === b.packId &&
    a.updatedAt === b.updatedAt &&
    a.usageCount === b.usageCount &&
    a.lastUsedAt === b.lastUsedAt
  );
}

export interface IndexDiff {
  /** Added or changed in any field (usage included). */
  changed: string[];
  removed: string[];
}

/**
 * Words too common to tell snippets apart. Left out of the index (they would make every posting
 * list long) and out of queries, except the word still being typed: "we" may become "website".
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by can for from had has have i if in is it its me my of on or our so that the their them then there these they this to us was we were what when which will with you your'.split(
    ' ',
  ),
);
/** Search reads at most this much of a body: the opening says what a snippet is about, and indexing
 *  whole 100 KB bodies would cost memory and start-up time for little gain. */
export const MAX_INDEXED_BODY_CHARS = 2000;
/** Words shorter than this are not looked up in the index (see SnippetSearchIndex.search). */
const MIN_INDEXED_PREFIX = 3;
/** Words this long are also matched with typos. */
const FUZZY_FROM = 5;
/** How many queries one look-ahead answers at most: each is a full search in the background. */
export const MAX_CONTINUATIONS = 40;
/**
 * A continuation whose word begins more words of the library than this is looked ahead of after
 * the others: the index matches every one of them (a beginning like "con" in a large library
 * begins hundreds), which can take as long as all the other continuations together.
 */
const SLOW_CONTINUATION_WORDS = 200;
/** The letters a typo can bring into a word being typed. */
const TYPO_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** What MiniSearch's default tokenizer splits words on. */
const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

/**
 * How a typed word of three letters or more is matched: as the start of any word; from five
 * letters also with a typo or two (on shorter words fuzzy matching is mostly noise).
 */
function termQuery(term: string): QueryCombination {
  if (term.length < FUZZY_FROM) return { queries: [term], prefix: true, fuzzy: false };
  return { queries: [term], prefix: true, fuzzy: 0.2, maxFuzzy: 2 };
}

/** Relevance of a one- or two-letter prefix, by where it starts a word (the index's field boosts). */
const HEAD_WORD_RELEVANCE = { shortcut: 3, title: 2, tag: 1.5 } as const;

/** The query's words, lower case, without stop words except the last (still being typed). */
export function queryTerms(query: string): string[] {
  const terms = tokenize(query)
    .map((term) => term.toLowerCase())
    .filter((term) => term !== '');
  return terms.filter((term, position) => position === terms.length - 1 || !STOP_WORDS.has(term));
}

export class SnippetSearchIndex {
  private readonly snippets = new Map<string, Snippet>();
  private readonly byShortcut = new Map<string, Snippet>();
  /** Shortcuts, title words and tags sorted, for one- and two-letter queries; built on first use. */
  private headWords: HeadWords | null = null;
  /** Snippets whose text changed (or that went) since the head words were last brought up to date. */
  private readonly headWordsToRedo = new Set<string>();
  /**
   * Every word a query can start (indexed words, stop words, whole shortcuts and tags), for
   * continuations(). It only grows: a word whose snippets are gone costs one wasted look-ahead
   * search, never a wrong result.
   */
  private readonly vocabulary = new Set<string>(STOP_WORDS);
  /** Typed words' matches while the index is unchanged (see word-matches.ts). */
  private readonly wordMatches = new WordMatchCache();
  /** The vocabulary sorted, rebuilt when it has grown. */
  private sortedVocabulary: string[] = [];
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
      this.addWholeWords(snippet);
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
    this.addWholeWords(snippet);
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
   * ask ahead: the characters that continue the word being typed into a word of the library, then
   * any other letter. A trailing space is left out: it normalises to the same query. Anything else
   * the agent types is simply searched when typed.
   */
  continuations(query: string, max = MAX_CONTINUATIONS): string[] {
    const text = query.slice(0, MAX_QUERY_LENGTH).toLowerCase().trimStart();
    if (text.length >= MAX_QUERY_LENGTH || max <= 0) return [];
    // The word being typed, as the tokenizer splits words, and as far back as a space (shortcuts
    // and tags are continued whole: "refund-1" goes on to "refund-12").
    const word = text.slice(lastIndexOf(text, WORD_SEPARATOR) + 1);
    const spaced = text.slice(lastIndexOf(text, /\s/u) + 1);
    const counts = new Map<string, number>();
    for (const stem of new Set([word, spaced])) {
      for (const known of this.wordsStartingWith(stem)) {
        if (known.length === stem.length) continue;
        const next = known.slice(stem.length, stem.length + 1);
        counts.set(next, (counts.get(next) ?? 0) + 1);
      }
    }
    // Most words first, as the likeliest; but a word that is looked up in the index and begins so
    // many words that its search is slow goes after the others, so it holds none of them back.
    const looksUpIndex = word.length + 1 >= MIN_INDEXED_PREFIX;
    const isSlow = (character: string) => looksUpIndex && counts.get(character)! > SLOW_CONTINUATION_WORDS;
    const characters = [...counts.keys()].sort(
      (a, b) => Number(isSlow(a)) - Number(isSlow(b)) || counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1),
    );
    // Then typos: on a short word they find nothing, which is quick to know; on longer words the
    // search forgives them.
    characters.push(...[...TYPO_LETTERS].filter((letter) => !counts.has(letter)));
    return characters.slice(0, max).map((character) => text + character);
  }

  private wordsStartingWith(stem: string): string[] {
    if (this.sortedVocabulary.length !== this.vocabulary.size) this.sortedVocabulary = [...this.vocabulary].sort();
    const words = this.sortedVocabulary;
    const low = lowerBound(words, stem, (word) => word);
    let end = low;
    while (end < words.length && words[end]!.startsWith(stem)) end++;
    return words.slice(low, end);
  }

  private addWholeWords(snippet: Snippet): void {
    this.vocabulary.add(snippet.shortcut.toLowerCase());
    for (const tag of snippet.tags) this.vocabulary.add(tag.toLowerCase());
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

/**
 * Every shortcut, title word and tag, sorted by word, each pointing at its snippet's slot. Edits
 * are merged in rather than re-sorting everything: with thousands of snippets a full sort takes
 * a good part of a second in the background.
 */
class HeadWords {
  entries: HeadWord[] = [];
  /** By slot; a removed snippet leaves an empty slot. */
  readonly snippets: Array<Snippet | undefined> = [];
  private readonly slots = new Map<string, number>();

  constructor(snippets: Iterable<Snippet>) {
    for (const snippet of snippets) this.entries.push(...this.place(snippet));
    this.entries.sort(byWord);
  }

  /** The same text with other fields changed (usage, emotions): the entries stay. */
  replaceSnippet(snippet: Snippet): void {
    const slot = this.slots.get(snippet.id);
    if (slot !== undefined) this.snippets[slot] = snippet;
  }

  /** Re-reads the entries of these snippets (absent from `current` when removed). */
  redo(ids: ReadonlySet<string>, current: (id: string) => Snippet | undefined): void {
    const redoSlots = new Set<number>();
    const fresh: HeadWord[] = [];
    for (const id of ids) {
      const slot = this.slots.get(id);
      if (slot !== undefined) redoSlots.add(slot);
      const snippet = current(id);
      if (snippet) fresh.push(...this.place(snippet));
      else if (slot !== undefined) {
        this.snippets[slot] = undefined;
        this.slots.delete(id);
      }
    }
    const kept = this.entries.filter((entry) => !redoSlots.has(entry.slot));
    this.entries = mergeSorted(kept, fresh.sort(byWord));
  }

  /** Puts the snippet in its slot (a new one for a new snippet) and lists its entries. */
  private place(snippet: Snippet): HeadWord[] {
    let slot = this.slots.get(snippet.id);
    if (slot === undefined) {
      slot = this.snippets.push(snippet) - 1;
      this.slots.set(snippet.id, slot);
    } else {
      this.snippets[slot] = snippet;
    }
    const entries: HeadWord[] = [{ word: snippet.shortcut, slot, relevance: HEAD_WORD_RELEVANCE.shortcut }];
    for (const word of new Set(titleWordsOf(snippet)))
      entries.push({ word, slot, relevance: HEAD_WORD_RELEVANCE.title });
    for (const tag of snippet.tags) entries.push({ word: tag, slot, relevance: HEAD_WORD_RELEVANCE.tag });
    return entries;
  }
}

interface HeadWord {
  word: string;
  slot: number;
  relevance: number;
}

function byWord(a: HeadWord, b: HeadWord): number {
  return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
}

function mergeSorted(a: readonly HeadWord[], b: readonly HeadWord[]): HeadWord[] {
  const merged: HeadWord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byWord(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** What the queries of one look-ahead share (see run). */
interface SearchMemo {
  /** Word combinations by how they were decided ("AND:acount loc"). */
  combined: Map<string, Matches>;
  /** Rankings by the candidates' source (a source key, or the matches object), then exact shortcut id. */
  ranked: Map<object | string, Map<string, RankedSnippet[]>>;
}

const NO_MATCHES: Matches = new Map();

interface SearchPlan {
  /** The normalised query. */
  text: string;
  /** Where candidates come from: every snippet, the index's words, or a head-word prefix. */
  source: string;
  /** Looked up in the index, when there are any. */
  words: string[];
  /** Else matched against the start of shortcuts, title words and tags. */
  headPrefix: string;
  /** The snippet whose shortcut the query is. */
  exact: Snippet | undefined;
}

/** The first position in sorted `items` whose key is not below `key`. */
function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(items[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let position = text.length - 1; position >= 0; position--) if (pattern.test(text[position]!)) return position;
  return -1;
}
