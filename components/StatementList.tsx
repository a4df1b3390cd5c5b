import type { EmpathyStatement } from '@/coaching';
import { t } from '@/lib/i18n';
import { keepEditorFocus } from './focus';

const SHOWN_STATEMENTS = 4;

/** Empathy statements matched to the customer's emotions, ready to insert at the caret. */
export function StatementList({
  statements,
  busy,
  onInsert,
}: {
  statements: EmpathyStatement[];
  busy: boolean;
  onInsert(text: string): void;
}) {
  if (statements.length === 0) return null;
  return (
    <section class="tf-section" aria-labelledby="tf-statements-heading">
      <h2 id="tf-statements-heading" class="tf-heading">
        {t('sidebar_statements_heading')}
      </h2>
      <ul class="tf-statements">
        {statements.slice(0, SHOWN_STATEMENTS).map((statement) => (
          <li key={statement.id} class="tf-statement" data-statement-id={statement.id}>
            <span class="tf-statement-text">{statement.text}</span>
            <button
              type="button"
              class="tf-button"
              disabled={busy}
              aria-label={t('sidebar_statement_insert_label', statement.text)}
              onMouseDown={keepEditorFocus}
              onClick={() => onInsert(statement.text)}
            >
              {t('sidebar_statement_insert')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
