// Decides whether the reply is English before coaching it. Only clear cases are withheld: a
// reply in another script, or one whose function words belong mostly to another language.
// Short or mixed replies are treated as English.

import { FUNCTION_WORDS } from '../data/language';
import type { LanguageInfo } from '../types';

/** About 300 words: plenty to tell languages apart, and it keeps long replies cheap. */
const SAMPLE_CHARS = 2000;
const MIN_WORDS = 5;
const MIN_LETTERS_FOR_SCRIPT = 12;
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const WORD = /[\p{L}'’]+/gu;

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
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(sample)) !== null) {
    words++;
    const word = match[0].toLowerCase();
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
