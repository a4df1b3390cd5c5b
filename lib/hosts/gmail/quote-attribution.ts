// A reply's quoted history starts with an attribution line naming who wrote the quoted message:
// "On Tue, Jun 4, 2024 at 9:12 AM Jordan Lee <jordan.lee@example.com> wrote:" (Gmail, Apple Mail,
// Thunderbird), or "On 4 Jun 2024, at 09:12, Jordan Lee <…> wrote:". The address is the reliable
// part; the name is whatever sits between the date and the address.

export interface QuoteAuthor {
  /** Lower-cased address, or null when the line names no address. */
  email: string | null;
  name: string | null;
}

const ADDRESS = /<\s*([^<>\s@]+@[^<>\s@]+)\s*>|\b([^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,})\b/giu;
/** A clock time, the last part of the date before the name: "9:12 AM", "09:12", "21:05,". */
const CLOCK = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?,?/giu;
const WROTE_WORD = '(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)';
const WROTE = new RegExp(`\\s*${WROTE_WORD}\\s*:?\\s*$`, 'iu');
/** German and Dutch put the verb before the name: "Am 4. Juni 2024 um 09:12 schrieb Jordan Lee <…>:". */
const WROTE_BEFORE_NAME = new RegExp(`^.*\\s${WROTE_WORD}\\s+`, 'iu');
const LEADING_ON = /^\s*(?:On|Am|Le|El|Il|Op)\s+/iu;

/** Who wrote the quoted message, read from its attribution line; null when the line names no one. */
export function parseQuoteAttribution(line: string): QuoteAuthor | null {
  const text = line.replace(/\s+/g, ' ').trim().replace(WROTE, '').replace(/:\s*$/u, '');
  let email: string | null = null;
  let beforeAddress = text;
  for (const match of text.matchAll(ADDRESS)) {
    email = (match[1] ?? match[2] ?? '').toLowerCase();
    beforeAddress = text.slice(0, match.index);
  }
  if (!email) return null;
  return { email, name: nameBefore(beforeAddress) };
}

/** The name in "On <date> at <time> <name>": after the clock time, or else after the date's last comma. */
function nameBefore(text: string): string | null {
  if (WROTE_BEFORE_NAME.test(text)) return tidyName(text.replace(WROTE_BEFORE_NAME, ''));
  let rest = text;
  let clockEnd = -1;
  for (const match of rest.matchAll(CLOCK)) clockEnd = match.index + match[0].length;
  if (clockEnd >= 0) rest = rest.slice(clockEnd);
  else if (LEADING_ON.test(rest) && rest.includes(',')) rest = rest.slice(rest.lastIndexOf(',') + 1);
  else rest = rest.replace(LEADING_ON, '');
  return tidyName(rest);
}

function tidyName(text: string): string | null {
  const name = text
    .replace(/^[\s,]+|[\s,:]+$/g, '')
    .replace(/^"(.*)"$/u, '$1')
    .trim();
  return name || null;
}
