// How the politeness scanner reads each character: which ones make words, end sentences, break
// lines, space words apart or close a quotation, and how a word character is folded before it is
// hashed (see scan.ts for the tokenising rules these implement).

const APOSTROPHE = 39;

/** The word a sentence's closing mark reads as. When marks pile up ("?!"), a question mark wins, then "!". */
export const SENTENCE_MARK_WORDS = ['.', '!', '?'] as const;
export const NO_MARK = -1;
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

/** The index into SENTENCE_MARK_WORDS of the mark `code` reads as, or NO_MARK. */
export function sentenceMarkOf(code: number): number {
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

// Character classes, as bits of one number.
export const WORD = 1;
export const SENTENCE_END = 2;
export const LINE_BREAK = 4;
export const SPACE_CLASS = 8;
export const CLOSER = 16;
export const APOSTROPHE_CLASS = 32;

export function classify(code: number): number {
  return (
    (isWordCode(code) ? WORD : 0) |
    (isSentenceEndCode(code) ? SENTENCE_END : 0) |
    (isLineBreakCode(code) ? LINE_BREAK : 0) |
    (isSpaceCode(code) ? SPACE_CLASS : 0) |
    (isCloserCode(code) ? CLOSER : 0) |
    (isApostropheCode(code) ? APOSTROPHE_CLASS : 0)
  );
}

/** classify() and foldCode(), precomputed for ASCII (nearly every character of an English reply). */
export const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, code) => classify(code));
export const ASCII_FOLDED = Uint8Array.from({ length: 128 }, (_, code) => foldCode(code));
