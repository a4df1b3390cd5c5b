// Hashes of words and n-grams, computed as characters stream past: a word is hashed character by
// character, and an n-gram's hash combines the hash of the (n-1)-gram before it with the new
// word's, so no n-gram is ever built as a string.
//
// Two independent 32-bit multiplicative hashes (FNV-1a style over a word's characters). The
// first picks the table slot, the second confirms the match, so a stray n-gram is taken for a
// known one with odds of about one in 2^62 rather than one in 2^30.

import { foldCode } from './characters';

export const KEY_SEED = 0x811c9dc5 | 0;
const KEY_PRIME = 0x01000193;
export const CHECK_SEED = 0x2545f491 | 0;
const CHECK_PRIME = 0x5bd1e995 | 0;
/** Slot keys keep 30 bits: V8 stores them as small integers, never as boxed numbers. */
export const KEY_MASK = 0x3fffffff;

export interface HashPair {
  key: number;
  check: number;
}

/** Adds a folded character to a word's key hash. */
export function addToKey(wordKey: number, folded: number): number {
  return Math.imul(wordKey ^ folded, KEY_PRIME);
}

/** Adds a folded character to a word's check hash. */
export function addToCheck(wordCheck: number, folded: number): number {
  return Math.imul(wordCheck ^ folded, CHECK_PRIME);
}

/**
 * Appends a word to an n-gram hash. The rotation makes the order count ("could you" differs
 * from "you could"); the multiplier spreads the bits again.
 */
export function extendKey(ngramKey: number, wordKey: number): number {
  return Math.imul(((ngramKey << 7) | (ngramKey >>> 25)) ^ wordKey, KEY_PRIME);
}

export function extendCheck(ngramCheck: number, wordCheck: number): number {
  return Math.imul(((ngramCheck << 11) | (ngramCheck >>> 21)) ^ wordCheck, CHECK_PRIME);
}

export function hashWord(word: string): HashPair {
  let key = KEY_SEED;
  let check = CHECK_SEED;
  for (let i = 0; i < word.length; i++) {
    const code = foldCode(word.charCodeAt(i));
    key = addToKey(key, code);
    check = addToCheck(check, code);
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
