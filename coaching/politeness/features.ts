// The politeness model's features, spelled out by name. The trainer uses this readable form; the
// shipped scorer (model.ts) computes the same values straight from the scan buffers, and a test
// checks that the two agree.
//
// Length normalisation. The training texts are short Wikipedia requests, almost all exactly two
// sentences; the engine scores whole support replies of ten or twenty sentences. Counting
// features over a whole reply would push long replies to an extreme only because they are long
// (every strategy fires somewhere in a long email, and the logit grows with the number of cues).
// So the model reads a text the way it was trained: in windows of two consecutive sentences
// (one window for a one-sentence text). A feature's value is the share of windows in which it
// fires (0 or 1 for a two-sentence text, as in training), and the logit of the text is the mean
// of its windows' logits. One rude sentence in a long reply still moves the score, but by its
// share of the reply rather than by the reply's length.

import { SCANNER_VERSION, SENTENCE_MARK_WORDS, SENTENCE_START_MARKER, foldToken, scan } from './scan';
import { STRATEGIES } from './strategies';

export const WINDOW_SENTENCES = 2;
/** Unigrams and bigrams; a sentence's closing mark counts as its last word (scan.ts). */
export const NGRAM_ORDERS = [1, 2] as const;

/** Prefixes that keep strategy ids and n-grams apart ("please" is both). */
export const STRATEGY_FEATURE_PREFIX = 's:';
export const NGRAM_FEATURE_PREFIX = 'n:';

function hashHex(text: string, seed: number, prime: number): string {
  let hash = seed | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), prime);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Fingerprint of everything that decides what the features are: scanner, windows, n-gram
 * orders and every strategy phrase. weights.json stores the value it was trained with.
 */
export function featureSchemaHash(): string {
  const schema = JSON.stringify({
    scanner: SCANNER_VERSION,
    windowSentences: WINDOW_SENTENCES,
    ngramOrders: NGRAM_ORDERS,
    sentenceMarks: SENTENCE_MARK_WORDS,
    strategies: STRATEGIES,
  });
  return hashHex(schema, 0x811c9dc5, 0x01000193) + hashHex(schema, 0x2545f491, 0x5bd1e995);
}

/**
 * Every feature of the text with its value (the share of two-sentence windows where it fires).
 * Keys are STRATEGY_FEATURE_PREFIX + strategy id, or NGRAM_FEATURE_PREFIX + folded n-gram
 * ("n:could you"). Allocates freely: for training and tests, not for the engine's hot path.
 */
export function namedFeatures(text: string): Map<string, number> {
  const scanned = scan(text);
  const sentences: Set<string>[] = [];
  for (let s = 0; s < scanned.sentenceCount; s++) sentences.push(new Set());
  for (let hit = 0; hit < scanned.hitCount; hit++) {
    sentences[scanned.hitSentence[hit]!]!.add(STRATEGY_FEATURE_PREFIX + STRATEGIES[scanned.hitStrategy[hit]!]!.id);
  }
  for (let token = 0; token < scanned.tokenCount; token++) {
    const words = sentences[scanned.tokenSentence[token]!]!;
    const word = foldToken(scanned.text, scanned.tokenStart[token]!, scanned.tokenEnd[token]!);
    words.add(NGRAM_FEATURE_PREFIX + word);
    const before = token - 1;
    const opensSentence = before < 0 || scanned.tokenSentence[before] !== scanned.tokenSentence[token];
    const previousWord = opensSentence
      ? SENTENCE_START_MARKER
      : foldToken(scanned.text, scanned.tokenStart[before]!, scanned.tokenEnd[before]!);
    words.add(`${NGRAM_FEATURE_PREFIX}${previousWord} ${word}`);
    const closesSentence =
      token + 1 === scanned.tokenCount || scanned.tokenSentence[token + 1] !== scanned.tokenSentence[token];
    const mark = scanned.sentenceMark[scanned.tokenSentence[token]!]!;
    if (closesSentence && mark >= 0) {
      const markWord = SENTENCE_MARK_WORDS[mark]!;
      words.add(NGRAM_FEATURE_PREFIX + markWord);
      words.add(`${NGRAM_FEATURE_PREFIX}${word} ${markWord}`);
    }
  }

  const features = new Map<string, number>();
  if (sentences.length === 0) return features;
  const windows: Set<string>[] =
    sentences.length === 1
      ? [sentences[0]!]
      : sentences.slice(1).map((sentence, index) => new Set([...sentences[index]!, ...sentence]));
  const share = 1 / windows.length;
  for (const window of windows) {
    for (const feature of window) features.set(feature, (features.get(feature) ?? 0) + share);
  }
  return features;
}
