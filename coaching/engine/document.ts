// Turns a reply into the text the rules check: quoted history, forwarded headers and signature
// blocks are blanked out (same length, line breaks kept) so offsets found in `masked` are valid in
// the original text and never point into words the agent did not write. Pasted HTML tags are
// blanked too, so "<p>Hi Dana,</p>" still reads as a greeting.

import { htmlSpans, maskSpans } from './masking';
import { findQuotedRegions } from './quoted-history';
import { lineText, splitLines, toLine, wordsIn, type Line, type RawLine, type Span } from './reply-lines';
import { findSignOff, isGreetingLine } from './salutation-lines';
import { splitSentences } from './sentence-spans';

export type { Line, Span } from './reply-lines';
export { isNameLine } from './salutation-lines';
export { wordsIn } from './reply-lines';

export interface ReplyDocument {
  text: string;
  masked: string;
  /** Regions that are not the agent's own words (quoted history, headers, signature). */
  excluded: Span[];
  /** The agent's own lines (non-blank, in order). */
  lines: Line[];
  sentences: Span[];
  /** Words per sentence, parallel to `sentences`. */
  sentenceWords: number[];
  wordCount: number;
  /** First and last (exclusive) non-blank character of the agent's own text; equal when empty. */
  contentStart: number;
  contentEnd: number;
  greeting: Line | null;
  signOff: Line | null;
  /** A "-- " signature or a block of name/title lines below the sign-off. */
  signature: Span | null;
  /** The message between greeting and sign-off. */
  body: Span;
}

const SIGNATURE_DASHES = /^[ \t]*--[ \t]*$/u;

export function prepareReply(text: string): ReplyDocument {
  const rawLines = splitLines(text);
  const { excluded, cutAt } = findQuotedRegions(text, rawLines);
  let masked = maskSpans(text, [...htmlSpans(text), ...excluded]);

  const written = linesAboveSignature(masked, rawLines, cutAt);
  let { signature, lines } = written;
  // Short lines below the sign-off (name, title, phone) are a signature block.
  const signOff = findSignOff(masked, lines);
  if (signOff) {
    const signOffIndex = lines.indexOf(signOff);
    const below = lines[signOffIndex + 1];
    if (below) {
      signature = { start: below.start, end: cutAt };
      lines = lines.slice(0, signOffIndex + 1);
    }
  }
  if (signature) {
    masked = maskSpans(masked, [signature]);
    excluded.push(signature);
  }

  const contentStart = lines.length > 0 ? lines[0]!.contentStart : 0;
  const contentEnd = lines.length > 0 ? lines[lines.length - 1]!.contentEnd : 0;
  const first = lines[0];
  const greeting = first && first !== signOff && isGreetingLine(masked, first) ? first : null;
  const body = bodySpan(lines, greeting, signOff, contentStart);

  excluded.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(masked, lines);
  const sentenceWords = sentences.map((sentence) => wordsIn(masked, sentence.start, sentence.end));
  let wordCount = 0;
  for (const words of sentenceWords) wordCount += words;
  return {
    text,
    masked,
    excluded,
    lines,
    sentences,
    sentenceWords,
    wordCount,
    contentStart,
    contentEnd,
    greeting,
    signOff,
    signature,
    body,
  };
}

/** The agent's non-blank lines above the quoted history; a "-- " line starts a signature (RFC 3676) and ends them. */
function linesAboveSignature(
  masked: string,
  rawLines: RawLine[],
  cutAt: number,
): { lines: Line[]; signature: Span | null } {
  const lines: Line[] = [];
  for (const raw of rawLines) {
    if (raw.start >= cutAt) break;
    const line = toLine(masked, raw);
    if (!line) continue;
    if (SIGNATURE_DASHES.test(lineText(masked, line))) return { lines, signature: { start: line.start, end: cutAt } };
    lines.push(line);
  }
  return { lines, signature: null };
}

/** The message between greeting and sign-off; empty, after the greeting, when there is nothing else. */
function bodySpan(lines: Line[], greeting: Line | null, signOff: Line | null, contentStart: number): Span {
  const bodyLines = lines.filter((line) => line !== greeting && line !== signOff);
  if (bodyLines.length > 0) {
    return { start: bodyLines[0]!.contentStart, end: bodyLines[bodyLines.length - 1]!.contentEnd };
  }
  const at = greeting ? greeting.contentEnd : contentStart;
  return { start: at, end: at };
}
