// The buffers scan() fills: typed arrays for tokens, sentences and strategy hits, reused from
// call to call and grown (by doubling) only for a text longer than any before it.

const INITIAL_TOKENS = 1024;
const INITIAL_HITS = 512;
/** Buffers grown past this for a huge text are dropped on the next call rather than kept. */
const RETAINED_CAPACITY = 1 << 16;

/**
 * What scan() found. The arrays are shared and overwritten by the next scan() call: read what you
 * need before scanning again. Entries past tokenCount / hitCount are stale.
 */
export interface ScanResult {
  text: string;
  tokenCount: number;
  sentenceCount: number;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
  /** Sentence number of each token, 0-based, counting only sentences that have tokens. */
  tokenSentence: Int32Array;
  unigramKey: Int32Array;
  unigramCheck: Int32Array;
  /** The bigram ending at the token; for a sentence's first token, SENTENCE_START_MARKER + " " + token. */
  bigramKey: Int32Array;
  bigramCheck: Int32Array;
  /**
   * Per sentence, the closing mark as a word: an index into SENTENCE_MARK_WORDS, or -1 when the
   * sentence has none. When it has one, the unigram of the mark and the bigram of the sentence's
   * last word with it ("it ?") follow, hashed as hashNgram would hash them.
   */
  sentenceMark: Int32Array;
  markKey: Int32Array;
  markCheck: Int32Array;
  markBigramKey: Int32Array;
  markBigramCheck: Int32Array;
  hitCount: number;
  /** Index into STRATEGIES. */
  hitStrategy: Int32Array;
  hitStart: Int32Array;
  hitEnd: Int32Array;
  hitSentence: Int32Array;
}

function createResult(tokenCapacity: number, hitCapacity: number): ScanResult {
  return {
    text: '',
    tokenCount: 0,
    sentenceCount: 0,
    tokenStart: new Int32Array(tokenCapacity),
    tokenEnd: new Int32Array(tokenCapacity),
    tokenSentence: new Int32Array(tokenCapacity),
    unigramKey: new Int32Array(tokenCapacity),
    unigramCheck: new Int32Array(tokenCapacity),
    bigramKey: new Int32Array(tokenCapacity),
    bigramCheck: new Int32Array(tokenCapacity),
    // A sentence has at least one token, so these never outgrow the token arrays.
    sentenceMark: new Int32Array(tokenCapacity),
    markKey: new Int32Array(tokenCapacity),
    markCheck: new Int32Array(tokenCapacity),
    markBigramKey: new Int32Array(tokenCapacity),
    markBigramCheck: new Int32Array(tokenCapacity),
    hitCount: 0,
    hitStrategy: new Int32Array(hitCapacity),
    hitStart: new Int32Array(hitCapacity),
    hitEnd: new Int32Array(hitCapacity),
    hitSentence: new Int32Array(hitCapacity),
  };
}

function grownInt32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** The arrays indexed by token, and by sentence (a sentence has at least one token). */
const TOKEN_ARRAYS = [
  'tokenStart',
  'tokenEnd',
  'tokenSentence',
  'unigramKey',
  'unigramCheck',
  'bigramKey',
  'bigramCheck',
  'sentenceMark',
  'markKey',
  'markCheck',
  'markBigramKey',
  'markBigramCheck',
] as const satisfies readonly (keyof ScanResult)[];
const HIT_ARRAYS = [
  'hitStrategy',
  'hitStart',
  'hitEnd',
  'hitSentence',
] as const satisfies readonly (keyof ScanResult)[];

/** Doubles the room for tokens (and sentences). */
export function growTokens(result: ScanResult): void {
  for (const name of TOKEN_ARRAYS) result[name] = grownInt32(result[name]);
}

function growHits(result: ScanResult): void {
  for (const name of HIT_ARRAYS) result[name] = grownInt32(result[name]);
}

/** Records a hit of each strategy in `mask` (bit i for STRATEGIES[i]) over text[start, end). */
export function pushHits(result: ScanResult, mask: number, start: number, end: number, sentence: number): void {
  let remaining = mask;
  while (remaining !== 0) {
    const lowest = remaining & -remaining;
    remaining ^= lowest;
    if (result.hitCount === result.hitStrategy.length) growHits(result);
    const at = result.hitCount++;
    result.hitStrategy[at] = 31 - Math.clz32(lowest);
    result.hitStart[at] = start;
    result.hitEnd[at] = end;
    result.hitSentence[at] = sentence;
  }
}

/** The buffers for the next scan: `previous` again, unless a huge text grew it past what is worth keeping. */
export function reusableResult(previous: ScanResult | null): ScanResult {
  if (previous && previous.tokenStart.length <= RETAINED_CAPACITY && previous.hitStrategy.length <= RETAINED_CAPACITY)
    return previous;
  return createResult(INITIAL_TOKENS, INITIAL_HITS);
}
