import type { RefObject, TargetedEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchAnswer } from '@/lib/coach/snippet-search-cache';
import { snippetFields, type SnippetField } from '@/lib/library/fields';
import type { FieldValues } from '@/lib/library/placeholders';
import type { Snippet } from '@/lib/library/schema';
import type { RankedSnippet } from '@/lib/library/search';
import type { LibraryResponse } from '@/lib/messaging/protocol';

// The snippet search box's state apart from its view: the newest search's answer, and when the
// results list scrolls.

export interface ShownResults {
  query: string;
  items: RankedSnippet[];
}

export type SearchFailure = { kind: 'failed'; message: string } | { kind: 'unreachable' };

/** Runs searches and keeps the newest one's answer: answers can arrive out of order. */
export function useSearchResults(search: (query: string) => SearchAnswer) {
  const [results, setResults] = useState<ShownResults | null>(null);
  const [failure, setFailure] = useState<SearchFailure | null>(null);
  const [active, setActive] = useState(-1);
  const latestSearch = useRef(0);

  const runSearch = (text: string) => {
    const ticket = ++latestSearch.current;
    const show = (response: LibraryResponse<RankedSnippet[]>) => {
      if (ticket !== latestSearch.current) return;
      if (response.ok) {
        setFailure(null);
        setResults({ query: text, items: response.value });
        setActive(response.value.length > 0 ? 0 : -1);
      } else {
        setFailure({ kind: 'failed', message: response.error.message });
        setResults(null);
      }
    };
    const answer = search(text);
    // An answer already in the tab goes into the same render as the typed character.
    if (!('then' in answer)) return show(answer);
    answer.then(show, () => {
      if (ticket !== latestSearch.current) return;
      setFailure({ kind: 'unreachable' });
      setResults(null);
    });
  };

  /** Forgets the shown results, and any answer still on its way. */
  const clearResults = () => {
    latestSearch.current += 1;
    setResults(null);
    setActive(-1);
  };
  return { results, failure, active, setActive, runSearch, clearResults };
}

/**
 * Scrolling reads the layout: done for an arrow key's move, and for new results only when the
 * list is not at its top, rather than after every key typed.
 */
export function useResultScrolling(
  list: RefObject<HTMLUListElement | null>,
  active: number,
  results: ShownResults | null,
) {
  const movedByKey = useRef(false);
  const scrolledDown = useRef(false);
  useEffect(() => {
    if (!movedByKey.current || active < 0) return;
    movedByKey.current = false;
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  useEffect(() => {
    if (scrolledDown.current && list.current) list.current.scrollTop = 0;
  }, [results]);
  return {
    noteMoveByKey: () => (movedByKey.current = true),
    onScroll: (event: TargetedEvent<HTMLUListElement>) => (scrolledDown.current = event.currentTarget.scrollTop > 0),
  };
}

/** Calls `onChange` when `revision` moves on from the one first rendered (not on the first render). */
export function useOnRevisionChange(revision: number, onChange: () => void) {
  const shownRevision = useRef(revision);
  useEffect(() => {
    if (shownRevision.current === revision) return;
    shownRevision.current = revision;
    onChange();
  }, [revision]);
}

export type ComboboxKeyAction = { kind: 'move'; to: number } | { kind: 'stay' } | { kind: 'choose' } | { kind: 'back' };

/**
 * What a key in the combobox does: the arrows move through `count` options (wrapping round), Enter
 * chooses the active one, Escape goes back to the reply; null for any other key, and while an
 * input method composes. An arrow with no options is still the combobox's: it stays.
 */
export function comboboxKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'isComposing'>,
  count: number,
  active: number,
): ComboboxKeyAction | null {
  if (event.isComposing) return null;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (count === 0) return { kind: 'stay' };
    const step = event.key === 'ArrowDown' ? 1 : -1;
    return { kind: 'move', to: (active + step + count) % count };
  }
  if (event.key === 'Enter') return { kind: 'choose' };
  if (event.key === 'Escape') return { kind: 'back' };
  return null;
}

interface InsertionTarget {
  busy: boolean;
  /** Resolves true once the snippet, its fill-in fields filled, is verifiably in the reply. */
  onInsert(snippet: Snippet, fieldValues?: FieldValues): Promise<boolean>;
}

/**
 * Inserting a chosen snippet: one with fill-in fields first waits in `filling` for the agent's
 * values. `target()` gives the newest props when the insertion runs.
 */
export function useSnippetInsertion(target: () => InsertionTarget, onInserted: () => void) {
  const [filling, setFilling] = useState<{ snippet: Snippet; fields: SnippetField[] } | null>(null);
  const insert = async (snippet: Snippet, fieldValues?: FieldValues) => {
    if (target().busy) return;
    const fields = snippetFields(snippet.body, snippet.fields);
    if (fields.length > 0 && fieldValues === undefined) {
      setFilling({ snippet, fields });
      return;
    }
    if (await target().onInsert(snippet, fieldValues)) {
      setFilling(null);
      onInserted();
    }
  };
  return { filling, insert, cancelFilling: () => setFilling(null) };
}
