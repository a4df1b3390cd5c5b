// Decides whether the reply is English before coaching it. Only clear cases are withheld: a
// reply in another script, or one whose function words belong mostly to another language.
// Short or mixed replies are treated as English.

import { FUNCTION_WORDS } from '../data/language';
import type { LanguageInfo } from '../types';
import { codePointWidth } from './reply-lines';

/** About 300 words: plenty to tell languages apart, and it keeps long replies cheap. */
const SAMPLE_CHARS = 2000;
const MIN_WORDS = 5;
const MIN_LETTERS_FOR_SCRIPT = 12;
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A letter or apostrophe at lastIndex: what the words the detector counts are made of. */
const WORD_CHAR_AT = /[\p{L}'’]/uy;

const LANGUAGE_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) {
    const languages = LANGUAGE_OF.get(word) ?? [];
    languages.push(language);
    LANGUAGE_OF.set(word, languages);
  }
}

/** Counts letters and Latin-script letters; ASCII is decided without a regex. */
function countLetters(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const char = sample.slice(index, index + 2);
      index++;
      if (LETTER.test(char)) {
        letters++;
        if (LATIN_LETTER.test(char)) latin++;
      }
      continue;
    }
    const char = sample[index]!;
    if (LETTER.test(char)) {
      letters++;
      if (LATIN_LETTER.test(char)) latin++;
    }
  }
  return { letters, latin };
}

/** The width of the letter or apostrophe at `index`, or 0 when there is none; ASCII without a regex. */
function wordCharWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  WORD_CHAR_AT.lastIndex = index;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - index : 0;
}

export function detectLanguage(masked: string, from: number, to: number): LanguageInfo {
  const sample = masked.slice(from, Math.min(to, from + SAMPLE_CHARS));
  const { letters, latin } = countLetters(sample);
  if (letters >= MIN_LETTERS_FOR_SCRIPT && latin < letters * 0.5) {
    return {
      supported: false,
      note: 'This reply is not in the Latin script, and Tactful only coaches English for now.',
    };
  }
  const hits = new Map<string, number>();
  let words = 0;
  // Read as /[\p{L}'’]+/gu would, without a match array per word.
  for (let at = 0; at < sample.length;) {
    let end = at;
    for (let width = wordCharWidth(sample, end); width > 0; width = wordCharWidth(sample, end)) end += width;
    if (end === at) {
      at += codePointWidth(sample, at);
      continue;
    }
    words++;
    const word = sample.slice(at, end).toLowerCase();
    at = end;
    const languages = LANGUAGE_OF.get(word.includes('’') ? word.replace(/’/g, "'") : word);
    if (!languages) continue;
    for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  if (words < MIN_WORDS) return { supported: true };
  const english = hits.get('english') ?? 0;
  let rival = '';
  let rivalHits = 0;
  for (const [language, total] of hits) {
    if (language !== 'english' && total > rivalHits) {
      rival = language;
      rivalHits = total;
    }
  }
  // Another language must clearly outweigh English, not merely share a few words with it.
  if (rivalHits >= 3 && rivalHits > english * 2) {
    const name = rival[0]!.toUpperCase() + rival.slice(1);
    return {
      supported: false,
      note: `This reply looks like ${name}; Tactful only coaches English for now, so no suggestions are shown.`,
    };
  }
  return { supported: true };
}
