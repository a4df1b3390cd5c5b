// Which of the agent's lines open and close the message: a greeting on the first line, a
// complimentary close near the end, and the name, title and phone lines of a signature below it.

import { GREETING_PATTERNS, OPENING_THANKS_PATTERNS, SIGN_OFF_PATTERNS } from '../data/structure';
import { phraseSource } from './patterns';
import { lineText, wordsIn, type Line } from './reply-lines';

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
 * A line that is only a name or a team name ("Sam", "Dana Lee", "IT Service Desk", "The Wool & Co
 * team"): one to four capitalised words, no sentence punctuation; a team name may end in a
 * lower-case "team", "crew" or "support".
 */
const NAME_LINE =
  /^\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]{0,30}|&|and|of|at|the|de|van|von|da))*(?:[ \t]+(?:team|crew|support))?$/u;
const MAX_NAME_LINE_WORDS = 4;
/** A short line ending in a comma or "!" ("Enjoy the trip," / "Speak soon!"), the usual shape of a close. */
const CLOSE_SHAPE = /^\p{L}[\p{L}'’ -]{0,48}[,!]$/u;
const MAX_CLOSE_SHAPE_WORDS = 7;

const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE_WORDS = 12;

/** Whether the first line greets the customer ("Hi Dana,", "Thanks for reaching out", "Dana,"). */
export function isGreetingLine(masked: string, line: Line): boolean {
  const content = lineText(masked, line);
  return GREETING.test(content) || OPENING_THANKS.test(content) || NAME_ONLY_SALUTATION.test(content);
}

/**
 * A sign-off near the end ("Kind regards," / "Thanks, Sam") closes the message; only short
 * lines (name, title, phone) may sit below it.
 */
export function findSignOff(masked: string, lines: Line[]): Line | null {
  const lastIndex = lines.length - 1;
  for (let index = lastIndex; index >= 0 && index >= lastIndex - MAX_SIGNATURE_LINES; index--) {
    const line = lines[index]!;
    const content = lineText(masked, line);
    if (
      content.length <= 120 &&
      (index > 0 || lines.length === 1) &&
      (SIGN_OFF.test(content) || isShapedClose(masked, lines, index))
    ) {
      return line;
    }
    if (!looksLikeSignatureLine(masked, line)) break;
  }
  return null;
}

/** Name, title, company, phone or web address: short, and not a sentence. */
function looksLikeSignatureLine(masked: string, line: Line): boolean {
  const content = lineText(masked, line);
  const words = wordsIn(masked, line.contentStart, line.contentEnd);
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
    wordsIn(masked, line.contentStart, line.contentEnd) <= MAX_NAME_LINE_WORDS
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
    wordsIn(masked, line.contentStart, line.contentEnd) <= MAX_CLOSE_SHAPE_WORDS &&
    isNameLine(masked, below)
  );
}
