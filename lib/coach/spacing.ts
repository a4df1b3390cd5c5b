/**
 * Adds the spaces a sentence dropped into running text needs, so an inserted statement never
 * glues onto the words around it.
 */
export function padForInsertion(text: string, at: { start: number; end: number }, sentence: string): string {
  const before = text.slice(0, at.start);
  const after = text.slice(at.end);
  const needsLeadingSpace = before.length > 0 && !/\s$/.test(before);
  const needsTrailingSpace = after.length > 0 && !/^\s/.test(after);
  return `${needsLeadingSpace ? ' ' : ''}${sentence.trim()}${needsTrailingSpace ? ' ' : ''}`;
}
