import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SnippetLibraryState } from '@/lib/coach/state';
import type { FieldValues } from '@/lib/library/placeholders';
import type { Snippet } from '@/lib/library/schema';
import type { SearchAnswer } from '@/lib/coach/snippet-search-cache';
import { SnippetFieldForm } from './SnippetFieldForm';
import { LibraryNotices, ResultList, ResultStatus, SearchBox } from './SnippetSearchParts';
import {
  comboboxKeyAction,
  useOnRevisionChange,
  useResultScrolling,
  useSearchResults,
  useSnippetInsertion,
} from './use-snippet-search';

export interface SnippetSearchProps {
  library: SnippetLibraryState;
  /** The characters typed before a shortcut in the reply, shown in front of each shortcut. */
  trigger: string;
  busy: boolean;
  /** Changes whenever the library's snippets change: a search on show runs again. */
  revision: number;
  /** The answer itself when the tab already has it, else a promise of it. */
  search(query: string): SearchAnswer;
  /** The search box is taking focus: the reply's caret must be remembered now. */
  onSearchFocus(): void;
  /** Resolves true once the snippet, its fill-in fields filled, is verifiably in the reply. */
  onInsert(snippet: Snippet, fieldValues?: FieldValues): Promise<boolean>;
  /** Escape: back to the reply, caret where it was. */
  onReturnToEditor(): void;
}

/**
 * Search the snippet library as you type (ARIA combobox with a listbox): arrows move, Enter or a
 * click inserts at the reply's caret, Escape goes back to the reply. The results list shows while
 * the box has focus or holds a query; an empty query lists the best snippets for this customer.
 */
export function SnippetSearch(props: SnippetSearchProps) {
  const id = useId();
  const search = useSnippetCombobox(props);
  const { results, active, filling, insert, open, showingList } = search;
  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <section class="tf-section tf-snippets" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="tf-heading">
        {t('sidebar_snippets_heading')}
      </h2>
      <LibraryNotices library={props.library} failure={search.failure} />
      <SearchBox
        inputRef={search.input}
        id={id}
        query={search.query}
        expanded={showingList}
        activeOptionId={showingList && active >= 0 ? optionId(active) : undefined}
        trigger={props.trigger}
        onFocus={search.onFocus}
        onBlur={search.onBlur}
        onQuery={search.onQuery}
        onKeyDown={search.onKeyDown}
      />
      <ResultStatus open={open} results={results} failure={search.failure} />
      {filling && (
        <SnippetFieldForm
          // A new form for each snippet: its values start from that snippet's defaults.
          key={filling.snippet.id}
          title={filling.snippet.title}
          fields={filling.fields}
          busy={props.busy}
          onSubmit={(values) => void insert(filling.snippet, values)}
          onCancel={search.onCancelFilling}
        />
      )}
      <ResultList
        listRef={search.list}
        id={`${id}-list`}
        optionId={optionId}
        query={open && results ? results.query : undefined}
        shown={showingList && results ? results.items : null}
        active={active}
        trigger={props.trigger}
        busy={props.busy}
        onScroll={search.onScroll}
        onHover={search.setActive}
        onChoose={(snippet) => void insert(snippet)}
      />
    </section>
  );
}

/**
 * The combobox's state and what its keys and events do: the query, whether the box has focus,
 * the results with the active one, and the snippet whose fill-in fields are being filled.
 */
function useSnippetCombobox(props: SnippetSearchProps) {
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  // The newest props for the async answers below.
  const current = useRef(props);
  current.current = props;
  const { results, failure, active, setActive, runSearch, clearResults } = useSearchResults((text) =>
    current.current.search(text),
  );
  const { noteMoveByKey, onScroll } = useResultScrolling(list, active, results);
  const { filling, insert, cancelFilling } = useSnippetInsertion(
    () => current.current,
    () => {
      setQuery('');
      clearResults();
    },
  );

  const open = !filling && (focused || query !== '');

  // The library changed (a snippet edited on the options page, say): what is shown may be stale.
  useOnRevisionChange(props.revision, () => open && runSearch(query));

  const items = open ? (results?.items ?? []) : [];

  const onKeyDown = (event: KeyboardEvent) => {
    const action = comboboxKeyAction(event, items.length, active);
    if (action === null) return;
    event.preventDefault();
    if (action.kind === 'stay') return;
    if (action.kind === 'move') {
      noteMoveByKey();
      setActive(action.to);
    } else if (action.kind === 'choose') {
      const chosen = items[active];
      if (chosen) void insert(chosen.snippet);
    } else props.onReturnToEditor();
  };

  return {
    input,
    list,
    query,
    results,
    failure,
    active,
    setActive,
    filling,
    insert,
    open,
    showingList: open && results !== null && results.items.length > 0,
    onScroll,
    onKeyDown,
    onFocus() {
      props.onSearchFocus();
      setFocused(true);
      if (!open) runSearch(query);
    },
    onBlur: () => setFocused(false),
    onQuery(text: string) {
      setQuery(text);
      runSearch(text);
    },
    onCancelFilling() {
      cancelFilling();
      input.current?.focus();
    },
  };
}
