// One linear pass over the text: splits sentences, tokenises, hashes every token and the n-grams
// ending at it, and looks the n-grams up in the strategy phrase table. Nothing here allocates per
// token: tokens and strategy hits go into typed arrays that are reused from call to call, and
// n-grams are never built as strings: a word is hashed as its characters stream past, and an
// n-gram's hash combines the hash of the (n-1)-gram before it with the new word's.
//
// Tokens: runs of letters and digits (any code unit from U+00C0 up counts as a letter, except
// punctuation and symbol blocks and surrogates, so emoji separate words), with an apostrophe kept
// inside a word ("don't"). ASCII letters are lower-cased, digits all read as 0 (so "2013" and
// "1999" are the same token), curly apostrophes read as "'".
// Sentences end at . ! ? … followed by a space (or quote, bracket, end of text), and at any line
// break: in an email the greeting and the sign-off sit on lines of their own.
// N-grams never cross a sentence boundary.
// The mark that closes a sentence is read as one more word of it: "?", "!" or "." (none when a
// line break alone closes it), so the bigrams "it ?" and "it ." differ. Without it, word n-grams
// could not tell a question from a statement, nor see an exclamation.

import { MAX_PHRASE_WORDS, STRATEGIES } from './strategies';

/** Bump when tokenising, hashing or sentence splitting changes: it is part of the feature schema. */
export const SCANNER_VERSION = 2;

// Two independent 32-bit multiplicative hashes (FNV-1a style over a word's characters). The
// first picks the table slot, the second confirms the match, so a stray n-gram is taken for a
// known one with odds of about one in 2^62 rather than one in 2^30.
const KEY_SEED = 0x811c9dc5 | 0;
const KEY_PRIME = 0x01000193;
const CHECK_SEED = 0x2545f491 | 0;
const CHECK_PRIME = 0x5bd1e995 | 0;
/** Slot keys keep 30 bits: V8 stores them as small integers, never as boxed numbers. */
const KEY_MASK = 0x3fffffff;
/**
 * The first word of a sentence also forms a bigram with this marker ("^ why"), so the n-gram
 * features see sentence openings, which the paper found to matter (please vs. sentence-initial please).
 * "^" is never part of a token, so the marker cannot be confused with a word.
 */
export const SENTENCE_START_MARKER = '^';
const APOSTROPHE = 39;

/** The word a sentence's closing mark reads as. When marks pile up ("?!"), a question mark wins, then "!". */
export const SENTENCE_MARK_WORDS = ['.', '!', '?'] as const;
const NO_MARK = -1;
const PERIOD_MARK = 0;
const EXCLAMATION_MARK = 1;
const QUESTION_MARK = 2;

export function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return 48;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return APOSTROPHE;
  return code;
}

export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7 || code === 0xfeff) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, shapes, dingbats
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // surrogates: emoji and other astral symbols
  if (code >= 0xfe10 && code <= 0xfe6f) return false; // vertical and small forms
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  if (code >= 0xff1a && code <= 0xff20) return false;
  if (code >= 0xff3b && code <= 0xff40) return false;
  if (code >= 0xff5b && code <= 0xff65) return false;
  return code < 0xfff0;
}

function isApostropheCode(code: number): boolean {
  return code === APOSTROPHE || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

function isSentenceEndCode(code: number): boolean {
  return sentenceMarkOf(code) !== NO_MARK;
}

function sentenceMarkOf(code: number): number {
  if (code === 63 || code === 0xff1f || code === 0x203d) return QUESTION_MARK;
  if (code === 33 || code === 0xff01) return EXCLAMATION_MARK;
  if (code === 46 || code === 0x2026 || code === 0x3002) return PERIOD_MARK;
  return NO_MARK;
}

function isLineBreakCode(code: number): boolean {
  return (
    code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85 || code === 11 || code === 12
  );
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680
  );
}

/** Closing quotes and brackets may sit between a sentence's final mark and the next space. */
function isCloserCode(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 41 ||
    code === 93 ||
    code === 125 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x203a
  );
}

// Character classes, precomputed for ASCII (nearly every character of an English reply).
const WORD = 1;
const SENTENCE_END = 2;
const LINE_BREAK = 4;
const SPACE_CLASS = 8;
const CLOSER = 16;
const APOSTROPHE_CLASS = 32;

function classify(code: number): number {
  return (
    (isWordCode(code) ? WORD : 0) |
    (isSentenceEndCode(code) ? SENTENCE_END : 0) |
    (isLineBreakCode(code) ? LINE_BREAK : 0) |
    (isSpaceCode(code) ? SPACE_CLASS : 0) |
    (isCloserCode(code) ? CLOSER : 0) |
    (isApostropheCode(code) ? APOSTROPHE_CLASS : 0)
  );
}

const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
const ASCII_FOLDED = Uint8Array.from({ length: 128 }, (_, code) => foldCode(code));

export interface HashPair {
  key: number;
  check: number;
}

/**
 * Appends a word to an n-gram hash. The rotation makes the order count ("could you" differs
 * from "you could"); the multiplier spreads the bits again.
 */
function extendKey(ngramKey: number, wordKey: number): number {
  return Math.imul(((ngramKey << 7) | (ngramKey >>> 25)) ^ wordKey, KEY_PRIME);
}

function extendCheck(ngramCheck: number, wordCheck: number): number {
  return Math.imul(((ngramCheck << 11) | (ngramCheck >>> 21)) ^ wordCheck, CHECK_PRIME);
}

function hashWord(word: string): HashPair {
  let key = KEY_SEED;
  let check = CHECK_SEED;
  for (let i = 0; i < word.length; i++) {
    const code = foldCode(word.charCodeAt(i));
    key = Math.imul(key ^ code, KEY_PRIME);
    check = Math.imul(check ^ code, CHECK_PRIME);
  }
  return { key, check };
}

/** Hash of an n-gram written as words separated by single spaces ("could you"), as scan() computes it in text. */
export function hashNgram(ngram: string): HashPair {
  const words = ngram.split(' ');
  let { key, check } = hashWord(words[0]!);
  for (let i = 1; i < words.length; i++) {
    const word = hashWord(words[i]!);
    key = extendKey(key, word.key);
    check = extendCheck(check, word.check);
  }
  return { key: key & KEY_MASK, check };
}

/** The folded form of text[start, end) as the scanner hashes it. */
export function foldToken(text: string, start: number, end: number): string {
  let folded = '';
  for (let i = start; i < end; i++) folded += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return folded;
}

/**
 * Open addressing over (key, check) pairs with linear probing. Values are non-negative ints.
 * Grows to keep the load under one half, so lookups stay a probe or two.
 */
export class NgramTable {
  private keys: Int32Array;
  private checks: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expectedEntries: number) {
    let capacity = 16;
    while (capacity < expectedEntries * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.checks = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  get(key: number, check: number): number {
    const keys = this.keys;
    let slot = key & this.mask;
    for (;;) {
      const stored = keys[slot]!;
      if (stored === -1) return -1;
      if (stored === key && this.checks[slot] === check) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  set(key: number, check: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    let slot = key & this.mask;
    for (;;) {
      const stored = this.keys[slot]!;
      if (stored === -1) {
        this.keys[slot] = key;
        this.checks[slot] = check;
        this.values[slot] = value;
        this.count++;
        return;
      }
      if (stored === key && this.checks[slot] === check) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, checks, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.checks = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== -1) this.set(keys[slot]!, checks[slot]!, values[slot]!);
    }
  }
}

const SENTENCE_START = hashWord(SENTENCE_START_MARKER);
const MARK_HASHES = SENTENCE_MARK_WORDS.map(hashWord);

// The phrase table: one entry per distinct phrase, with a bit mask of strategies per position.
const phraseTable = new NgramTable(1024);
const phraseAnywhere: number[] = [];
const phraseAtStart: number[] = [];
const phraseNotAtStart: number[] = [];

function addPhrase(phrase: string, strategyIndex: number, position: 0 | 1 | 2): void {
  const { key, check } = hashNgram(phrase);
  let entry = phraseTable.get(key, check);
  if (entry < 0) {
    entry = phraseAnywhere.length;
    phraseAnywhere.push(0);
    phraseAtStart.push(0);
    phraseNotAtStart.push(0);
    phraseTable.set(key, check, entry);
  }
  const bit = 1 << strategyIndex;
  if (position === 0) phraseAnywhere[entry]! |= bit;
  else if (position === 1) phraseAtStart[entry]! |= bit;
  else phraseNotAtStart[entry]! |= bit;
}

STRATEGIES.forEach((strategy, index) => {
  const definition: { anywhere?: readonly string[]; start?: readonly string[]; notStart?: readonly string[] } =
    strategy;
  for (const phrase of definition.anywhere ?? []) addPhrase(phrase, index, 0);
  for (const phrase of definition.start ?? []) addPhrase(phrase, index, 1);
  for (const phrase of definition.notStart ?? []) addPhrase(phrase, index, 2);
});

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

const INITIAL_TOKENS = 1024;
const INITIAL_HITS = 512;
/** Buffers grown past this for a huge text are dropped on the next call rather than kept. */
const RETAINED_CAPACITY = 1 << 16;

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

let result = createResult(INITIAL_TOKENS, INITIAL_HITS);

function growTokens(): void {
  result.tokenStart = grownInt32(result.tokenStart);
  result.tokenEnd = grownInt32(result.tokenEnd);
  result.tokenSentence = grownInt32(result.tokenSentence);
  result.unigramKey = grownInt32(result.unigramKey);
  result.unigramCheck = grownInt32(result.unigramCheck);
  result.bigramKey = grownInt32(result.bigramKey);
  result.bigramCheck = grownInt32(result.bigramCheck);
  result.sentenceMark = grownInt32(result.sentenceMark);
  result.markKey = grownInt32(result.markKey);
  result.markCheck = grownInt32(result.markCheck);
  result.markBigramKey = grownInt32(result.markBigramKey);
  result.markBigramCheck = grownInt32(result.markBigramCheck);
}

function growHits(): void {
  result.hitStrategy = grownInt32(result.hitStrategy);
  result.hitStart = grownInt32(result.hitStart);
  result.hitEnd = grownInt32(result.hitEnd);
  result.hitSentence = grownInt32(result.hitSentence);
}

function pushHits(mask: number, start: number, end: number, sentence: number): void {
  let remaining = mask;
  while (remaining !== 0) {
    const lowest = remaining & -remaining;
    remaining ^= lowest;
    if (result.hitCount === result.hitStrategy.length) growHits();
    const at = result.hitCount++;
    result.hitStrategy[at] = 31 - Math.clz32(lowest);
    result.hitStart[at] = start;
    result.hitEnd[at] = end;
    result.hitSentence[at] = sentence;
  }
}

/** Looks up the n-gram of `words` tokens ending at token `last` and records the strategies it signals. */
function matchPhrase(key: number, check: number, words: number, last: number, sentenceWordsBefore: number): void {
  const entry = phraseTable.get(key & KEY_MASK, check);
  if (entry < 0) return;
  const first = last - words + 1;
  const opensSentence = words - 1 === sentenceWordsBefore;
  const mask = phraseAnywhere[entry]! | (opensSentence ? phraseAtStart[entry]! : phraseNotAtStart[entry]!);
  if (mask !== 0) pushHits(mask, result.tokenStart[first]!, result.tokenEnd[last]!, result.tokenSentence[last]!);
}

/** Scans text in one pass. The returned object is reused by the next call. */
export function scan(text: string): ScanResult {
  if (result.tokenStart.length > RETAINED_CAPACITY || result.hitStrategy.length > RETAINED_CAPACITY) {
    result = createResult(INITIAL_TOKENS, INITIAL_HITS);
  }
  result.text = text;
  result.tokenCount = 0;
  result.hitCount = 0;

  // Local views of the token arrays, refreshed when they grow.
  let {
    tokenStart: tokenStarts,
    tokenEnd: tokenEnds,
    tokenSentence: tokenSentences,
    unigramKey: unigramKeys,
    unigramCheck: unigramChecks,
    bigramKey: bigramKeys,
    bigramCheck: bigramChecks,
  } = result;
  const length = text.length;
  let sentence = 0;
  let sentenceWords = 0;
  let pendingSentenceEnd = false;
  // The strongest mark seen since the sentence's last word (a word after it starts afresh: "3.5").
  let mark = NO_MARK;
  let inToken = false;
  let tokenStart = 0;
  // Hashes of the 1..3-grams ending at the previous token, and the running hash of the current word.
  let previousKey1 = 0,
    previousCheck1 = 0,
    previousKey2 = 0,
    previousCheck2 = 0,
    previousKey3 = 0,
    previousCheck3 = 0;
  let wordKey = 0,
    wordCheck = 0;

  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : -1;
    // The end of the text acts as a line break: it closes the last token and sentence.
    const kind = code < 0 ? LINE_BREAK : code < 128 ? ASCII_CLASSES[code]! : classify(code);
    const isWord =
      (kind & WORD) !== 0 ||
      ((kind & APOSTROPHE_CLASS) !== 0 && inToken && i + 1 < length && isWordCode(text.charCodeAt(i + 1)));

    if (isWord) {
      if (!inToken) {
        inToken = true;
        tokenStart = i;
        mark = NO_MARK;
        wordKey = KEY_SEED;
        wordCheck = CHECK_SEED;
      }
      const folded = code < 128 ? ASCII_FOLDED[code]! : foldCode(code);
      wordKey = Math.imul(wordKey ^ folded, KEY_PRIME);
      wordCheck = Math.imul(wordCheck ^ folded, CHECK_PRIME);
      pendingSentenceEnd = false;
      continue;
    }

    if (inToken) {
      inToken = false;
      const token = result.tokenCount++;
      if (token === tokenStarts.length) {
        growTokens();
        ({
          tokenStart: tokenStarts,
          tokenEnd: tokenEnds,
          tokenSentence: tokenSentences,
          unigramKey: unigramKeys,
          unigramCheck: unigramChecks,
          bigramKey: bigramKeys,
          bigramCheck: bigramChecks,
        } = result);
      }
      // The sentence's first word pairs with the start marker; later words with the word before.
      const opensSentence = sentenceWords === 0;
      const key2 = extendKey(opensSentence ? SENTENCE_START.key : previousKey1, wordKey);
      const check2 = extendCheck(opensSentence ? SENTENCE_START.check : previousCheck1, wordCheck);
      tokenStarts[token] = tokenStart;
      tokenEnds[token] = i;
      tokenSentences[token] = sentence;
      unigramKeys[token] = wordKey & KEY_MASK;
      unigramChecks[token] = wordCheck;
      bigramKeys[token] = key2 & KEY_MASK;
      bigramChecks[token] = check2;
      matchPhrase(wordKey, wordCheck, 1, token, sentenceWords);
      let key3 = 0,
        check3 = 0;
      if (sentenceWords >= 1) matchPhrase(key2, check2, 2, token, sentenceWords);
      if (sentenceWords >= 2) {
        key3 = extendKey(previousKey2, wordKey);
        check3 = extendCheck(previousCheck2, wordCheck);
        matchPhrase(key3, check3, 3, token, sentenceWords);
      }
      if (sentenceWords >= 3 && MAX_PHRASE_WORDS >= 4) {
        matchPhrase(extendKey(previousKey3, wordKey), extendCheck(previousCheck3, wordCheck), 4, token, sentenceWords);
      }
      previousKey1 = wordKey;
      previousCheck1 = wordCheck;
      previousKey2 = key2;
      previousCheck2 = check2;
      previousKey3 = key3;
      previousCheck3 = check3;
      sentenceWords++;
    }

    if ((kind & SENTENCE_END) !== 0) {
      pendingSentenceEnd = true;
      mark = Math.max(mark, sentenceMarkOf(code));
    } else if ((kind & LINE_BREAK) !== 0 || (pendingSentenceEnd && (kind & SPACE_CLASS) !== 0)) {
      pendingSentenceEnd = false;
      if (sentenceWords > 0) {
        result.sentenceMark[sentence] = mark;
        if (mark !== NO_MARK) {
          const markHash = MARK_HASHES[mark]!;
          result.markKey[sentence] = markHash.key & KEY_MASK;
          result.markCheck[sentence] = markHash.check;
          result.markBigramKey[sentence] = extendKey(previousKey1, markHash.key) & KEY_MASK;
          result.markBigramCheck[sentence] = extendCheck(previousCheck1, markHash.check);
        }
        mark = NO_MARK;
        sentence++;
        sentenceWords = 0;
      }
    } else if ((kind & (CLOSER | SPACE_CLASS)) === 0) {
      // "3.5", "example.com", "e.g.," : a mark followed by anything but a space ends nothing.
      pendingSentenceEnd = false;
    }
  }

  result.sentenceCount = sentence;
  return result;
}
