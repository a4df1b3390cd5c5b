import type { RefObject, TargetedEvent } from 'preact';
import { plural, t } from '@/lib/i18n';
import type { SnippetLibraryState } from '@/lib/coach/state';
import type { Snippet } from '@/lib/library/schema';
import type { RankedSnippet } from '@/lib/library/search';
import { SnippetOption } from './SnippetOption';
import type { SearchFailure, ShownResults } from './use-snippet-search';

// The parts of the snippet search that only show what they are given: the box, the results list
// and the notices around them.

interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** The search's id prefix: the box is `${id}-input`, the list `${id}-list`. */
  id: string;
  query: string;
  expanded: boolean;
  activeOptionId: string | undefined;
  trigger: string;
  onFocus(): void;
  onBlur(): void;
  onQuery(text: string): void;
  onKeyDown(event: KeyboardEvent): void;
}

/** The search box, an ARIA combobox over the results list, with its label and hint for screen readers. */
export function SearchBox({
  inputRef,
  id,
  query,
  expanded,
  activeOptionId,
  trigger,
  onFocus,
  onBlur,
  onQuery,
  onKeyDown,
}: SearchBoxProps) {
  return (
    <>
      <label class="tf-visually-hidden" for={`${id}-input`}>
        {t('sidebar_snippets_search_label')}
      </label>
      <input
        ref={inputRef}
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
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={activeOptionId}
        aria-describedby={`${id}-hint`}
        value={query}
        onFocus={onFocus}
        onBlur={onBlur}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} class="tf-visually-hidden">
        {t('sidebar_snippets_hint', trigger)}
      </p>
    </>
  );
}

interface ResultListProps {
  listRef: RefObject<HTMLUListElement | null>;
  id: string;
  optionId(index: number): string;
  /** The query the shown results answer, while the list is open. */
  query: string | undefined;
  /** The results to show, or null while the list is hidden. */
  shown: RankedSnippet[] | null;
  active: number;
  trigger: string;
  busy: boolean;
  onScroll(event: TargetedEvent<HTMLUListElement>): void;
  onHover(index: number): void;
  onChoose(snippet: Snippet): void;
}

/** The results as a listbox; it stays in the page, hidden, so the combobox can point at it. */
export function ResultList({
  listRef,
  id,
  optionId,
  query,
  shown,
  active,
  trigger,
  busy,
  onScroll,
  onHover,
  onChoose,
}: ResultListProps) {
  return (
    <ul
      ref={listRef}
      id={id}
      class="tf-snippets-results"
      role="listbox"
      aria-label={t('sidebar_snippets_results_label')}
      data-query={query}
      hidden={shown === null}
      onScroll={onScroll}
    >
      {shown?.map(({ snippet }, index) => (
        <SnippetOption
          // By place, not by snippet: the next key's results reuse these rows and change only
          // their text, instead of the rows being taken out and built again on every key.
          key={index}
          snippet={snippet}
          index={index}
          id={optionId(index)}
          trigger={trigger}
          active={index === active}
          busy={busy}
          onHover={() => onHover(index)}
          onChoose={() => onChoose(snippet)}
        />
      ))}
    </ul>
  );
}

/** Above the search box: why the library cannot be changed, or cannot be reached at all. */
export function LibraryNotices({ library, failure }: { library: SnippetLibraryState; failure: SearchFailure | null }) {
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

/** The result count for screen readers, and the notices in place of results while the list is open. */
export function ResultStatus({
  open,
  results,
  failure,
}: {
  open: boolean;
  results: ShownResults | null;
  failure: SearchFailure | null;
}) {
  return (
    <>
      <p class="tf-visually-hidden" role="status" aria-live="polite">
        {open && results ? resultCountText(results) : ''}
      </p>
      {open && <ResultNotices failure={failure} results={results} />}
    </>
  );
}
