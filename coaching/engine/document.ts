// Turns a reply into the text the rules check: quoted history, forwarded headers and signature
// blocks are blanked out (same length, line breaks kept) so offsets found in `masked` are valid in
// the original text and never point into words the agent did not write. Pasted HTML tags are
// blanked too, so "<p>Hi Dana,</p>" still reads as a greeting.

import { GREETING_PATTERNS, OPENING_THANKS_PATTERNS, SIGN_OFF_PATTERNS } from '../data/structure';
import { phraseSource } from './patterns';

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** Offsets of the first and last (exclusive) non-blank character of the line, in `masked`. */
  contentStart: number;
  contentEnd: number;
}

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

const WROTE_HEADER =
  /^[ \t]*(?:On|Am|Le|El|Il|Op)\b.{0,400}\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef):[ \t]*$/iu;
const WROTE_HEADER_START = /^[ \t]*On\b.{0,400}$/iu;
const WROTE_HEADER_END = /^.{0,400}\bwrote:[ \t]*$/iu;
const ORIGINAL_MESSAGE =
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message|Reply message|Previous message)[ \t]*-{2,}/iu;
const REPLY_ABOVE_MARKER = /^[ \t]*##-.*-##[ \t]*$/u;
const ZENDESK_UPDATE = /^[ \t]*Your request \(#?\d+\) has been updated/iu;
const OUTLOOK_RULE = /^[ \t]*_{8,}[ \t]*$/u;
const HEADER_FROM = /^[ \t]*\*?From:\*?[ \t]+\S/iu;
const HEADER_FIELD = /^[ \t]*\*?(?:Sent|Date|To|Subject|Cc):\*?[ \t]/iu;
const SIGNATURE_DASHES = /^[ \t]*--[ \t]*$/u;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]{0,2000})?\/?>|<!--[^]{0,20000}?-->/g;
const HTML_ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{1,6});/g;

const GREETING = new RegExp(`^(?:${GREETING_PATTERNS.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const OPENING_THANKS = new RegExp(
  `^(?:${OPENING_THANKS_PATTERNS.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const NAME_ONLY_SALUTATION = /^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})?[,!:][ \t]*$/u;
const SIGN_OFF = new RegExp(
  `^(?:${SIGN_OFF_PATTERNS.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])(?:[ \\t]+from[ \\t]+[\\p{L}][\\p{L}\\p{N} .&'’-]{0,40})?[ \\t]*(?:[,.!:;—–-]+[ \\t]*(?:\\p{L}[\\p{L} .'’-]{0,40})?)?[ \\t]*$`,
  'iu',
);
/**
 * A line that is only a name or a team name ("Sam", "Dana Lee", "IT Service Desk"): one to four
 * capitalised words, no sentence punctuation.
 */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]{0,30}|&|and|of|at|the|de|van|von|da))*$/u;
const MAX_NAME_LINE_WORDS = 4;
/** A short line ending in a comma or "!" ("Enjoy the trip," / "Speak soon!"), the usual shape of a close. */
const CLOSE_SHAPE = /^\p{L}[\p{L}'’ -]{0,48}[,!]$/u;
const MAX_CLOSE_SHAPE_WORDS = 7;
/** A word; "2.5" and "don't" count once. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{N}))*/gu;

const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE_WORDS = 12;

/**
 * `text` with the given spans blanked: every character but line breaks becomes a space, so the
 * result has the same length and offsets. Built from slices, not per character.
 */
function maskSpans(text: string, spans: Span[]): string {
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

interface RawLine {
  start: number;
  end: number;
}

function splitLines(text: string): RawLine[] {
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

function countWords(text: string, start: number, end: number): number {
  let count = 0;
  WORD.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null && match.index < end) count++;
  return count;
}

/** Finds where quoted history and forwarded headers start; everything in them is excluded. */
function findQuotedRegions(text: string, lines: RawLine[]): { excluded: Span[]; cutAt: number } {
  const excluded: Span[] = [];
  let cutAt = text.length;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Every marker starts with one of a few characters; checking it first keeps long ordinary
    // lines from being run through each pattern.
    const first = firstVisible(text, line.start, line.end);
    if (first === '') continue;
    if (first === '>') {
      excluded.push({ start: line.start, end: line.end });
      continue;
    }
    const content = text.slice(line.start, line.end);
    let headerEnd = -1;
    if (HEADER_INITIALS.includes(first) && content.length < 500) {
      if (WROTE_HEADER.test(content)) headerEnd = index;
      else if (WROTE_HEADER_START.test(content) && index + 1 < lines.length) {
        const next = lines[index + 1]!;
        if (next.end - next.start < 500 && WROTE_HEADER_END.test(text.slice(next.start, next.end)))
          headerEnd = index + 1;
      }
    }
    if (headerEnd >= 0) {
      let following = headerEnd + 1;
      while (following < lines.length && firstVisible(text, lines[following]!.start, lines[following]!.end) === '')
        following++;
      const quotedWithMarks =
        following < lines.length && firstVisible(text, lines[following]!.start, lines[following]!.end) === '>';
      if (quotedWithMarks) {
        excluded.push({ start: line.start, end: lines[headerEnd]!.end });
        index = headerEnd;
        continue;
      }
      cutAt = line.start;
      break;
    }
    if (
      (first === '-' && ORIGINAL_MESSAGE.test(content)) ||
      (first === '#' && REPLY_ABOVE_MARKER.test(content)) ||
      ((first === 'Y' || first === 'y') && ZENDESK_UPDATE.test(content))
    ) {
      cutAt = line.start;
      break;
    }
    const isFrom = (first === 'F' || first === 'f' || first === '*') && HEADER_FROM.test(content);
    if (isFrom || (first === '_' && OUTLOOK_RULE.test(content) && index + 1 < lines.length)) {
      let fields = 0;
      for (let ahead = index + 1; ahead < Math.min(lines.length, index + 6); ahead++) {
        const aheadText = text.slice(lines[ahead]!.start, lines[ahead]!.end);
        if (HEADER_FIELD.test(aheadText) || HEADER_FROM.test(aheadText)) fields++;
      }
      if (fields >= (isFrom ? 2 : 1)) {
        cutAt = line.start;
        break;
      }
    }
  }
  if (cutAt < text.length) excluded.push({ start: cutAt, end: text.length });
  return { excluded, cutAt };
}

const HEADER_INITIALS = 'OoAaLlEeIi';

/** The first non-blank character of a line, or '' for a blank line. */
function firstVisible(text: string, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    if (!isSpace(text.charCodeAt(index))) return text[index]!;
  }
  return '';
}

function toLine(masked: string, raw: RawLine): Line | null {
  let contentStart = raw.start;
  while (contentStart < raw.end && isSpace(masked.charCodeAt(contentStart))) contentStart++;
  if (contentStart === raw.end) return null;
  let contentEnd = raw.end;
  while (contentEnd > contentStart && isSpace(masked.charCodeAt(contentEnd - 1))) contentEnd--;
  return { start: raw.start, end: raw.end, contentStart, contentEnd };
}

function isSpace(code: number): boolean {
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

/** Name, title, company, phone or web address: short, and not a sentence. */
function looksLikeSignatureLine(masked: string, line: Line): boolean {
  const content = lineText(masked, line);
  const words = countWords(masked, line.contentStart, line.contentEnd);
  if (words > MAX_SIGNATURE_LINE_WORDS || content.length > 100) return false;
  if (/[!?]$/u.test(content)) return false;
  if (/[.:;]$/u.test(content) && words >= 4 && !/\b(?:inc|ltd|llc|gmbh|co|corp)\.$/iu.test(content)) return false;
  return true;
}

/** Whether a line holds only a name or a team name (the way agents sign with no closing word). */
export function isNameLine(masked: string, line: Line): boolean {
  const content = lineText(masked, line);
  return (
    content.length <= 48 &&
    NAME_LINE.test(content) &&
    countWords(masked, line.contentStart, line.contentEnd) <= MAX_NAME_LINE_WORDS
  );
}

/**
 * A close the phrase list does not know ("Enjoy your swim,") still has a recognisable shape: a
 * short line ending in a comma or "!", set apart by a blank line, with a name line right below.
 */
function isShapedClose(masked: string, lines: Line[], index: number): boolean {
  const line = lines[index]!;
  const below = lines[index + 1];
  const above = lines[index - 1];
  if (!below || !above || above.end + 1 === line.start) return false;
  const content = lineText(masked, line);
  return (
    CLOSE_SHAPE.test(content) &&
    countWords(masked, line.contentStart, line.contentEnd) <= MAX_CLOSE_SHAPE_WORDS &&
    isNameLine(masked, below)
  );
}

function lineText(masked: string, line: Line): string {
  return masked.slice(line.contentStart, line.contentEnd);
}

/** Sentences end at . ! ? (followed by space or end) and at line breaks. */
function splitSentences(masked: string, lines: Line[]): Span[] {
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

function htmlSpans(text: string): Span[] {
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

export function prepareReply(text: string): ReplyDocument {
  const rawLines = splitLines(text);
  const { excluded, cutAt } = findQuotedRegions(text, rawLines);

  let masked = maskSpans(text, [...htmlSpans(text), ...excluded]);

  // A "-- " line starts a signature (RFC 3676); the lines under it are not checked.
  let signature: Span | null = null;
  let agentLines: Line[] = [];
  for (const raw of rawLines) {
    if (raw.start >= cutAt) break;
    const line = toLine(masked, raw);
    if (!line) continue;
    if (SIGNATURE_DASHES.test(lineText(masked, line))) {
      signature = { start: line.start, end: cutAt };
      break;
    }
    agentLines.push(line);
  }

  // A sign-off near the end ("Kind regards," / "Thanks, Sam") closes the message; short lines
  // below it (name, title, phone) are a signature block.
  let signOff: Line | null = null;
  const lastIndex = agentLines.length - 1;
  for (let index = lastIndex; index >= 0 && index >= lastIndex - MAX_SIGNATURE_LINES; index--) {
    const line = agentLines[index]!;
    const content = lineText(masked, line);
    if (
      content.length <= 120 &&
      (index > 0 || agentLines.length === 1) &&
      (SIGN_OFF.test(content) || isShapedClose(masked, agentLines, index))
    ) {
      signOff = line;
      break;
    }
    if (!looksLikeSignatureLine(masked, line)) break;
  }
  if (signOff) {
    const signOffIndex = agentLines.indexOf(signOff);
    const below = agentLines[signOffIndex + 1];
    if (below) {
      signature = { start: below.start, end: cutAt };
      agentLines = agentLines.slice(0, signOffIndex + 1);
    }
  }
  if (signature) {
    masked = maskSpans(masked, [signature]);
    excluded.push(signature);
  }

  const contentStart = agentLines.length > 0 ? agentLines[0]!.contentStart : 0;
  const contentEnd = agentLines.length > 0 ? agentLines[agentLines.length - 1]!.contentEnd : 0;

  let greeting: Line | null = null;
  const first = agentLines[0];
  if (first && first !== signOff) {
    const content = lineText(masked, first);
    if (GREETING.test(content) || OPENING_THANKS.test(content) || NAME_ONLY_SALUTATION.test(content)) greeting = first;
  }

  const bodyLines = agentLines.filter((line) => line !== greeting && line !== signOff);
  const body: Span =
    bodyLines.length > 0
      ? { start: bodyLines[0]!.contentStart, end: bodyLines[bodyLines.length - 1]!.contentEnd }
      : { start: greeting ? greeting.contentEnd : contentStart, end: greeting ? greeting.contentEnd : contentStart };

  excluded.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(masked, agentLines);
  const sentenceWords = sentences.map((sentence) => countWords(masked, sentence.start, sentence.end));
  let wordCount = 0;
  for (const words of sentenceWords) wordCount += words;
  return {
    text,
    masked,
    excluded,
    lines: agentLines,
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

export function wordsIn(text: string, start: number, end: number): number {
  return countWords(text, start, end);
}
