import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NgramTable, SENTENCE_MARK_WORDS, SENTENCE_START_MARKER, foldToken, hashNgram, scan } from './scan';

function tokens(text: string): string[] {
  const scanned = scan(text);
  return Array.from({ length: scanned.tokenCount }, (_, token) =>
    text.slice(scanned.tokenStart[token]!, scanned.tokenEnd[token]!),
  );
}

function sentences(text: string): string[][] {
  const scanned = scan(text);
  const result: string[][] = Array.from({ length: scanned.sentenceCount }, () => []);
  for (let token = 0; token < scanned.tokenCount; token++) {
    result[scanned.tokenSentence[token]!]!.push(text.slice(scanned.tokenStart[token]!, scanned.tokenEnd[token]!));
  }
  return result;
}

describe('tokens', () => {
  it.each([
    ["Don't worry, it's fixed.", ["Don't", 'worry', "it's", 'fixed']],
    ['We’ve sent it', ['We’ve', 'sent', 'it']],
    ["the users' files", ['the', 'users', 'files']],
    ["''Bold'' text", ['Bold', 'text']],
    ['e-mail at 10:30', ['e', 'mail', 'at', '10', '30']],
    ['Café déjà vu', ['Café', 'déjà', 'vu']],
    ['ok👍thanks', ['ok', 'thanks']],
    ['a\u00a0b\u200bc', ['a', 'b', 'c']],
  ])('%j -> %j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('folds ASCII case, digits and curly apostrophes', () => {
    expect(foldToken('I’M 2013', 0, 8)).toBe("i'm 0000");
  });
});

describe('sentences', () => {
  it.each([
    [
      'Hi Sam,\nThanks for writing. Could you check? Yes!',
      [['Hi', 'Sam'], ['Thanks', 'for', 'writing'], ['Could', 'you', 'check'], ['Yes']],
    ],
    ['Version 3.5 is on example.com now.', [['Version', '3', '5', 'is', 'on', 'example', 'com', 'now']]],
    [
      'He said "stop." Then left.',
      [
        ['He', 'said', 'stop'],
        ['Then', 'left'],
      ],
    ],
    ['Really?! Yes.', [['Really'], ['Yes']]],
    ['\n\n...\n  \n', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('sentence marks', () => {
  function marks(text: string): (string | null)[] {
    const scanned = scan(text);
    return Array.from(
      { length: scanned.sentenceCount },
      (_, sentence) => SENTENCE_MARK_WORDS[scanned.sentenceMark[sentence]!] ?? null,
    );
  }

  it.each([
    ['Could you check? Yes!', ['?', '!']],
    ['Hi Sam,\nThanks for writing.', [null, '.']],
    ['Really?! Yes.', ['?', '.']],
    ['What!? No…', ['?', '.']],
    ['Version 3.5 is out', [null]],
    ['See example.com. Done', ['.', null]],
    ['He said "stop." Then left', ['.', null]],
    ['Why (again)? Fine', ['?', null]],
    ['Full width？ Yes！', ['?', '!']],
  ])('%j -> %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it('hashes the mark and the bigram of the last word with it as hashNgram does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom('.', '!', '?', '?!', '...'),
        (words, mark) => {
          const text = `${words}${mark} Thanks!`;
          const scanned = scan(text);
          for (let token = 0; token < scanned.tokenCount; token++) {
            const sentence = scanned.tokenSentence[token]!;
            const last = token + 1 === scanned.tokenCount || scanned.tokenSentence[token + 1] !== sentence;
            const markWord = SENTENCE_MARK_WORDS[scanned.sentenceMark[sentence]!];
            if (!last || markWord === undefined) continue;
            const word = foldToken(text, scanned.tokenStart[token]!, scanned.tokenEnd[token]!);
            expect(hashNgram(markWord)).toEqual({ key: scanned.markKey[sentence], check: scanned.markCheck[sentence] });
            expect(hashNgram(`${word} ${markWord}`)).toEqual({
              key: scanned.markBigramKey[sentence],
              check: scanned.markBigramCheck[sentence],
            });
          }
          expect(SENTENCE_MARK_WORDS[scanned.sentenceMark[scanned.sentenceCount - 1]!]).toBe('!');
        },
      ),
    );
  });
});

describe('hashing', () => {
  it('hashes n-grams in text exactly as hashNgram hashes the folded string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 40 }), (a, b) => {
        const text = `${a} ${b}. Could YOU, please?`;
        const scanned = scan(text);
        for (let token = 0; token < scanned.tokenCount; token++) {
          const word = foldToken(text, scanned.tokenStart[token]!, scanned.tokenEnd[token]!);
          expect(hashNgram(word)).toEqual({ key: scanned.unigramKey[token], check: scanned.unigramCheck[token] });
          const opens = token === 0 || scanned.tokenSentence[token - 1] !== scanned.tokenSentence[token];
          const before = opens
            ? SENTENCE_START_MARKER
            : foldToken(text, scanned.tokenStart[token - 1]!, scanned.tokenEnd[token - 1]!);
          expect(hashNgram(`${before} ${word}`)).toEqual({
            key: scanned.bigramKey[token],
            check: scanned.bigramCheck[token],
          });
        }
      }),
    );
  });

  it('tells word order apart', () => {
    expect(hashNgram('could you')).not.toEqual(hashNgram('you could'));
  });
});

describe('NgramTable', () => {
  // Digits all fold to 0, so the test words are spelled in letters.
  const word = (value: number) => value.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)]!);

  it('finds what was set, misses the rest, and survives growth', () => {
    const table = new NgramTable(2);
    for (let value = 0; value < 500; value++) {
      const { key, check } = hashNgram(word(value));
      table.set(key, check, value);
    }
    expect(table.size).toBe(500);
    for (let value = 0; value < 500; value++) {
      const { key, check } = hashNgram(word(value));
      expect(table.get(key, check)).toBe(value);
    }
    const { key, check } = hashNgram('absent');
    expect(table.get(key, check)).toBe(-1);
  });
});

describe('scan on any input', () => {
  it('keeps offsets in range and ordered', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const scanned = scan(text);
        let previousEnd = 0;
        for (let token = 0; token < scanned.tokenCount; token++) {
          expect(scanned.tokenStart[token]!).toBeGreaterThanOrEqual(previousEnd);
          expect(scanned.tokenEnd[token]!).toBeGreaterThan(scanned.tokenStart[token]!);
          expect(scanned.tokenEnd[token]!).toBeLessThanOrEqual(text.length);
          previousEnd = scanned.tokenEnd[token]!;
        }
        for (let hit = 0; hit < scanned.hitCount; hit++) {
          expect(scanned.hitStart[hit]!).toBeLessThan(scanned.hitEnd[hit]!);
          expect(scanned.hitEnd[hit]!).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });

  it('handles texts longer than its initial buffers, then small ones again', () => {
    const long = 'Thanks so much, could you please check it? '.repeat(20_000);
    const scanned = scan(long);
    expect(scanned.tokenCount).toBe(8 * 20_000);
    expect(scanned.sentenceCount).toBe(20_000);
    expect(tokens('Thanks again.')).toEqual(['Thanks', 'again']);
  });
});
