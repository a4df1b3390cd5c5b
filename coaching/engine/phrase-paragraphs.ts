// A long text is read by the phrase lists paragraph by paragraph (runs of text between blank
// lines), so that while the agent types only the edited paragraph is scanned again.

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
/**
 * What a paragraph's scan sees of its neighbours: the blank line and a little more, enough for
 * the word boundaries and short lookaheads of the phrase lists (a phrase never spans a blank line).
 */
const PARAGRAPH_MARGIN = 12;

export interface Paragraph {
  start: number;
  end: number;
  /** Where the scanned window (the paragraph and a margin either side) starts. */
  base: number;
  /** The window in its own case, and lowered; `key` names it and the paragraph's place in it. */
  window: string;
  lower: string;
  key: string;
}

/** The paragraphs (runs of text between blank lines) that make up [from, to). */
function splitParagraphs(text: string, from: number, to: number, lowered: (text: string) => string): Paragraph[] {
  const ranges: { start: number; end: number }[] = [];
  let start = from;
  PARAGRAPH_BREAK.lastIndex = from;
  let found: RegExpExecArray | null;
  while ((found = PARAGRAPH_BREAK.exec(text)) !== null && found.index < to) {
    if (found.index > start) ranges.push({ start, end: found.index });
    start = found.index + found[0].length;
    PARAGRAPH_BREAK.lastIndex = start - 1;
  }
  if (to > start) ranges.push({ start, end: to });
  const lower = lowered(text);
  return ranges.map(({ start, end }) => {
    const base = Math.max(0, start - PARAGRAPH_MARGIN);
    const limit = Math.min(text.length, end + PARAGRAPH_MARGIN);
    const window = text.slice(base, limit);
    return {
      start,
      end,
      base,
      window,
      lower: lower.slice(base, limit),
      key: `${start - base}:${end - base}:${window}`,
    };
  });
}

/** Every phrase list reads the same paragraphs: they are split once per text and range. */
let lastSplit: { text: string; from: number; to: number; paragraphs: Paragraph[] } | null = null;

/** `lowered` gives the text in lower case, with the same length. */
export function paragraphsIn(text: string, from: number, to: number, lowered: (text: string) => string): Paragraph[] {
  if (lastSplit && lastSplit.text === text && lastSplit.from === from && lastSplit.to === to)
    return lastSplit.paragraphs;
  lastSplit = { text, from, to, paragraphs: splitParagraphs(text, from, to, lowered) };
  return lastSplit.paragraphs;
}
