import type { RefObject } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { backupToJson, listSnippets, parseBackup, restoreBackup, type Backup } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { datedFileName } from './download';
import { errorMessage } from './errors';
import { AlertText } from './OutcomeMessage';

type RestoreState =
  | { step: 'idle' }
  | { step: 'confirm'; fileName: string; text: string; backup: Backup; error?: string }
  | { step: 'done'; snippets: number; settings: number }
  | { step: 'failed'; message: string };

function formatDate(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? null
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

type ConfirmState = Extract<RestoreState, { step: 'confirm' }>;

/** Saves a backup file of everything, remembering its name (or why it failed) to show. */
function useBackupDownload() {
  const { library, saveFile } = useOptions();
  const [savedBackup, setSavedBackup] = useState<string | null>(null);
  const [backupError, setBackupError] = useState<string | null>(null);

  const downloadBackup = async () => {
    setBackupError(null);
    try {
      const text = await backupToJson(library);
      const fileName = datedFileName('tactful-backup', 'json', library.now());
      saveFile(fileName, text, 'application/json');
      setSavedBackup(fileName);
    } catch (error) {
      setBackupError(errorMessage(error));
    }
  };
  return { savedBackup, backupError, downloadBackup, forgetSavedBackup: () => setSavedBackup(null) };
}

function SavedBackupNotice({ fileName }: { fileName: string | null }) {
  return fileName ? (
    <p class="tfo-success" role="status">
      {t('options_backup_saved', fileName)}
    </p>
  ) : null;
}

interface RestoreConfirmationProps {
  confirm: ConfirmState;
  savedBackup: string | null;
  canRestore: boolean;
  onBackupFirst(): void;
  onRestore(): void;
  onCancel(): void;
}

/** What the chosen backup holds, the warning that it replaces everything, and the choice. */
function RestoreConfirmation({
  confirm,
  savedBackup,
  canRestore,
  onBackupFirst,
  onRestore,
  onCancel,
}: RestoreConfirmationProps) {
  return (
    <div class="tfo-confirm">
      <p role="status">
        {t(
          'options_restore_summary',
          confirm.fileName,
          formatDate(confirm.backup.createdAt) ?? t('options_restore_unknown_date'),
          plural('options_snippet_count', confirm.backup.snippets.length),
          plural('options_setting_count', Object.keys(confirm.backup.settings).length),
        )}
      </p>
      <p class="tfo-warning">{t('options_restore_warning')}</p>
      <div class="tfo-actions">
        <button type="button" class="tfo-button" onClick={onBackupFirst}>
          {t('options_restore_backup_first')}
        </button>
        <button type="button" class="tfo-button tfo-danger" disabled={!canRestore} onClick={onRestore}>
          {t('options_restore_confirm')}
        </button>
        <button type="button" class="tfo-button" onClick={onCancel}>
          {t('options_restore_cancel')}
        </button>
      </div>
      <SavedBackupNotice fileName={savedBackup} />
      <AlertText text={confirm.error} />
    </div>
  );
}

/** How a restore ended, or nothing while there is none. */
function RestoreOutcome({ state }: { state: RestoreState }) {
  if (state.step === 'failed') return <AlertText text={state.message} />;
  if (state.step !== 'done') return null;
  return (
    <p class="tfo-success" role="status">
      {t(
        'options_restore_done',
        plural('options_snippet_count', state.snippets),
        plural('options_setting_count', state.settings),
      )}
    </p>
  );
}

interface BackupCardProps {
  headingId: string;
  savedBackup: string | null;
  backupError: string | null;
  onDownload(): void;
}

/** Download a backup of everything, and the file it was saved to or why it failed. */
function BackupCard({ headingId, savedBackup, backupError, onDownload }: BackupCardProps) {
  return (
    <div class="tfo-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('options_backup_heading')}</h3>
      <p class="tfo-hint">{t('options_backup_explained')}</p>
      <div class="tfo-actions">
        <button type="button" class="tfo-button" onClick={onDownload}>
          {t('options_backup_download')}
        </button>
      </div>
      <SavedBackupNotice fileName={savedBackup} />
      <AlertText text={backupError} />
    </div>
  );
}

/** Choosing a backup file, checking it, and restoring it once the agent confirms. */
function useRestore(fileInput: RefObject<HTMLInputElement | null>, onFileChosen: () => void) {
  const { library, announceChange } = useOptions();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const clearFile = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    try {
      // Checked whole before anything is offered: a newer or damaged backup is refused here.
      setState({ step: 'confirm', fileName: chosen.name, text, backup: parseBackup(text) });
      onFileChosen();
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) });
      input.value = '';
    }
  };

  const restore = async (confirmed: ConfirmState) => {
    setBusy(true);
    try {
      const before = await listSnippets(library);
      const report = await restoreBackup(library, confirmed.text);
      const restoredIds = new Set(confirmed.backup.snippets.map((snippet) => snippet.id));
      announceChange(
        snippetChange(
          [...restoredIds],
          before.map((snippet) => snippet.id).filter((snippetId) => !restoredIds.has(snippetId)),
        ),
      );
      setState({ step: 'done', ...report });
      clearFile();
    } catch (error) {
      setState({ ...confirmed, error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setState({ step: 'idle' });
    clearFile();
  };
  return { state, busy, chooseFile, restore, cancel };
}

/**
 * A full backup of everything Tactful keeps in this browser (snippets with their usage, settings)
 * and restoring one. Restoring replaces everything, all or nothing; before it does, the agent is
 * offered a backup of what they have now.
 */
export function BackupRestore() {
  const { status } = useOptions();
  const { savedBackup, backupError, downloadBackup, forgetSavedBackup } = useBackupDownload();
  const fileInput = useRef<HTMLInputElement>(null);
  const { state, busy, chooseFile, restore, cancel } = useRestore(fileInput, forgetSavedBackup);
  const id = useId();

  return (
    <div class="tfo-columns">
      <BackupCard
        headingId={`${id}-backup`}
        savedBackup={state.step === 'confirm' ? null : savedBackup}
        backupError={backupError}
        onDownload={() => void downloadBackup()}
      />
      <div class="tfo-card" role="group" aria-labelledby={`${id}-restore`}>
        <h3 id={`${id}-restore`}>{t('options_restore_heading')}</h3>
        <p class="tfo-hint">{t('options_restore_explained')}</p>
        <div class="tfo-field">
          <label for={`${id}-file`}>{t('options_restore_choose')}</label>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            disabled={!status.writable || busy}
            onChange={(event) => void chooseFile(event.currentTarget)}
          />
        </div>
        {state.step === 'confirm' && (
          <RestoreConfirmation
            confirm={state}
            savedBackup={savedBackup}
            canRestore={status.writable && !busy}
            onBackupFirst={() => void downloadBackup()}
            onRestore={() => void restore(state)}
            onCancel={cancel}
          />
        )}
        <RestoreOutcome state={state} />
      </div>
    </div>
  );
}
