// Shortcuts, title words and tags, sorted, for queries of one or two letters (too short to look
// up in the search index).

import type { Snippet } from './schema';
import { HEAD_WORD_RELEVANCE, titleWordsOf } from './search-terms';

/**
 * Every shortcut, title word and tag, sorted by word, each pointing at its snippet's slot. Edits
 * are merged in rather than re-sorting everything: with thousands of snippets a full sort takes
 * a good part of a second in the background.
 */
export class HeadWords {
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

/** The first position in sorted `items` whose key is not below `key`. */
export function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(items[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
