import type { Analysis, Finding } from '@/coaching';
import type { CustomerMessage } from '@/lib/hosts/types';
import { CoachingPaused, type PauseReason } from './CoachingPaused';
import { CustomerEmotions } from './CustomerEmotions';
import { keepEditorFocus } from './focus';
import { FindingList } from './FindingList';
import { ScoreMeters } from './ScoreMeters';
import { StatementList } from './StatementList';

export interface SidebarNotice {
  kind: 'info' | 'error';
  text: string;
}

export interface SidebarProps {
  analysis: Analysis | null;
  customer: CustomerMessage | null;
  /** Set while Tactful steps back from the editor (e.g. an internal note): nothing is coached. */
  paused?: PauseReason | null;
  notice: SidebarNotice | null;
  collapsed: boolean;
  busy: boolean;
  onToggleCollapsed(): void;
  onInsertStatement(text: string): void;
  onApplyFix(finding: Finding): void;
  onDismissNotice(): void;
}

export function Sidebar(props: SidebarProps) {
  const { collapsed, paused } = props;
  // Nothing is coached while paused, whatever an earlier analysis found.
  const analysis = paused ? null : props.analysis;
  const findingCount = analysis?.findings.length ?? 0;
  return (
    <aside class={`tf-sidebar${collapsed ? ' tf-collapsed' : ''}`} aria-label="Tactful reply coach" aria-busy={props.busy}>
      <header class="tf-header">
        <span class="tf-brand">Tactful</span>
        <span class="tf-count" aria-live="polite">
          {paused ? 'Paused' : findingCount === 0 ? 'Looks good' : `${findingCount} to review`}
        </span>
        <button
          type="button"
          class="tf-icon-button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Expand coaching' : 'Collapse coaching'}
          onMouseDown={keepEditorFocus}
          onClick={props.onToggleCollapsed}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </header>
      {!collapsed && (
        <div class="tf-body">
          {props.notice && (
            <p class={`tf-notice tf-notice-${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
              <span>{props.notice.text}</span>
              <button type="button" class="tf-link" onMouseDown={keepEditorFocus} onClick={props.onDismissNotice}>
                Dismiss
              </button>
            </p>
          )}
          {analysis && !analysis.language.supported && (
            <p class="tf-notice tf-notice-info" role="status">
              {analysis.language.note ?? 'Tactful coaches English replies only, so this one is not checked.'}
            </p>
          )}
          {paused && <CoachingPaused reason={paused} />}
          {!paused && <CustomerEmotions customer={props.customer} emotions={analysis?.emotions ?? []} />}
          {analysis && <FindingList findings={analysis.findings} busy={props.busy} onApplyFix={props.onApplyFix} />}
          {analysis && (
            <StatementList statements={analysis.statements} busy={props.busy} onInsert={props.onInsertStatement} />
          )}
          {analysis && <ScoreMeters scores={analysis.scores} />}
        </div>
      )}
    </aside>
  );
}
