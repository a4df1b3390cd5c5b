// The team's own wording (from a snippet pack): its greeting and closing count as a greeting and
// a closing even when the generic patterns would not recognise them, and are offered first.

import type { ReplyDocument } from './document';
import type { TeamWording } from '../types';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case, one space for any whitespace, no punctuation at either end. */
function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.!:;—–-]+|[\s,.!:;—–-]+$/gu, '');
}

function startsWithWords(text: string, words: string): boolean {
  return text.startsWith(words) && !WORD_CHAR.test(text.charAt(words.length));
}

function endsWithWords(text: string, words: string): boolean {
  return text.endsWith(words) && !WORD_CHAR.test(text.charAt(text.length - words.length - 1));
}

/** The team's text, trimmed; '' when absent or blank. */
export function teamText(value: TeamWording['greeting']): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The agent's text starts with the team's greeting (case and spacing aside). */
export function opensWithTeamGreeting(reply: ReplyDocument, team: TeamWording): boolean {
  const greeting = normalized(teamText(team.greeting));
  if (greeting === '') return false;
  const opening = reply.masked.slice(reply.contentStart, reply.contentStart + greeting.length * 2 + 16);
  return startsWithWords(normalized(opening), greeting);
}

/**
 * The agent's text ends with the team's closing, or with the closing and one line below it (the
 * agent's name), case and spacing aside.
 */
export function closesWithTeamClosing(reply: ReplyDocument, team: TeamWording): boolean {
  const closing = normalized(teamText(team.closing));
  if (closing === '') return false;
  const ending = reply.masked.slice(Math.max(0, reply.contentEnd - closing.length * 2 - 16), reply.contentEnd);
  const lastLine = reply.lines[reply.lines.length - 1];
  const aboveName = lastLine
    ? reply.masked.slice(Math.max(0, lastLine.start - closing.length * 2 - 16), lastLine.start)
    : '';
  return endsWithWords(normalized(ending), closing) || endsWithWords(normalized(aboveName), closing);
}
