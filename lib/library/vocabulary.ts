// The words a search query can start, and what the agent is likely to type next: the search
// index's look-ahead (continuations) asks these queries before they are typed.

import { lowerBound } from './head-words';
import type { Snippet } from './schema';
import { MAX_QUERY_LENGTH } from './search-ahead';
import {
  MAX_CONTINUATIONS,
  MIN_INDEXED_PREFIX,
  SLOW_CONTINUATION_WORDS,
  STOP_WORDS,
  TYPO_LETTERS,
  WORD_SEPARATOR,
} from './search-terms';

/**
 * Every word a query can start (indexed words, stop words, whole shortcuts and tags). It only
 * grows: a word whose snippets are gone costs one wasted look-ahead search, never a wrong result.
 */
export class Vocabulary {
  private readonly words = new Set<string>(STOP_WORDS);
  /** The words sorted, rebuilt when the set has grown. */
  private sorted: string[] = [];

  add(word: string): void {
    this.words.add(word);
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
    if (this.sorted.length !== this.words.size) this.sorted = [...this.words].sort();
    const words = this.sorted;
    const low = lowerBound(words, stem, (word) => word);
    let end = low;
    while (end < words.length && words[end]!.startsWith(stem)) end++;
    return words.slice(low, end);
  }

  /** Shortcuts and tags are continued whole: "refund-1" goes on to "refund-12". */
  addWholeWords(snippet: Snippet): void {
    this.add(snippet.shortcut.toLowerCase());
    for (const tag of snippet.tags) this.add(tag.toLowerCase());
  }
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let position = text.length - 1; position >= 0; position--) if (pattern.test(text[position]!)) return position;
  return -1;
}
