import { useId, useRef, useState } from 'preact/hooks';
import { importSnippets, type BadRow, type ImportReport } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { errorMessage } from './errors';

/** Bad rows listed at most; the agent fixes the file, not a thousand lines on screen. */
const MAX_LISTED_BAD_ROWS = 100;

interface ChosenFile {
  name: string;
  text: string;
}

type ImportState =
  | { step: 'choose' }
  | { step: 'preview'; file: ChosenFile; report: ImportReport; error?: string }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; message: string };

function BadRowList({ rows, heading }: { rows: readonly BadRow[]; heading: string }) {
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <div class="tfo-bad-rows">
      <h4 id={id}>{heading}</h4>
      <table aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t('options_import_row')}</th>
            <th scope="col">{t('options_import_reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_LISTED_BAD_ROWS).map((row) => (
            <tr key={row.row}>
              <td>{row.row}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_LISTED_BAD_ROWS && (
        <p class="tfo-hint">{plural('options_import_more_bad_rows', rows.length - MAX_LISTED_BAD_ROWS)}</p>
      )}
    </div>
  );
}

/**
 * Imports a CSV or JSON file in two steps: a dry run shows what would be added and which rows
 * cannot be imported (with why), then the agent confirms. Good rows go in; bad rows stay listed.
 */
export function ImportSnippets() {
  const { library, status, announceChange } = useOptions();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const onExistingShortcut = (replace: boolean): 'replace' | 'report' => (replace ? 'replace' : 'report');

  const preview = async (file: ChosenFile, replace: boolean) => {
    setBusy(true);
    try {
      const report = await importSnippets(library, file.text, {
        fileName: file.name,
        onExistingShortcut: onExistingShortcut(replace),
        dryRun: true,
      });
      setState({ step: 'preview', file, report });
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    await preview({ name: chosen.name, text: await chosen.text() }, replaceExisting);
  };

  const commit = async (file: ChosenFile, previewReport: ImportReport) => {
    setBusy(true);
    try {
      const report = await importSnippets(library, file.text, {
        fileName: file.name,
        onExistingShortcut: onExistingShortcut(replaceExisting),
      });
      announceChange(snippetChange([...report.added, ...report.replaced]));
      setState({ step: 'done', report });
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      // Nothing was imported (one transaction); the preview stays so the agent can try again.
      setState({ step: 'preview', file, report: previewReport, error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setState({ step: 'choose' });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div class="tfo-card" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('options_import_heading')}</h3>
      <p class="tfo-hint">{t('options_import_explained')}</p>
      <div class="tfo-field">
        <label for={`${id}-file`}>{t('options_import_choose')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={!status.writable || busy}
          onChange={(event) => void chooseFile(event.currentTarget)}
        />
      </div>
      <label class="tfo-check">
        <input
          type="checkbox"
          checked={replaceExisting}
          disabled={!status.writable || busy}
          onChange={(event) => {
            const replace = event.currentTarget.checked;
            setReplaceExisting(replace);
            if (state.step === 'preview') void preview(state.file, replace);
          }}
        />
        {t('options_import_replace')}
      </label>

      {state.step === 'preview' && (
        <div class="tfo-report">
          <p role="status">
            <strong>{state.file.name}</strong>: {plural('options_import_would_add', state.report.wouldAdd)}
            {state.report.wouldReplace > 0 && <> {plural('options_import_would_replace', state.report.wouldReplace)}</>}
          </p>
          {state.report.ignoredColumns.length > 0 && (
            <p class="tfo-hint">{t('options_import_ignored_columns', state.report.ignoredColumns.join(', '))}</p>
          )}
          <BadRowList
            rows={state.report.badRows}
            heading={plural('options_import_bad_rows_preview', state.report.badRows.length)}
          />
          {state.error && (
            <p class="tfo-alert" role="alert">
              {state.error}
            </p>
          )}
          <div class="tfo-actions">
            <button
              type="button"
              class="tfo-button tfo-primary"
              disabled={!status.writable || busy || state.report.wouldAdd + state.report.wouldReplace === 0}
              onClick={() => void commit(state.file, state.report)}
            >
              {plural('options_import_confirm', state.report.wouldAdd + state.report.wouldReplace)}
            </button>
            <button type="button" class="tfo-button" onClick={reset}>
              {t('options_import_cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <div class="tfo-report">
          <p class="tfo-success" role="status">
            {plural('options_import_added', state.report.added.length)}
            {state.report.replaced.length > 0 && (
              <> {plural('options_import_replaced', state.report.replaced.length)}</>
            )}
          </p>
          <BadRowList
            rows={state.report.badRows}
            heading={plural('options_import_bad_rows_done', state.report.badRows.length)}
          />
        </div>
      )}
      {state.step === 'failed' && (
        <p class="tfo-alert" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
