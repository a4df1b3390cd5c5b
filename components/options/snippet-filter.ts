import type { Snippet } from '@/lib/library';

export type SnippetSource = 'all' | 'mine' | 'packs';

export interface SnippetFilterState {
  /** Words that must all appear in the title, shortcut, tags or text (any case). */
  query: string;
  /** Only snippets with this tag; '' for any. */
  tag: string;
  source: SnippetSource;
}

export const NO_FILTER: SnippetFilterState = { query: '', tag: '', source: 'all' };

function searchableText(snippet: Snippet): string {
  return [snippet.title, snippet.shortcut, snippet.tags.join(' '), snippet.body].join('\n').toLocaleLowerCase();
}

/** The agent's own snippets first, then packs', each by title. */
export function compareSnippets(a: Snippet, b: Snippet): number {
  const ownFirst = Number(a.packId !== null) - Number(b.packId !== null);
  return ownFirst || a.title.localeCompare(b.title) || a.shortcut.localeCompare(b.shortcut);
}

export function filterSnippets(snippets: readonly Snippet[], filter: SnippetFilterState): Snippet[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return snippets
    .filter((snippet) => {
      if (filter.source === 'mine' && snippet.packId !== null) return false;
      if (filter.source === 'packs' && snippet.packId === null) return false;
      if (filter.tag && !snippet.tags.includes(filter.tag)) return false;
      if (words.length === 0) return true;
      const text = searchableText(snippet);
      return words.every((word) => text.includes(word));
    })
    .sort(compareSnippets);
}

/** Every tag in use, alphabetically. */
export function allTags(snippets: readonly Snippet[]): string[] {
  return [...new Set(snippets.flatMap((snippet) => snippet.tags))].sort((a, b) => a.localeCompare(b));
}

/** "billing, refunds" or "billing; refunds" → ['billing', 'refunds'] (the library normalises case). */
export function splitTagList(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}
