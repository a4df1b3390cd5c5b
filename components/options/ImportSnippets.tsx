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
  const { status } = useOptions();
  const importing = useSnippetImport();
  const { state, busy } = importing;
  const id = useId();

  return (
    <div class="tfo-card" aria-labelledby={`${id}-heading`} role="group">
      <h3 id={`${id}-heading`}>{t('options_import_heading')}</h3>
      <p class="tfo-hint">{t('options_import_explained')}</p>
      <div class="tfo-field">
        <label for={`${id}-file`}>{t('options_import_choose')}</label>
        <input
          ref={importing.fileInput}
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={!status.writable || busy}
          onChange={(event) => void importing.chooseFile(event.currentTarget)}
        />
      </div>
      <label class="tfo-check">
        <input
          type="checkbox"
          checked={importing.replaceExisting}
          disabled={!status.writable || busy}
          onChange={(event) => importing.setReplaceExisting(event.currentTarget.checked)}
        />
        {t('options_import_replace')}
      </label>

      {state.step === 'preview' && (
        <ImportPreview
          preview={state}
          canImport={status.writable && !busy}
          onConfirm={() => void importing.commit(state.file, state.report)}
          onCancel={importing.reset}
        />
      )}
      {state.step === 'done' && <ImportDone report={state.report} />}
      {state.step === 'failed' && (
        <p class="tfo-alert" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

/**
 * The import's steps and what moves it on: a chosen file is read and tried in a dry run (again
 * when the agent changes whether existing shortcuts are replaced), then imported on confirmation.
 */
function useSnippetImport() {
  const { library, announceChange } = useOptions();
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [replaceExisting, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = (file: ChosenFile, replace: boolean, dryRun: boolean) =>
    importSnippets(library, file.text, {
      fileName: file.name,
      onExistingShortcut: replace ? 'replace' : 'report',
      dryRun,
    });

  const whileBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const preview = (file: ChosenFile, replace: boolean) =>
    whileBusy(async () => {
      try {
        setState({ step: 'preview', file, report: await importFile(file, replace, true) });
      } catch (error) {
        setState({ step: 'failed', message: errorMessage(error) });
      }
    });

  const clearChosenFile = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  return {
    state,
    busy,
    fileInput,
    replaceExisting,
    setReplaceExisting(replace: boolean) {
      setReplace(replace);
      if (state.step === 'preview') void preview(state.file, replace);
    },
    async chooseFile(input: HTMLInputElement) {
      const chosen = input.files?.[0];
      if (!chosen) return;
      await preview({ name: chosen.name, text: await chosen.text() }, replaceExisting);
    },
    commit: (file: ChosenFile, previewReport: ImportReport) =>
      whileBusy(async () => {
        try {
          const report = await importFile(file, replaceExisting, false);
          announceChange(snippetChange([...report.added, ...report.replaced]));
          setState({ step: 'done', report });
          clearChosenFile();
        } catch (error) {
          // Nothing was imported (one transaction); the preview stays so the agent can try again.
          setState({ step: 'preview', file, report: previewReport, error: errorMessage(error) });
        }
      }),
    reset() {
      setState({ step: 'choose' });
      clearChosenFile();
    },
  };
}

type ImportPreviewState = Extract<ImportState, { step: 'preview' }>;

/** The dry run's outcome: what would be added or replaced, what cannot be imported, and the confirmation. */
function ImportPreview(props: {
  preview: ImportPreviewState;
  canImport: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { file, report, error } = props.preview;
  const importable = report.wouldAdd + report.wouldReplace;
  return (
    <div class="tfo-report">
      <p role="status">
        <strong>{file.name}</strong>: {plural('options_import_would_add', report.wouldAdd)}
        {report.wouldReplace > 0 && <> {plural('options_import_would_replace', report.wouldReplace)}</>}
      </p>
      {report.ignoredColumns.length > 0 && (
        <p class="tfo-hint">{t('options_import_ignored_columns', report.ignoredColumns.join(', '))}</p>
      )}
      <BadRowList rows={report.badRows} heading={plural('options_import_bad_rows_preview', report.badRows.length)} />
      {error && (
        <p class="tfo-alert" role="alert">
          {error}
        </p>
      )}
      <div class="tfo-actions">
        <button
          type="button"
          class="tfo-button tfo-primary"
          disabled={!props.canImport || importable === 0}
          onClick={props.onConfirm}
        >
          {plural('options_import_confirm', importable)}
        </button>
        <button type="button" class="tfo-button" onClick={props.onCancel}>
          {t('options_import_cancel')}
        </button>
      </div>
    </div>
  );
}

/** What the import added and replaced, and the rows it left out. */
function ImportDone({ report }: { report: ImportReport }) {
  return (
    <div class="tfo-report">
      <p class="tfo-success" role="status">
        {plural('options_import_added', report.added.length)}
        {report.replaced.length > 0 && <> {plural('options_import_replaced', report.replaced.length)}</>}
      </p>
      <BadRowList rows={report.badRows} heading={plural('options_import_bad_rows_done', report.badRows.length)} />
    </div>
  );
}
