import { useId } from 'preact/hooks';
import type { ChecklistItem, ChecklistItemId, ChecklistReason } from '@/lib/coach/checklist';
import { t, type MessageKey } from '@/lib/i18n';

const ITEM_LABELS: Record<ChecklistItemId, MessageKey> = {
  greeting: 'sidebar_checklist_greeting',
  acknowledgement: 'sidebar_checklist_acknowledgement',
  'plain-language': 'sidebar_checklist_plain_language',
  'next-step': 'sidebar_checklist_next_step',
  closing: 'sidebar_checklist_closing',
};

const REASONS: Record<ChecklistReason, MessageKey> = {
  empty: 'sidebar_checklist_empty',
  greeting_found: 'sidebar_checklist_greeting_found',
  greeting_missing: 'sidebar_checklist_greeting_missing',
  acknowledgement_not_upset: 'sidebar_checklist_acknowledgement_not_upset',
  acknowledgement_found: 'sidebar_checklist_acknowledgement_found',
  acknowledgement_sympathy: 'sidebar_checklist_acknowledgement_sympathy',
  acknowledgement_missing: 'sidebar_checklist_acknowledgement_missing',
  plain_language_ok: 'sidebar_checklist_plain_language_ok',
  plain_language_jargon: 'sidebar_checklist_plain_language_jargon',
  plain_language_hard_to_read: 'sidebar_checklist_plain_language_hard_to_read',
  next_step_found: 'sidebar_checklist_next_step_found',
  next_step_missing: 'sidebar_checklist_next_step_missing',
  closing_found: 'sidebar_checklist_closing_found',
  closing_missing: 'sidebar_checklist_closing_missing',
};

/** The longest quote a reason shows; a whole paragraph flagged as hard to read would drown the list. */
const MAX_QUOTE_CHARS = 60;

function quoted(words: string | undefined): string {
  const flat = (words ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : flat;
}

/**
 * What the reply should have before it goes out, ticked live from each analysis. Each item is a
 * read-only checkbox for screen readers (checked, not checked, or dimmed when it does not apply),
 * labelled by the item and described by the reason.
 */
export function SendChecklist({ items }: { items: ChecklistItem[] }) {
  const id = useId();
  if (items.length === 0) return null;
  const applicable = items.filter((item) => item.status !== 'not-needed');
  const done = applicable.filter((item) => item.status === 'done').length;
  return (
    <section class="tf-section tf-checklist" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="tf-heading">
        {t('sidebar_checklist_heading')}{' '}
        <span class="tf-checklist-progress">{t('sidebar_checklist_progress', done, applicable.length)}</span>
      </h2>
      <ul class="tf-checklist-items" role="list">
        {items.map((item) => {
          const labelId = `${id}-${item.id}-label`;
          const reasonId = `${id}-${item.id}-reason`;
          const notNeeded = item.status === 'not-needed';
          return (
            <li
              key={item.id}
              class={`tf-checklist-item tf-checklist-${item.status}`}
              data-checklist-item={item.id}
              data-status={item.status}
            >
              <span
                class="tf-check"
                role="checkbox"
                aria-checked={item.status === 'done'}
                aria-readonly="true"
                aria-disabled={notNeeded ? 'true' : undefined}
                aria-labelledby={labelId}
                aria-describedby={reasonId}
              >
                <span aria-hidden="true">{item.status === 'done' ? '✓' : notNeeded ? '–' : ''}</span>
              </span>
              <span class="tf-checklist-text">
                <span id={labelId} class="tf-checklist-label">
                  {t(ITEM_LABELS[item.id])}
                </span>
                <span id={reasonId} class="tf-checklist-reason">
                  {t(REASONS[item.reason], quoted(item.words))}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
