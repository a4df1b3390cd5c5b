import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { deleteSnippets, duplicateSnippet, restoreDeletedSnippets, type Snippet } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { BulkTagForm } from './BulkTagForm';
import { snippetChange, useOptions } from './context';
import { errorMessage } from './errors';
import { AlertText } from './OutcomeMessage';
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

/** One change at a time: a second click while the first is saving does nothing; a failure is shown. */
function useOneChangeAtATime() {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
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
  return { busy, problem, run };
}

/** The snippet open in the editor, and where focus goes back to when it closes. */
function useSnippetEditing(fallbackFocus: RefObject<HTMLElement | null>) {
  const [editing, setEditing] = useState<Editing | null>(null);
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
    requestAnimationFrame(() => (opener?.isConnected ? opener : fallbackFocus.current)?.focus());
  };
  return { editing, setEditing, openEditor, closeEditor };
}

/** The ticked snippets; snippets deleted elsewhere drop out of the selection by themselves. */
function useSnippetSelection(all: readonly Snippet[]) {
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const selectedIds = useMemo(
    () => all.filter((snippet) => selection.has(snippet.id)).map((snippet) => snippet.id),
    [all, selection],
  );
  const select = (ids: readonly string[], on: boolean) =>
    setSelection((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  return { selection, selectedIds, select, clearSelection: () => setSelection(new Set()) };
}

function ToastSlot({
  toast,
  onUndo,
  onDismiss,
}: {
  toast: Toast | null;
  onUndo(ids: string[]): void;
  onDismiss(): void;
}) {
  if (!toast) return null;
  const undoIds = toast.undoIds;
  return (
    <UndoToast
      message={toast.message}
      takeFocus={toast.takeFocus}
      onUndo={undoIds && undoIds.length > 0 ? () => onUndo(undoIds) : undefined}
      onDismiss={onDismiss}
    />
  );
}

/** What an undo put back, and which restored shortcuts had to be renamed. */
function undoMessage(restored: Awaited<ReturnType<typeof restoreDeletedSnippets>>): string {
  const renamed = restored
    .filter((entry) => entry.previousShortcut !== null)
    .map((entry) =>
      t('options_undo_renamed', entry.snippet.title, entry.snippet.shortcut, entry.previousShortcut ?? ''),
    );
  return [plural('options_undo_done', restored.length), ...renamed].join(' ');
}

interface NewSnippetToolbarProps {
  buttonRef: RefObject<HTMLButtonElement | null>;
  disabled: boolean;
  onNew(): void;
}

function NewSnippetToolbar({ buttonRef, disabled, onNew }: NewSnippetToolbarProps) {
  return (
    <div class="tfo-toolbar">
      <button ref={buttonRef} type="button" class="tfo-button tfo-primary" disabled={disabled} onClick={onNew}>
        {t('options_new_snippet')}
      </button>
    </div>
  );
}

function LoadingNotice() {
  return (
    <p class="tfo-empty" role="status">
      {t('options_loading')}
    </p>
  );
}

/** The snippet library: filter, list, create, edit, duplicate, bulk tag, delete with undo. */
export function SnippetManager({ snippets, trigger }: SnippetManagerProps) {
  const { library, status, announceChange } = useOptions();
  const [filter, setFilter] = useState<SnippetFilterState>(NO_FILTER);
  const [toast, setToast] = useState<Toast | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const { busy, problem, run } = useOneChangeAtATime();
  const { editing, setEditing, openEditor, closeEditor } = useSnippetEditing(newButton);

  const all = snippets ?? [];
  const shown = useMemo(() => filterSnippets(all, filter), [all, filter]);
  const tags = useMemo(() => allTags(all), [all]);
  const { selection, selectedIds, select, clearSelection } = useSnippetSelection(all);
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
      setToast({ message: undoMessage(restored), takeFocus: true });
    });

  const duplicate = (source: Snippet) =>
    run(async () => {
      const copy = await duplicateSnippet(library, source.id);
      announceChange(snippetChange([copy.id]));
      openEditor(copy, t('options_duplicated_note', source.title, `${trigger}${copy.shortcut}`));
    });

  return (
    <>
      <NewSnippetToolbar buttonRef={newButton} disabled={!status.writable} onNew={() => openEditor(null)} />
      <AlertText text={problem} />
      <ToastSlot toast={toast} onUndo={(ids) => void undo(ids)} onDismiss={() => setToast(null)} />
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
          onClearSelection={clearSelection}
        />
      )}
      {snippets === undefined ? (
        <LoadingNotice />
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
