import type { TargetedSubmitEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { bulkTag } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { errorMessage } from './errors';
import { splitTagList } from './snippet-filter';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';

export interface BulkTagFormProps {
  selectedIds: readonly string[];
  onDeleteSelected(): void;
  onClearSelection(): void;
}

/** Acts on the selected snippets: add and remove tags, or delete them all. */
export function BulkTagForm({ selectedIds, onDeleteSelected, onClearSelection }: BulkTagFormProps) {
  const { library, status, announceChange } = useOptions();
  const [add, setAdd] = useState('');
  const [remove, setRemove] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = { add: splitTagList(add), remove: splitTagList(remove) };
    if (changes.add.length === 0 && changes.remove.length === 0) {
      setOutcome({ kind: 'error', text: t('options_bulk_nothing') });
      return;
    }
    setBusy(true);
    try {
      const result = await bulkTag(library, selectedIds, changes);
      announceChange(snippetChange(result.updated));
      const skipped = result.skipped.length > 0 ? ` ${plural('options_bulk_skipped', result.skipped.length)}` : '';
      setOutcome({ kind: 'done', text: `${plural('options_bulk_done', result.updated.length)}${skipped}` });
      setAdd('');
      setRemove('');
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="tfo-bulk" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`} class="tfo-bulk-heading">
        {plural('options_bulk_selected', selectedIds.length)}
      </h3>
      <div class="tfo-field">
        <label for={`${id}-add`}>{t('options_bulk_add')}</label>
        <input
          id={`${id}-add`}
          type="text"
          value={add}
          onInput={(event) => setAdd(event.currentTarget.value)}
          autoComplete="off"
        />
      </div>
      <div class="tfo-field">
        <label for={`${id}-remove`}>{t('options_bulk_remove')}</label>
        <input
          id={`${id}-remove`}
          type="text"
          value={remove}
          onInput={(event) => setRemove(event.currentTarget.value)}
          autoComplete="off"
        />
      </div>
      <div class="tfo-actions">
        <button type="submit" class="tfo-button tfo-primary" disabled={!status.writable || busy}>
          {t('options_bulk_apply')}
        </button>
        <button type="button" class="tfo-button tfo-danger" disabled={!status.writable} onClick={onDeleteSelected}>
          {t('options_bulk_delete')}
        </button>
        <button type="button" class="tfo-button" onClick={onClearSelection}>
          {t('options_bulk_clear')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
