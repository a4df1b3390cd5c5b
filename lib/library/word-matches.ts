// Each typed word's matches, kept between searches. A query grows a key at a time, and the
// look-ahead searches one query per next character: all of them repeat every word but the last.
// A word typed with a typo is matched fuzzily, which on a large library costs tens of milliseconds,
// so looking it up again for each key and each continuation dominated those searches.
//
// The words' matches are then combined as MiniSearch combines the words of one query (7.x,
// `combineResults`): a document's score is the sum of its words' scores, in query order, times the
// number of distinct words it matched. word-matches.test.ts holds this against MiniSearch itself.

/** Snippet id to that word's score for it. */
export type Matches = ReadonlyMap<string, number>;

/**
 * Matches kept at most, over all words: a common prefix can match most of the library, and the
 * background should not hold many copies of it (about 50 bytes each: a few MB at most).
 */
const MAX_KEPT_MATCHES = 100_000;

export class WordMatchCache {
  /** Least recently used first. */
  private readonly words = new Map<string, Matches>();
  private kept = 0;

  constructor(private readonly maxKept = MAX_KEPT_MATCHES) {}

  /** The word's matches, looked up with `find` unless they are kept. */
  get(word: string, find: (word: string) => Matches): Matches {
    const known = this.words.get(word);
    if (known) {
      this.words.delete(word);
      this.words.set(word, known);
      return known;
    }
    const found = find(word);
    if (found.size > this.maxKept) return found;
    this.words.set(word, found);
    this.kept += found.size;
    for (const [oldest, matches] of this.words) {
      if (this.kept <= this.maxKept) break;
      this.words.delete(oldest);
      this.kept -= matches.size;
    }
    return found;
  }

  /** The index changed: every score may have (BM25 weighs each word by the whole library). */
  clear(): void {
    this.words.clear();
    this.kept = 0;
  }
}

/**
 * The documents matching every word (AND) or any (OR), with MiniSearch's score for the query made
 * of those words. One word's matches come back as they are.
 */
export function combineWordMatches(
  words: readonly string[],
  matchesOf: (word: string) => Matches,
  combineWith: 'AND' | 'OR',
): Matches {
  const lists = words.map(matchesOf);
  if (lists.length === 1) return lists[0]!;
  const combined = new Map<string, number>();
  if (lists.length === 0) return combined;
  // A word typed twice is one query term to MiniSearch: its score counts twice, the word once.
  const repeated = words.map((word, position) => words.indexOf(word) !== position);
  const scoreOf = (id: string): number | null => {
    let sum = 0;
    let matched = 0;
    for (let position = 0; position < lists.length; position++) {
      const score = lists[position]!.get(id);
      if (score === undefined) {
        if (combineWith === 'AND') return null;
        continue;
      }
      sum += score;
      if (!repeated[position]) matched++;
    }
    return sum * matched;
  };
  if (combineWith === 'AND') {
    // Only the shortest list's documents can match every word.
    const shortest = lists.reduce((best, list) => (list.size < best.size ? list : best));
    for (const id of shortest.keys()) {
      const score = scoreOf(id);
      if (score !== null) combined.set(id, score);
    }
  } else {
    for (const list of lists) {
      for (const id of list.keys()) if (!combined.has(id)) combined.set(id, scoreOf(id)!);
    }
  }
  return combined;
}
