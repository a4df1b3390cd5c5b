// Where the agent's sentences are: they end at . ! ? … (followed by a space or the end of the
// line) and at line breaks. Closing quotes and brackets stay with the sentence they close.

import { isSpace, type Line, type Span } from './reply-lines';

/** Sentences end at . ! ? (followed by space or end) and at line breaks. */
export function splitSentences(masked: string, lines: Line[]): Span[] {
  const sentences: Span[] = [];
  for (const line of lines) {
    let start = line.contentStart;
    for (let index = line.contentStart; index < line.contentEnd; index++) {
      const code = masked.charCodeAt(index);
      if (code === 46 || code === 33 || code === 63 || code === 8230) {
        let end = index + 1;
        while (end < line.contentEnd && isTerminal(masked.charCodeAt(end))) end++;
        if (end >= line.contentEnd || isSpace(masked.charCodeAt(end))) {
          pushTrimmed(masked, sentences, start, end);
          start = end;
          index = end - 1;
        } else index = end - 1;
      }
    }
    pushTrimmed(masked, sentences, start, line.contentEnd);
  }
  return sentences;
}

function isTerminal(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 8230 ||
    code === 34 ||
    code === 39 ||
    code === 41 ||
    code === 8221 ||
    code === 8217
  );
}

function pushTrimmed(masked: string, sentences: Span[], start: number, end: number): void {
  while (start < end && isSpace(masked.charCodeAt(start))) start++;
  while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end });
}
