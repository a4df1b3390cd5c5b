// Greeting and sign-off texts offered when one is missing. They must be recognised by the
// patterns in data/structure.ts, so applying them satisfies the rule.

import { isNameLine, type Line, type ReplyDocument } from './document';

function cleanName(name: string | undefined): string {
  if (!name) return '';
  return name
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

export function greetingFor(customerFirstName: string | undefined): string {
  const name = cleanName(customerFirstName).split(' ')[0] ?? '';
  return `Hi ${name || 'there'},\n\n`;
}

const CLOSES = ['Kind regards,', 'Best wishes,', 'Thanks,'];

export function closingFor(agentName: string | undefined): string[] {
  const name = cleanName(agentName);
  return CLOSES.map((close) => (name ? `\n\n${close}\n${name}` : `\n\n${close}`));
}

/** Closes to put on the line above a name the agent already signed with. */
export function closingAboveName(): string[] {
  return CLOSES.map((close) => `${close}\n`);
}

/**
 * The agent's name (or team name) alone on the last line, with no closing word above it:
 * text that completes the message belongs above it, not below the signature.
 */
export function trailingName(document: ReplyDocument): Line | null {
  if (document.signOff || document.signature) return null;
  const { lines, masked } = document;
  if (lines.length < 2) return null;
  const last = lines[lines.length - 1]!;
  const above = lines[lines.length - 2]!;
  if (last === document.greeting || !isNameLine(masked, last)) return null;
  // A name stands apart from the message: below a blank line, or below a finished sentence
  // (not the next item of a list such as "Open Settings,\nChoose Backup").
  const setApart =
    above.end + 1 !== last.start || /[.!?)]["'”’]?$/u.test(masked.slice(above.contentStart, above.contentEnd));
  return setApart ? last : null;
}
