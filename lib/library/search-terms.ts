// How snippets and queries are cut into words for the search index: the fields indexed, the
// stop words left out, how a typed word is matched, and the limits of the look-ahead.

import MiniSearch, { type QueryCombination } from 'minisearch';
import type { RankedSnippet } from './ranking';
import type { Snippet } from './schema';
import type { Matches } from './word-matches';

export interface IndexedSnippet {
  id: string;
  title: string;
  shortcut: string;
  tags: string;
  body: string;
}

export function indexedFields(snippet: Snippet): IndexedSnippet {
  const { id, title, shortcut, tags, body } = snippet;
  return { id, title, shortcut, tags: tags.join(' '), body: body.slice(0, MAX_INDEXED_BODY_CHARS) };
}

export function titleWordsOf(snippet: Snippet): string[] {
  return tokenize(snippet.title)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

export function sameText(a: Snippet, b: Snippet): boolean {
  return (
    a.title === b.title &&
    a.shortcut === b.shortcut &&
    a.body === b.body &&
    a.tags.join('\u0000') === b.tags.join('\u0000')
  );
}

export function sameRecord(a: Snippet, b: Snippet): boolean {
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
export const STOP_WORDS = new Set(
  'a an and are as at be but by can for from had has have i if in is it its me my of on or our so that the their them then there these they this to us was we were what when which will with you your'.split(
    ' ',
  ),
);
/** Search reads at most this much of a body: the opening says what a snippet is about, and indexing
 *  whole 100 KB bodies would cost memory and start-up time for little gain. */
export const MAX_INDEXED_BODY_CHARS = 2000;
/** Words shorter than this are not looked up in the index (see SnippetSearchIndex.search). */
export const MIN_INDEXED_PREFIX = 3;
/** Words this long are also matched with typos. */
export const FUZZY_FROM = 5;
/** How many queries one look-ahead answers at most: each is a full search in the background. */
export const MAX_CONTINUATIONS = 40;
/**
 * A continuation whose word begins more words of the library than this is looked ahead of after
 * the others: the index matches every one of them (a beginning like "con" in a large library
 * begins hundreds), which can take as long as all the other continuations together.
 */
export const SLOW_CONTINUATION_WORDS = 200;
/** The letters a typo can bring into a word being typed. */
export const TYPO_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** What MiniSearch's default tokenizer splits words on. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
export const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

export function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

/**
 * How a typed word of three letters or more is matched: as the start of any word; from five
 * letters also with a typo or two (on shorter words fuzzy matching is mostly noise).
 */
export function termQuery(term: string): QueryCombination {
  if (term.length < FUZZY_FROM) return { queries: [term], prefix: true, fuzzy: false };
  return { queries: [term], prefix: true, fuzzy: 0.2, maxFuzzy: 2 };
}

/** Relevance of a one- or two-letter prefix, by where it starts a word (the index's field boosts). */
export const HEAD_WORD_RELEVANCE = { shortcut: 3, title: 2, tag: 1.5 } as const;

/** The query's words, lower case, without stop words except the last (still being typed). */
export function queryTerms(query: string): string[] {
  const terms = tokenize(query)
    .map((term) => term.toLowerCase())
    .filter((term) => term !== '');
  return terms.filter((term, position) => position === terms.length - 1 || !STOP_WORDS.has(term));
}

/** What the queries of one look-ahead share (see run). */
export interface SearchMemo {
  /** Word combinations by how they were decided ("AND:acount loc"). */
  combined: Map<string, Matches>;
  /** Rankings by the candidates' source (a source key, or the matches object), then exact shortcut id. */
  ranked: Map<object | string, Map<string, RankedSnippet[]>>;
}

export interface SearchPlan {
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
