// Finds the quoted history and forwarded headers below (or inside) a reply: "> " lines, "On …
// wrote:" headers, "--- Original Message ---", Outlook's "From:/Sent:" blocks, Zendesk's
// "##- Please type your reply above this line -##". None of it is the agent's own writing.

import { firstVisible, type RawLine, type Span } from './reply-lines';

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
const HEADER_INITIALS = 'OoAaLlEeIi';

/** Finds where quoted history and forwarded headers start; everything in them is excluded. */
export function findQuotedRegions(text: string, lines: RawLine[]): { excluded: Span[]; cutAt: number } {
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
    const headerEnd = HEADER_INITIALS.includes(first) && content.length < 500 ? wroteHeaderEnd(text, lines, index) : -1;
    if (headerEnd >= 0) {
      if (quotedWithMarks(text, lines, headerEnd)) {
        excluded.push({ start: line.start, end: lines[headerEnd]!.end });
        index = headerEnd;
        continue;
      }
      cutAt = line.start;
      break;
    }
    if (startsForwardedMessage(first, content) || startsHeaderBlock(text, lines, index, first, content)) {
      cutAt = line.start;
      break;
    }
  }
  if (cutAt < text.length) excluded.push({ start: cutAt, end: text.length });
  return { excluded, cutAt };
}

/** The index of the line that ends an "On … wrote:" header starting at line `index`, or -1. */
function wroteHeaderEnd(text: string, lines: RawLine[], index: number): number {
  const line = lines[index]!;
  const content = text.slice(line.start, line.end);
  if (WROTE_HEADER.test(content)) return index;
  if (WROTE_HEADER_START.test(content) && index + 1 < lines.length) {
    const next = lines[index + 1]!;
    if (next.end - next.start < 500 && WROTE_HEADER_END.test(text.slice(next.start, next.end))) return index + 1;
  }
  return -1;
}

/** Whether the first non-blank line below a header is quoted with "> " (the header then heads only those lines). */
function quotedWithMarks(text: string, lines: RawLine[], headerEnd: number): boolean {
  let following = headerEnd + 1;
  while (following < lines.length && firstVisible(text, lines[following]!.start, lines[following]!.end) === '')
    following++;
  return following < lines.length && firstVisible(text, lines[following]!.start, lines[following]!.end) === '>';
}

function startsForwardedMessage(first: string, content: string): boolean {
  return (
    (first === '-' && ORIGINAL_MESSAGE.test(content)) ||
    (first === '#' && REPLY_ABOVE_MARKER.test(content)) ||
    ((first === 'Y' || first === 'y') && ZENDESK_UPDATE.test(content))
  );
}

/** A "From:" line (or an Outlook rule) followed by enough "Sent:/To:/Subject:" fields. */
function startsHeaderBlock(text: string, lines: RawLine[], index: number, first: string, content: string): boolean {
  const isFrom = (first === 'F' || first === 'f' || first === '*') && HEADER_FROM.test(content);
  if (!isFrom && !(first === '_' && OUTLOOK_RULE.test(content) && index + 1 < lines.length)) return false;
  let fields = 0;
  for (let ahead = index + 1; ahead < Math.min(lines.length, index + 6); ahead++) {
    const aheadText = text.slice(lines[ahead]!.start, lines[ahead]!.end);
    if (HEADER_FIELD.test(aheadText) || HEADER_FROM.test(aheadText)) fields++;
  }
  return fields >= (isFrom ? 2 : 1);
}
