import { useId, useState } from 'preact/hooks';
import { exportSnippets, type Snippet, type SnippetFileFormat } from '@/lib/library';
import { plural, t } from '@/lib/i18n';
import { useOptions } from './context';
import { datedFileName } from './download';
import { errorMessage } from './errors';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';

const MIME_TYPES: Record<SnippetFileFormat, string> = { csv: 'text/csv', json: 'application/json' };

export interface ExportSnippetsProps {
  snippets: readonly Snippet[];
}

/** Saves the agent's snippets (optionally with the packs') as CSV for spreadsheets or JSON. */
export function ExportSnippets({ snippets }: ExportSnippetsProps) {
  const { library, saveFile } = useOptions();
  const [includePacks, setIncludePacks] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const count = snippets.filter((snippet) => includePacks || snippet.packId === null).length;

  const exportAs = async (format: SnippetFileFormat) => {
    try {
      const text = await exportSnippets(library, format, { includePacks });
      const fileName = datedFileName('tactful-snippets', format, library.now());
      saveFile(fileName, text, MIME_TYPES[format]);
      setOutcome({ kind: 'done', text: plural('options_export_done', count, fileName) });
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <div class="tfo-card" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_export_heading')}</h3>
      <p class="tfo-hint">{t('options_export_explained')}</p>
      <label class="tfo-check">
        <input
          type="checkbox"
          checked={includePacks}
          onChange={(event) => setIncludePacks(event.currentTarget.checked)}
        />
        {t('options_export_include_packs')}
      </label>
      {count === 0 && <p class="tfo-hint">{t('options_export_none')}</p>}
      <div class="tfo-actions">
        <button type="button" class="tfo-button" disabled={count === 0} onClick={() => void exportAs('csv')}>
          {t('options_export_csv')}
        </button>
        <button type="button" class="tfo-button" disabled={count === 0} onClick={() => void exportAs('json')}>
          {t('options_export_json')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}
