import { useEffect, useRef, useState } from 'preact/hooks';
import { STARTER_PACK_ID, type Snippet } from '@/lib/library';
import { plural, t } from '@/lib/i18n';

/** Rows drawn at first and per "Show more": a library of 10,000 snippets stays quick to open. */
export const LIST_PAGE_SIZE = 200;
const PREVIEW_CHARS = 160;

export interface SnippetListProps {
  /** Already filtered and sorted. */
  snippets: readonly Snippet[];
  trigger: string;
  selected: ReadonlySet<string>;
  canWrite: boolean;
  onSelect(ids: readonly string[], selected: boolean): void;
  onEdit(snippet: Snippet): void;
  onDuplicate(snippet: Snippet): void;
  onDelete(snippet: Snippet): void;
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

function SourceBadge({ snippet }: { snippet: Snippet }) {
  if (snippet.packId === null) return null;
  return (
    <span class="tfo-badge">
      {snippet.packId === STARTER_PACK_ID ? t('options_badge_starter') : t('options_badge_pack', snippet.packId)}
    </span>
  );
}

interface SnippetRowProps extends Omit<SnippetListProps, 'snippets' | 'selected'> {
  snippet: Snippet;
  selected: boolean;
}

/** Edit for the agent's own snippets; a pack's are read-only, so they are duplicated to edit. */
function SnippetRowActions({
  snippet,
  canWrite,
  onEdit,
  onDuplicate,
  onDelete,
}: Omit<SnippetRowProps, 'trigger' | 'selected' | 'onSelect'>) {
  return (
    <td class="tfo-row-actions">
      {snippet.packId === null ? (
        <button
          type="button"
          class="tfo-link"
          aria-label={t('options_list_edit_label', snippet.title)}
          onClick={() => onEdit(snippet)}
        >
          {t('options_list_edit')}
        </button>
      ) : (
        <button
          type="button"
          class="tfo-link"
          disabled={!canWrite}
          aria-label={t('options_list_duplicate_label', snippet.title)}
          onClick={() => onDuplicate(snippet)}
        >
          {t('options_list_duplicate')}
        </button>
      )}
      <button
        type="button"
        class="tfo-link tfo-danger"
        disabled={!canWrite}
        aria-label={t('options_list_delete_label', snippet.title)}
        onClick={() => onDelete(snippet)}
      >
        {t('options_list_delete')}
      </button>
    </td>
  );
}

/** One snippet: its tick box, title and preview, shortcut, tags, usage and actions. */
function SnippetRow({ snippet, trigger, selected, onSelect, ...actions }: SnippetRowProps) {
  return (
    <tr data-snippet-id={snippet.id} class={selected ? 'tfo-selected' : undefined}>
      <td class="tfo-select-cell">
        <input
          type="checkbox"
          aria-label={t('options_list_select', snippet.title)}
          checked={selected}
          onChange={(event) => onSelect([snippet.id], event.currentTarget.checked)}
        />
      </td>
      <th scope="row" class="tfo-snippet-cell">
        <span class="tfo-snippet-title">{snippet.title}</span> <SourceBadge snippet={snippet} />
        <span class="tfo-preview">{preview(snippet.body)}</span>
      </th>
      <td>
        <code class="tfo-shortcut">
          {trigger}
          {snippet.shortcut}
        </code>
      </td>
      <td>
        <ul class="tfo-tags" aria-label={t('options_list_column_tags')}>
          {snippet.tags.map((tag) => (
            <li key={tag} class="tfo-tag">
              {tag}
            </li>
          ))}
        </ul>
      </td>
      <td class="tfo-usage">
        {snippet.usageCount > 0 ? plural('options_list_used', snippet.usageCount) : t('options_list_unused')}
      </td>
      <SnippetRowActions snippet={snippet} {...actions} />
    </tr>
  );
}

/** The snippets as a table: select for bulk actions, edit your own, duplicate a pack's, delete. */
export function SnippetList({
  snippets,
  trigger,
  selected,
  canWrite,
  onSelect,
  onEdit,
  onDuplicate,
  onDelete,
}: SnippetListProps) {
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const selectAll = useRef<HTMLInputElement>(null);
  const shown = snippets.slice(0, limit);
  const shownSelected = shown.filter((snippet) => selected.has(snippet.id)).length;
  const allShownSelected = shown.length > 0 && shownSelected === shown.length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = shownSelected > 0 && !allShownSelected;
  }, [shownSelected, allShownSelected]);

  if (snippets.length === 0) return <p class="tfo-empty">{t('options_list_empty')}</p>;

  return (
    <>
      <table class="tfo-snippets">
        <thead>
          <tr>
            <th scope="col" class="tfo-select-cell">
              <input
                ref={selectAll}
                type="checkbox"
                aria-label={t('options_list_select_all')}
                checked={allShownSelected}
                onChange={(event) =>
                  onSelect(
                    shown.map((snippet) => snippet.id),
                    event.currentTarget.checked,
                  )
                }
              />
            </th>
            <th scope="col">{t('options_list_column_snippet')}</th>
            <th scope="col">{t('options_list_column_shortcut')}</th>
            <th scope="col">{t('options_list_column_tags')}</th>
            <th scope="col">{t('options_list_column_usage')}</th>
            <th scope="col">
              <span class="tfo-visually-hidden">{t('options_list_column_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((snippet) => (
            <SnippetRow
              key={snippet.id}
              snippet={snippet}
              trigger={trigger}
              selected={selected.has(snippet.id)}
              canWrite={canWrite}
              onSelect={onSelect}
              onEdit={onEdit}
              onDuplicate={onDuplicate}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
      {snippets.length > shown.length && (
        <p class="tfo-more">
          <span>{t('options_list_showing', shown.length.toLocaleString(), snippets.length.toLocaleString())}</span>{' '}
          <button type="button" class="tfo-button" onClick={() => setLimit((current) => current + LIST_PAGE_SIZE)}>
            {t('options_list_show_more')}
          </button>
        </p>
      )}
    </>
  );
}
