import { PLACEHOLDER_NAMES, type PlaceholderName } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';

const DESCRIPTIONS: Record<PlaceholderName, MessageKey> = {
  'customer.firstName': 'options_placeholder_customer_first_name',
  'customer.name': 'options_placeholder_customer_name',
  'agent.firstName': 'options_placeholder_agent_first_name',
  'ticket.id': 'options_placeholder_ticket_id',
  today: 'options_placeholder_today',
};

/** Inserted as is; the agent renames it. */
const FIELD_EXAMPLE = '{{field:Name}}';

export interface PlaceholderHelpProps {
  /** Puts `{{name}}` into the text at the caret. */
  onInsert(placeholder: string): void;
  disabled?: boolean;
}

/** The placeholders Tactful fills when a snippet is inserted, each with a button to add it. */
export function PlaceholderHelp({ onInsert, disabled }: PlaceholderHelpProps) {
  return (
    <details class="tfo-placeholders" open>
      <summary>{t('options_placeholders_summary')}</summary>
      <p class="tfo-hint">{t('options_placeholders_explained')}</p>
      <ul>
        {PLACEHOLDER_NAMES.map((name: PlaceholderName) => (
          <li key={name}>
            <code>{`{{${name}}}`}</code>
            <span class="tfo-hint">{t(DESCRIPTIONS[name])}</span>
            <button
              type="button"
              class="tfo-link"
              disabled={disabled}
              aria-label={t('options_placeholder_insert_label', `{{${name}}}`)}
              onClick={() => onInsert(`{{${name}}}`)}
            >
              {t('options_placeholder_insert')}
            </button>
          </li>
        ))}
        <li>
          <code>{FIELD_EXAMPLE}</code>
          <span class="tfo-hint">{t('options_placeholder_field')}</span>
          <button
            type="button"
            class="tfo-link"
            disabled={disabled}
            aria-label={t('options_placeholder_insert_label', FIELD_EXAMPLE)}
            onClick={() => onInsert(FIELD_EXAMPLE)}
          >
            {t('options_placeholder_insert')}
          </button>
        </li>
      </ul>
    </details>
  );
}
