import { useMemo, useRef, useState } from 'preact/hooks';
import { deleteSnippets, duplicateSnippet, restoreDeletedSnippets, type Snippet } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { BulkTagForm } from './BulkTagForm';
import { snippetChange, useOptions } from './context';
import { errorMessage } from './errors';
import { SnippetEditor } from './SnippetEditor';
import { SnippetFilter } from './SnippetFilter';
import { allTags, filterSnippets, NO_FILTER, type SnippetFilterState } from './snippet-filter';
import { SnippetList } from './SnippetList';
import { UndoToast } from './UndoToast';

export interface SnippetManagerProps {
  /** Every snippet, kept current by the page's live query; undefined while loading. */
  snippets: readonly Snippet[] | undefined;
  trigger: string;
}

interface Editing {
  snippet: Snippet | null;
  note: string | null;
  /** Where focus goes back to when the editor closes. */
  opener: HTMLElement | null;
}

interface Toast {
  message: string;
  /** Trashed snippets the toast's Undo puts back. */
  undoIds?: string[];
  /** After a delete or an undo the row that had focus is gone; focus moves to the toast. */
  takeFocus?: boolean;
}

/** The snippet library: filter, list, create, edit, duplicate, bulk tag, delete with undo. */
export function SnippetManager({ snippets, trigger }: SnippetManagerProps) {
  const { library, status, announceChange } = useOptions();
  const [filter, setFilter] = useState<SnippetFilterState>(NO_FILTER);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  const all = snippets ?? [];
  const shown = useMemo(() => filterSnippets(all, filter), [all, filter]);
  const tags = useMemo(() => allTags(all), [all]);
  // Snippets deleted elsewhere drop out of the selection by themselves.
  const selectedIds = useMemo(
    () => all.filter((snippet) => selection.has(snippet.id)).map((snippet) => snippet.id),
    [all, selection],
  );

  const run = async (action: () => Promise<void>) => {
    // One change at a time: a second click while the first is saving does nothing.
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const openEditor = (snippet: Snippet | null, note: string | null = null) => {
    setEditing({
      snippet,
      note,
      opener: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    });
  };

  const closeEditor = () => {
    const opener = editing?.opener;
    setEditing(null);
    requestAnimationFrame(() => (opener?.isConnected ? opener : newButton.current)?.focus());
  };

  const select = (ids: readonly string[], on: boolean) =>
    setSelection((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const remove = (ids: readonly string[], message: (count: number) => string) =>
    run(async () => {
      const deleted = await deleteSnippets(library, ids);
      announceChange(snippetChange([], deleted));
      select(deleted, false);
      if (editing?.snippet && deleted.includes(editing.snippet.id)) setEditing(null);
      setToast({ message: message(deleted.length), undoIds: deleted, takeFocus: true });
    });

  const undo = (ids: readonly string[]) =>
    run(async () => {
      const restored = await restoreDeletedSnippets(library, ids);
      announceChange(snippetChange(restored.map((entry) => entry.snippet.id)));
      const renamed = restored
        .filter((entry) => entry.previousShortcut !== null)
        .map((entry) =>
          t('options_undo_renamed', entry.snippet.title, entry.snippet.shortcut, entry.previousShortcut ?? ''),
        );
      setToast({ message: [plural('options_undo_done', restored.length), ...renamed].join(' '), takeFocus: true });
    });

  const duplicate = (source: Snippet) =>
    run(async () => {
      const copy = await duplicateSnippet(library, source.id);
      announceChange(snippetChange([copy.id]));
      openEditor(copy, t('options_duplicated_note', source.title, `${trigger}${copy.shortcut}`));
    });

  return (
    <>
      <div class="tfo-toolbar">
        <button
          ref={newButton}
          type="button"
          class="tfo-button tfo-primary"
          disabled={!status.writable}
          onClick={() => openEditor(null)}
        >
          {t('options_new_snippet')}
        </button>
      </div>
      {problem && (
        <p class="tfo-alert" role="alert">
          {problem}
        </p>
      )}
      {toast && (
        <UndoToast
          message={toast.message}
          takeFocus={toast.takeFocus}
          onUndo={toast.undoIds && toast.undoIds.length > 0 ? () => void undo(toast.undoIds!) : undefined}
          onDismiss={() => setToast(null)}
        />
      )}
      {editing && (
        <SnippetEditor
          key={editing.snippet?.id ?? 'new'}
          snippet={editing.snippet}
          note={editing.note}
          trigger={trigger}
          onCancel={closeEditor}
          onSaved={(saved) => {
            setToast({ message: t('options_saved', saved.title) });
            closeEditor();
          }}
        />
      )}
      <SnippetFilter filter={filter} tags={tags} matching={shown.length} total={all.length} onChange={setFilter} />
      {selectedIds.length > 0 && (
        <BulkTagForm
          selectedIds={selectedIds}
          onDeleteSelected={() => void remove(selectedIds, (count) => plural('options_deleted_many', count))}
          onClearSelection={() => setSelection(new Set())}
        />
      )}
      {snippets === undefined ? (
        <p class="tfo-empty" role="status">
          {t('options_loading')}
        </p>
      ) : (
        <SnippetList
          snippets={shown}
          trigger={trigger}
          selected={selection}
          canWrite={status.writable && !busy}
          onSelect={select}
          onEdit={(snippet) => openEditor(snippet)}
          onDuplicate={(snippet) => void duplicate(snippet)}
          onDelete={(snippet) => void remove([snippet.id], () => t('options_deleted_single', snippet.title))}
        />
      )}
    </>
  );
}
