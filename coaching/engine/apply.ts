import type { Finding } from '../types';
import { isSentenceStart } from './text-tools';

/**
 * The reply with the finding's suggestion `index` applied at [start, end). Deleting a word also
 * removes the space it leaves behind and re-capitalises a sentence that now starts differently.
 */
export function applySuggestion(
  text: string,
  finding: Pick<Finding, 'start' | 'end' | 'suggestions'>,
  index = 0,
): string {
  const replacement = finding.suggestions[index];
  if (replacement === undefined) return text;
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  if (replacement !== '') return text.slice(0, start) + replacement + text.slice(end);

  let before = text.slice(0, start);
  let after = text.slice(end);
  // Removing a whole sentence ("Whatever.") takes its closing mark and one space with it; a
  // sentence that was a paragraph of its own takes its line break too.
  if (isSentenceStart(before, before.length) && /^[.!?]+(?:[ \t]+|\r?\n|$)/u.test(after)) {
    after = after.replace(/^[.!?]+/u, '');
    if (/[ \t]$/u.test(before)) after = after.replace(/^[ \t]+/u, '');
    if (/\n$/u.test(before) && /^\r?\n/u.test(after)) after = after.replace(/^(?:\r?\n)+/u, '');
  }
  if (/[ \t]$/u.test(before) && (/^[ \t]/u.test(after) || /^[,.!?;:]/u.test(after) || after === '')) {
    before = before.replace(/[ \t]+$/u, after === '' || /^[,.!?;:]/u.test(after) ? '' : ' ');
    after = after.replace(/^[ \t]+/u, '');
  } else if (/^[ \t]/u.test(after)) {
    after = after.replace(/^[ \t]+/u, '');
  }
  // A line emptied by the removal goes with it.
  if (/\n[ \t]*$/u.test(before) && /^[ \t]*\r?\n/u.test(after)) {
    before = before.replace(/[ \t]+$/u, '');
    after = after.replace(/^[ \t]*(?:\r?\n)+/u, '');
  }
  if (isSentenceStart(before, before.length)) {
    after = after.replace(/^([ \t"“(]*)(\p{Ll})/u, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
  }
  return before + after;
}
