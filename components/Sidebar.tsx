import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Analysis, Finding } from '@/coaching';
import type { CustomerMessage } from '@/lib/hosts/types';
import { plural, t } from '@/lib/i18n';
import { CoachingPaused } from './CoachingPaused';
import { CustomerEmotions, type CustomerPickProps } from './CustomerEmotions';
import { keepEditorFocus } from './focus';
import { FindingList, type FindingTools } from './FindingList';
import { SendChecklist } from './SendChecklist';
import type { ChecklistItem } from '@/lib/coach/checklist';
import type { PauseReason, SidebarNotice } from '@/lib/coach/state';
import { ScoreMeters } from './ScoreMeters';
import { StatementList } from './StatementList';
import { ResizeHandle, type ResizeHandleProps } from './ResizeHandle';
import { SidebarTab } from './SidebarTab';
import { SnippetSearch, type SnippetSearchProps } from './SnippetSearch';

export interface SidebarProps {
  analysis: Analysis | null;
  customer: CustomerMessage | null;
  /** Offered where no customer message is found: the agent picks it on the page. */
  customerPick?: CustomerPickProps;
  /** Set while Tactful steps back from the editor (e.g. an internal note): nothing is coached. */
  paused?: PauseReason | null;
  notice: SidebarNotice | null;
  collapsed: boolean;
  busy: boolean;
  /** The snippet search section; absent where no library is reachable (component tests). */
  snippets?: SnippetSearchProps;
  /** The findings' other actions (Ignore, Turn off, select the words) and the text they quote. */
  findingTools?: FindingTools;
  /** The pre-send checklist for the analysed draft (lib/coach/checklist.ts). */
  checklist?: ChecklistItem[];
  onToggleCollapsed(): void;
  onInsertStatement(text: string): void;
  onApplyFix(finding: Finding): void;
  onDismissNotice(): void;
  /** The drag / arrow-key handle on the sidebar's moving edge; absent, the sidebar keeps its width. */
  resize?: ResizeHandleProps;
}

export function Sidebar(props: SidebarProps) {
  const { collapsed, paused } = props;
  // Nothing is coached while paused, whatever an earlier analysis found.
  const analysis = paused ? null : props.analysis;
  const findingCount = analysis?.findings.length ?? 0;
  const status = paused
    ? t('sidebar_status_paused')
    : findingCount === 0
      ? t('sidebar_status_clear')
      : plural('sidebar_status_to_review', findingCount);
  const { frame, toggle } = useToggleFocus(collapsed, props.onToggleCollapsed);
  if (collapsed) {
    return (
      <aside class="tf-sidebar tf-collapsed" aria-label={t('sidebar_label')} ref={frame}>
        <SidebarTab status={status} count={findingCount} onExpand={toggle} />
      </aside>
    );
  }
  return (
    <aside class="tf-sidebar" aria-label={t('sidebar_label')} aria-busy={props.busy} ref={frame}>
      <header class="tf-header">
        <span class="tf-brand">Tactful</span>
        <span class="tf-count" aria-live="polite">
          {status}
        </span>
        <button
          type="button"
          class="tf-icon-button tf-collapse"
          aria-expanded={true}
          aria-label={t('sidebar_collapse')}
          title={t('sidebar_collapse')}
          onMouseDown={keepEditorFocus}
          onClick={toggle}
        >
          ▾
        </button>
      </header>
      {!collapsed && (
        <div class="tf-body">
          {props.notice && <NoticeLine notice={props.notice} onDismiss={props.onDismissNotice} />}
          {analysis && !analysis.language.supported && (
            <p class="tf-notice tf-notice-info" role="status">
              {analysis.language.note ?? t('sidebar_language_unsupported')}
            </p>
          )}
          {paused && <CoachingPaused reason={paused} />}
          {!paused && (
            <CustomerEmotions customer={props.customer} emotions={analysis?.emotions ?? []} pick={props.customerPick} />
          )}
          {analysis && (
            <FindingList
              findings={analysis.findings}
              busy={props.busy}
              onApplyFix={props.onApplyFix}
              {...props.findingTools}
            />
          )}
          {analysis && props.checklist && <SendChecklist items={props.checklist} />}
          {analysis && (
            <StatementList statements={analysis.statements} busy={props.busy} onInsert={props.onInsertStatement} />
          )}
          {props.snippets && <SnippetSearch {...props.snippets} />}
          {analysis && <ScoreMeters scores={analysis.scores} />}
        </div>
      )}
      {props.resize && <ResizeHandle {...props.resize} />}
    </aside>
  );
}

/** What went wrong (or right) with the agent's last action, until they dismiss it. */
function NoticeLine({ notice, onDismiss }: { notice: NonNullable<SidebarProps['notice']>; onDismiss(): void }) {
  return (
    <p class={`tf-notice tf-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" class="tf-link" onMouseDown={keepEditorFocus} onClick={onDismiss}>
        {t('sidebar_notice_dismiss')}
      </button>
    </p>
  );
}

/**
 * Collapsing or expanding from the keyboard hands focus to the control that takes the pressed
 * one's place (tab <-> collapse button); from the mouse, focus stays in the editor.
 */
function useToggleFocus(collapsed: boolean, onToggle: () => void) {
  const focusAfterToggle = useRef(false);
  const frame = useRef<HTMLElement>(null);
  // A layout effect, so focus moves in the same task as the render: the agent's next key press
  // (or a test's read) never finds the control gone and nothing focused.
  useLayoutEffect(() => {
    if (!focusAfterToggle.current) return;
    focusAfterToggle.current = false;
    const root = frame.current?.getRootNode() as ParentNode | undefined;
    root?.querySelector<HTMLElement>(collapsed ? '.tf-tab' : '.tf-collapse')?.focus();
  }, [collapsed]);
  const toggle = (event: MouseEvent) => {
    const pressed = event.currentTarget as HTMLElement;
    focusAfterToggle.current = (pressed.getRootNode() as Document | ShadowRoot).activeElement === pressed;
    onToggle();
  };
  return { frame, toggle };
}
