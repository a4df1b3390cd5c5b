// Blanks what the agent did not write (quoted history, signatures, pasted HTML tags) without
// moving anything: the masked text keeps the original's length and line breaks, so an offset
// found in it is valid in the original.

import type { Span } from './reply-lines';

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]{0,2000})?\/?>|<!--[^]{0,20000}?-->/g;
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g;

/**
 * `text` with the given spans blanked: every character but line breaks becomes a space, so the
 * result has the same length and offsets. Built from slices, not per character.
 */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let result = '';
  let from = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, from);
    if (span.end <= start) continue;
    result += text.slice(from, start) + text.slice(start, span.end).replace(/[^\n]/g, ' ');
    from = span.end;
  }
  return result + text.slice(from);
}

/** Pasted HTML tags, comments and entities ("<p>", "&nbsp;"). */
export function htmlSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return spans;
  for (const pattern of [HTML_TAG, HTML_ENTITY]) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null)
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
