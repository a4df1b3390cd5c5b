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

/** A word; "2.5" and "don't" count once. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{N}))*/gu;

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

/** How many words start in text[start, end). */
export function wordsIn(text: string, start: number, end: number): number {
  let count = 0;
  WORD.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null && match.index < end) count++;
  return count;
}
