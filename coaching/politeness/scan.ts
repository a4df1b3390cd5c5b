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

import {
  APOSTROPHE_CLASS,
  ASCII_CLASSES,
  ASCII_FOLDED,
  CLOSER,
  LINE_BREAK,
  NO_MARK,
  SENTENCE_END,
  SENTENCE_MARK_WORDS,
  SPACE_CLASS,
  WORD,
  classify,
  foldCode,
  isWordCode,
  sentenceMarkOf,
} from './characters';
import { CHECK_SEED, KEY_MASK, KEY_SEED, addToCheck, addToKey, extendCheck, extendKey, hashWord } from './ngram-hash';
import { phraseStrategies } from './phrase-table';
import { growTokens, pushHits, reusableResult, type ScanResult } from './scan-result';
import { MAX_PHRASE_WORDS } from './strategies';

export { SENTENCE_MARK_WORDS, foldCode, isWordCode } from './characters';
export { foldToken, hashNgram, type HashPair } from './ngram-hash';
export { NgramTable } from './ngram-table';
export type { ScanResult } from './scan-result';

/** Bump when tokenising, hashing or sentence splitting changes: it is part of the feature schema. */
export const SCANNER_VERSION = 2;

/**
 * The first word of a sentence also forms a bigram with this marker ("^ why"), so the n-gram
 * features see sentence openings, which the paper found to matter (please vs. sentence-initial please).
 * "^" is never part of a token, so the marker cannot be confused with a word.
 */
export const SENTENCE_START_MARKER = '^';

const SENTENCE_START = hashWord(SENTENCE_START_MARKER);
const MARK_HASHES = SENTENCE_MARK_WORDS.map(hashWord);

/** Where one pass over a text stands: the token and sentence being read and the n-grams before it. */
class Scanner {
  result: ScanResult = reusableResult(null);
  private sentence = 0;
  private sentenceWords = 0;
  private pendingSentenceEnd = false;
  // The strongest mark seen since the sentence's last word (a word after it starts afresh: "3.5").
  private mark = NO_MARK;
  private inToken = false;
  private tokenStart = 0;
  // Hashes of the 1..3-grams ending at the previous token, and the running hash of the current word.
  private previousKey1 = 0;
  private previousCheck1 = 0;
  private previousKey2 = 0;
  private previousCheck2 = 0;
  private previousKey3 = 0;
  private previousCheck3 = 0;
  private wordKey = 0;
  private wordCheck = 0;

  scan(text: string): ScanResult {
    this.start(text);
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : -1;
      // The end of the text acts as a line break: it closes the last token and sentence.
      const kind = code < 0 ? LINE_BREAK : code < 128 ? ASCII_CLASSES[code]! : classify(code);
      const isWord =
        (kind & WORD) !== 0 ||
        ((kind & APOSTROPHE_CLASS) !== 0 && this.inToken && i + 1 < length && isWordCode(text.charCodeAt(i + 1)));
      if (isWord) {
        this.readWordCharacter(code, i);
        continue;
      }
      if (this.inToken) this.closeToken(i);
      this.readBoundary(code, kind);
    }
    this.result.sentenceCount = this.sentence;
    return this.result;
  }

  private start(text: string): void {
    this.result = reusableResult(this.result);
    this.result.text = text;
    this.result.tokenCount = 0;
    this.result.hitCount = 0;
    this.sentence = 0;
    this.sentenceWords = 0;
    this.pendingSentenceEnd = false;
    this.mark = NO_MARK;
    this.inToken = false;
    this.tokenStart = 0;
    this.previousKey1 = this.previousCheck1 = this.previousKey2 = this.previousCheck2 = 0;
    this.previousKey3 = this.previousCheck3 = this.wordKey = this.wordCheck = 0;
  }

  private readWordCharacter(code: number, at: number): void {
    if (!this.inToken) {
      this.inToken = true;
      this.tokenStart = at;
      this.mark = NO_MARK;
      this.wordKey = KEY_SEED;
      this.wordCheck = CHECK_SEED;
    }
    const folded = code < 128 ? ASCII_FOLDED[code]! : foldCode(code);
    this.wordKey = addToKey(this.wordKey, folded);
    this.wordCheck = addToCheck(this.wordCheck, folded);
    this.pendingSentenceEnd = false;
  }

  /** Records the token that ends at `end`, with its n-grams, and the strategy phrases ending with it. */
  private closeToken(end: number): void {
    this.inToken = false;
    const result = this.result;
    const token = result.tokenCount++;
    if (token === result.tokenStart.length) growTokens(result);
    const { wordKey, wordCheck, sentenceWords } = this;
    // The sentence's first word pairs with the start marker; later words with the word before.
    const opensSentence = sentenceWords === 0;
    const key2 = extendKey(opensSentence ? SENTENCE_START.key : this.previousKey1, wordKey);
    const check2 = extendCheck(opensSentence ? SENTENCE_START.check : this.previousCheck1, wordCheck);
    result.tokenStart[token] = this.tokenStart;
    result.tokenEnd[token] = end;
    result.tokenSentence[token] = this.sentence;
    result.unigramKey[token] = wordKey & KEY_MASK;
    result.unigramCheck[token] = wordCheck;
    result.bigramKey[token] = key2 & KEY_MASK;
    result.bigramCheck[token] = check2;
    this.matchPhrase(wordKey, wordCheck, 1, token);
    let key3 = 0,
      check3 = 0;
    if (sentenceWords >= 1) this.matchPhrase(key2, check2, 2, token);
    if (sentenceWords >= 2) {
      key3 = extendKey(this.previousKey2, wordKey);
      check3 = extendCheck(this.previousCheck2, wordCheck);
      this.matchPhrase(key3, check3, 3, token);
    }
    if (sentenceWords >= 3 && MAX_PHRASE_WORDS >= 4) {
      this.matchPhrase(extendKey(this.previousKey3, wordKey), extendCheck(this.previousCheck3, wordCheck), 4, token);
    }
    this.previousKey1 = wordKey;
    this.previousCheck1 = wordCheck;
    this.previousKey2 = key2;
    this.previousCheck2 = check2;
    this.previousKey3 = key3;
    this.previousCheck3 = check3;
    this.sentenceWords++;
  }

  /** Looks up the n-gram of `words` tokens ending at token `last` and records the strategies it signals. */
  private matchPhrase(key: number, check: number, words: number, last: number): void {
    const mask = phraseStrategies(key, check, words - 1 === this.sentenceWords);
    if (mask === 0) return;
    const result = this.result;
    const first = last - words + 1;
    pushHits(result, mask, result.tokenStart[first]!, result.tokenEnd[last]!, result.tokenSentence[last]!);
  }

  /** A character between words: it may end the sentence, or cancel a mark that seemed to. */
  private readBoundary(code: number, kind: number): void {
    if ((kind & SENTENCE_END) !== 0) {
      this.pendingSentenceEnd = true;
      this.mark = Math.max(this.mark, sentenceMarkOf(code));
    } else if ((kind & LINE_BREAK) !== 0 || (this.pendingSentenceEnd && (kind & SPACE_CLASS) !== 0)) {
      this.pendingSentenceEnd = false;
      if (this.sentenceWords > 0) this.closeSentence();
    } else if ((kind & (CLOSER | SPACE_CLASS)) === 0) {
      // "3.5", "example.com", "e.g.," : a mark followed by anything but a space ends nothing.
      this.pendingSentenceEnd = false;
    }
  }

  /** Records the sentence's closing mark, read as one more word of it, and starts the next sentence. */
  private closeSentence(): void {
    const { result, sentence, mark } = this;
    result.sentenceMark[sentence] = mark;
    if (mark !== NO_MARK) {
      const markHash = MARK_HASHES[mark]!;
      result.markKey[sentence] = markHash.key & KEY_MASK;
      result.markCheck[sentence] = markHash.check;
      result.markBigramKey[sentence] = extendKey(this.previousKey1, markHash.key) & KEY_MASK;
      result.markBigramCheck[sentence] = extendCheck(this.previousCheck1, markHash.check);
    }
    this.mark = NO_MARK;
    this.sentence++;
    this.sentenceWords = 0;
  }
}

const scanner = new Scanner();

/** Scans text in one pass. The returned object is reused by the next call. */
export function scan(text: string): ScanResult {
  return scanner.scan(text);
}
