import { useId, useRef, useState } from 'preact/hooks';
import { backupToJson, listSnippets, parseBackup, restoreBackup, type Backup } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { datedFileName } from './download';
import { errorMessage } from './errors';

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

/**
 * A full backup of everything Tactful keeps in this browser (snippets with their usage, settings)
 * and restoring one. Restoring replaces everything, all or nothing; before it does, the agent is
 * offered a backup of what they have now.
 */
export function BackupRestore() {
  const { library, status, announceChange, saveFile } = useOptions();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [savedBackup, setSavedBackup] = useState<string | null>(null);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

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

  const chooseFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    try {
      // Checked whole before anything is offered: a newer or damaged backup is refused here.
      setState({ step: 'confirm', fileName: chosen.name, text, backup: parseBackup(text) });
      setSavedBackup(null);
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) });
      input.value = '';
    }
  };

  const restore = async (confirmed: Extract<RestoreState, { step: 'confirm' }>) => {
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
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      setState({ ...confirmed, error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setState({ step: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div class="tfo-columns">
      <div class="tfo-card" role="group" aria-labelledby={`${id}-backup`}>
        <h3 id={`${id}-backup`}>{t('options_backup_heading')}</h3>
        <p class="tfo-hint">{t('options_backup_explained')}</p>
        <div class="tfo-actions">
          <button type="button" class="tfo-button" onClick={() => void downloadBackup()}>
            {t('options_backup_download')}
          </button>
        </div>
        {savedBackup && state.step !== 'confirm' && (
          <p class="tfo-success" role="status">
            {t('options_backup_saved', savedBackup)}
          </p>
        )}
        {backupError && (
          <p class="tfo-alert" role="alert">
            {backupError}
          </p>
        )}
      </div>
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
          <div class="tfo-confirm">
            <p role="status">
              {t(
                'options_restore_summary',
                state.fileName,
                formatDate(state.backup.createdAt) ?? t('options_restore_unknown_date'),
                plural('options_snippet_count', state.backup.snippets.length),
                plural('options_setting_count', Object.keys(state.backup.settings).length),
              )}
            </p>
            <p class="tfo-warning">{t('options_restore_warning')}</p>
            <div class="tfo-actions">
              <button type="button" class="tfo-button" onClick={() => void downloadBackup()}>
                {t('options_restore_backup_first')}
              </button>
              <button
                type="button"
                class="tfo-button tfo-danger"
                disabled={!status.writable || busy}
                onClick={() => void restore(state)}
              >
                {t('options_restore_confirm')}
              </button>
              <button type="button" class="tfo-button" onClick={cancel}>
                {t('options_restore_cancel')}
              </button>
            </div>
            {savedBackup && (
              <p class="tfo-success" role="status">
                {t('options_backup_saved', savedBackup)}
              </p>
            )}
            {state.error && (
              <p class="tfo-alert" role="alert">
                {state.error}
              </p>
            )}
          </div>
        )}
        {state.step === 'done' && (
          <p class="tfo-success" role="status">
            {t(
              'options_restore_done',
              plural('options_snippet_count', state.snippets),
              plural('options_setting_count', state.settings),
            )}
          </p>
        )}
        {state.step === 'failed' && (
          <p class="tfo-alert" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
