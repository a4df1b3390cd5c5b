import { t } from '@/lib/i18n';
import { keepEditorFocus } from './focus';

export interface SidebarTabProps {
  /** The header's status ("3 to review", "Paused"), also in the tab's accessible name. */
  status: string;
  /** Findings to review, shown as a badge; none when zero or paused. */
  count: number;
  onExpand(event: MouseEvent): void;
}

/** The collapsed sidebar: a small tab at the editor's edge that opens the sidebar again (click, Enter or Space). */
export function SidebarTab({ status, count, onExpand }: SidebarTabProps) {
  return (
    <button
      type="button"
      class="tf-tab"
      aria-expanded={false}
      aria-label={t('sidebar_tab_expand', status)}
      title={t('sidebar_tab_expand', status)}
      onMouseDown={keepEditorFocus}
      onClick={onExpand}
    >
      <span class="tf-tab-brand" aria-hidden="true">
        Tactful
      </span>
      {count > 0 && (
        <span class="tf-tab-count" aria-hidden="true">
          {count}
        </span>
      )}
    </button>
  );
}
