// The reply's lines and words as offsets into its text, so every reading of the reply (quoted
// history, sign-off, sentences) points back into the text the agent sees.

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** Offsets of the first and last (exclusive) non-blank character of the line, in `masked`. */
  contentStart: number;
  contentEnd: number;
}

/** A line of the text from its start to its line break, blank or not. */
export interface RawLine {
  start: number;
  end: number;
}

// A word is what /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{N}))*/gu matches: "2.5" and "don't" count once.
// Words are counted for every sentence of every reply, so they are read without a match array each.
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const NUMBER_AT = /\p{N}/uy;

export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** The line with its content bounds in `masked`, or null when it is blank there. */
export function toLine(masked: string, raw: RawLine): Line | null {
  let contentStart = raw.start;
  while (contentStart < raw.end && isSpace(masked.charCodeAt(contentStart))) contentStart++;
  if (contentStart === raw.end) return null;
  let contentEnd = raw.end;
  while (contentEnd > contentStart && isSpace(masked.charCodeAt(contentEnd - 1))) contentEnd--;
  return { start: raw.start, end: raw.end, contentStart, contentEnd };
}

export function lineText(masked: string, line: Line): string {
  return masked.slice(line.contentStart, line.contentEnd);
}

/** The first non-blank character of a line, or '' for a blank line. */
export function firstVisible(text: string, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    if (!isSpace(text.charCodeAt(index))) return text[index]!;
  }
  return '';
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 160 ||
    code === 0x200b ||
    code === 0xfeff ||
    code === 12 ||
    code === 11
  );
}

/** 2 for a surrogate pair, else 1: a /u regex steps over code points. */
export function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The width of the character `pattern` (sticky, /u) matches at `index`, or 0. */
function widthAt(pattern: RegExp, text: string, index: number): number {
  if (index >= text.length) return 0;
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex - index : 0;
}

function letterOrNumberWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  return widthAt(LETTER_OR_NUMBER_AT, text, index);
}

/** Where the word whose first character ends at `at` ends; it may run past the range counted. */
function wordEnd(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 45 || code === 0x2019) at++;
    else if (code === 46 && widthAt(NUMBER_AT, text, at + 1) > 0) at++;
    else {
      const width = letterOrNumberWidth(text, at);
      if (width === 0) return at;
      at += width;
    }
  }
}

/** How many words start in text[start, end). */
export function wordsIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end;) {
    const width = letterOrNumberWidth(text, at);
    if (width === 0) at += codePointWidth(text, at);
    else {
      count++;
      at = wordEnd(text, at + width);
    }
  }
  return count;
}
