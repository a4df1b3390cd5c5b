import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { plural, t } from '@/lib/i18n';
import type { SnippetLibraryState } from '@/lib/coach/state';
import { snippetFields, type SnippetField } from '@/lib/library/fields';
import type { FieldValues } from '@/lib/library/placeholders';
import type { Snippet } from '@/lib/library/schema';
import type { RankedSnippet } from '@/lib/library/search';
import type { SearchAnswer } from '@/lib/coach/snippet-search-cache';
import type { LibraryResponse } from '@/lib/messaging/protocol';
import { SnippetFieldForm } from './SnippetFieldForm';
import { SnippetOption } from './SnippetOption';

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

interface ShownResults {
  query: string;
  items: RankedSnippet[];
}

type SearchFailure = { kind: 'failed'; message: string } | { kind: 'unreachable' };

/**
 * Search the snippet library as you type (ARIA combobox with a listbox): arrows move, Enter or a
 * click inserts at the reply's caret, Escape goes back to the reply. The results list shows while
 * the box has focus or holds a query; an empty query lists the best snippets for this customer.
 */
export function SnippetSearch(props: SnippetSearchProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [results, setResults] = useState<ShownResults | null>(null);
  const [failure, setFailure] = useState<SearchFailure | null>(null);
  const [active, setActive] = useState(-1);
  /** A snippet with fill-in fields waiting for the agent's values. */
  const [filling, setFilling] = useState<{ snippet: Snippet; fields: SnippetField[] } | null>(null);
  /** Only the newest search may show its answer: answers can arrive out of order. */
  const latestSearch = useRef(0);
  // The newest props for the async answers below.
  const current = useRef(props);
  current.current = props;

  const open = !filling && (focused || query !== '');

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
    const answer = current.current.search(text);
    // An answer already in the tab goes into the same render as the typed character.
    if (!('then' in answer)) return show(answer);
    answer.then(show, () => {
      if (ticket !== latestSearch.current) return;
      setFailure({ kind: 'unreachable' });
      setResults(null);
    });
  };

  // The library changed (a snippet edited on the options page, say): what is shown may be stale.
  const shownRevision = useRef(props.revision);
  useEffect(() => {
    if (shownRevision.current === props.revision) return;
    shownRevision.current = props.revision;
    if (open) runSearch(query);
  }, [props.revision]);

  const items = open ? (results?.items ?? []) : [];
  // Scrolling reads the layout: done for an arrow key's move, and for new results only when the
  // list is not at its top, rather than after every key typed.
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

  const insert = async (snippet: Snippet, fieldValues?: FieldValues) => {
    if (props.busy) return;
    const fields = snippetFields(snippet.body, snippet.fields);
    if (fields.length > 0 && fieldValues === undefined) {
      setFilling({ snippet, fields });
      return;
    }
    if (await current.current.onInsert(snippet, fieldValues)) {
      setFilling(null);
      latestSearch.current += 1;
      setQuery('');
      setResults(null);
      setActive(-1);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      movedByKey.current = true;
      setActive((active + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[active];
      if (chosen) void insert(chosen.snippet);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onReturnToEditor();
    }
  };

  const showingList = open && results !== null && results.items.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <section class="tf-section tf-snippets" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="tf-heading">
        {t('sidebar_snippets_heading')}
      </h2>
      <LibraryNotices library={props.library} failure={failure} />
      <label class="tf-visually-hidden" for={`${id}-input`}>
        {t('sidebar_snippets_search_label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        class="tf-snippets-input"
        // The browser command "open snippet search" focuses the element with this attribute.
        data-tactful-snippet-search
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('sidebar_snippets_search_placeholder')}
        aria-autocomplete="list"
        aria-expanded={showingList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showingList && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onFocus={() => {
          props.onSearchFocus();
          setFocused(true);
          if (!open) runSearch(query);
        }}
        onBlur={() => setFocused(false)}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setQuery(text);
          runSearch(text);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} class="tf-visually-hidden">
        {t('sidebar_snippets_hint', props.trigger)}
      </p>
      <p class="tf-visually-hidden" role="status" aria-live="polite">
        {open && results ? resultCountText(results) : ''}
      </p>
      {open && <ResultNotices failure={failure} results={results} />}
      {filling && (
        <SnippetFieldForm
          // A new form for each snippet: its values start from that snippet's defaults.
          key={filling.snippet.id}
          title={filling.snippet.title}
          fields={filling.fields}
          busy={props.busy}
          onSubmit={(values) => void insert(filling.snippet, values)}
          onCancel={() => {
            setFilling(null);
            input.current?.focus();
          }}
        />
      )}
      <ul
        ref={list}
        id={`${id}-list`}
        class="tf-snippets-results"
        role="listbox"
        aria-label={t('sidebar_snippets_results_label')}
        data-query={open && results ? results.query : undefined}
        hidden={!showingList}
        onScroll={(event) => (scrolledDown.current = event.currentTarget.scrollTop > 0)}
      >
        {showingList &&
          results.items.map(({ snippet }, index) => (
            <SnippetOption
              // By place, not by snippet: the next key's results reuse these rows and change only
              // their text, instead of the rows being taken out and built again on every key.
              key={index}
              snippet={snippet}
              index={index}
              id={optionId(index)}
              trigger={props.trigger}
              active={index === active}
              busy={props.busy}
              onHover={() => setActive(index)}
              onChoose={() => void insert(snippet)}
            />
          ))}
      </ul>
    </section>
  );
}

/** Above the search box: why the library cannot be changed, or cannot be reached at all. */
function LibraryNotices({ library, failure }: { library: SnippetLibraryState; failure: SearchFailure | null }) {
  const status = library.kind === 'ready' ? library.status : null;
  return (
    <>
      {status && !status.writable && (
        <p class="tf-snippets-state" role="status">
          {t('sidebar_snippets_read_only', status.message)}
        </p>
      )}
      {(library.kind === 'unreachable' || failure?.kind === 'unreachable') && (
        <p class="tf-snippets-state" role="status">
          {t('sidebar_snippets_unavailable')}
        </p>
      )}
    </>
  );
}

/** Under the search box, in place of results: the search failed, or it found nothing. */
function ResultNotices({ failure, results }: { failure: SearchFailure | null; results: ShownResults | null }) {
  return (
    <>
      {failure?.kind === 'failed' && (
        <p class="tf-snippets-state" role="alert">
          {t('sidebar_snippets_search_failed', failure.message)}
        </p>
      )}
      {results && results.items.length === 0 && (
        <p class="tf-snippets-state tf-muted">
          {results.query.trim()
            ? t('sidebar_snippets_no_match', results.query.trim())
            : t('sidebar_snippets_empty_library')}
        </p>
      )}
    </>
  );
}

function resultCountText(results: ShownResults): string {
  if (results.items.length > 0) return plural('sidebar_snippets_result_count', results.items.length);
  return results.query.trim()
    ? t('sidebar_snippets_no_match', results.query.trim())
    : t('sidebar_snippets_empty_library');
}
