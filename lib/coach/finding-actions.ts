// What the agent can do about a finding, from the sidebar or an inline card: apply a suggestion
// (Fix), ignore it this once, turn its rule off everywhere (with an Undo), select its words; and
// insert an empathy statement.

import type { Finding } from '@/coaching';
import { selectionFor } from '@/lib/editors/composed-tree';
import type { EditorAdapter } from '@/lib/editors/types';
import { t } from '@/lib/i18n';
import type { AnalysisActions } from './analysis';
import { errorNotice, guarded } from './guarded';
import type { Session } from './session';
import { padForInsertion } from './spacing';

export interface FindingActions {
  /** Replaces the finding's words with its suggestion at `index` through the editor's input path. */
  applySuggestion(finding: Finding, index: number): Promise<void>;
  /** Hides the finding (and its underline) until its words change. */
  ignore(finding: Finding): void;
  /** Puts the editor's selection on the finding's words and scrolls them into view. */
  select(finding: Finding): void;
  /** Turns the finding's rule off everywhere, in the agent's settings. */
  turnOffRule(finding: Finding): Promise<void>;
  /** The Undo of turnOffRule. */
  undoTurnOff(ruleId: string): Promise<void>;
  dismissTurnedOff(): void;
  /** Inserts an empathy statement at the caret (the end of the reply when the caret is not in it). */
  insertStatement(text: string): Promise<void>;
  dismissNotice(): void;
}

export function createFindingActions(session: Session, analysis: AnalysisActions): FindingActions {
  const { store, send } = session;
  const noLongerThere = (key: 'sidebar_findings_gone' | 'sidebar_fix_outdated') =>
    store.update({ notice: { kind: 'info', text: t(key) } });

  /** Types `text` over `range` of the reply, then analyses the result. */
  const change = async (
    editor: EditorAdapter,
    text: string,
    range: { start: number; end: number },
    what: 'fix' | 'statement',
  ) => {
    store.update({ busy: true });
    const landed = await editor.insertText(text, range);
    if (landed) void send('stats.record', { kind: what }).catch(() => {});
    const refused = what === 'fix' ? 'sidebar_error_fix_not_added' : 'sidebar_error_statement_not_added';
    store.update({ busy: false, notice: landed ? null : { kind: 'error', text: t(refused, text.trim()) } });
    analysis.analyze();
  };

  const setRuleEnabled = async (ruleId: string, enabled: boolean) => {
    let stored;
    try {
      stored = await send('coaching.setRuleEnabled', { ruleId, enabled });
    } catch (error) {
      store.update({ notice: errorNotice('sidebar_findings_failed', error) });
      return;
    }
    store.update({ turnedOffRule: enabled ? null : ruleId });
    analysis.setRuleSettings(stored);
  };

  return {
    applySuggestion: (finding, index) =>
      guarded(store, async () => {
        const editor = store.get().editor;
        if (!editor || finding.suggestions[index] === undefined) return;
        const target = analysis.current(finding)?.finding;
        if (!target) return noLongerThere('sidebar_fix_outdated');
        const replacement = target.suggestions[index] ?? finding.suggestions[index]!;
        await change(editor, replacement, { start: target.start, end: target.end }, 'fix');
      }),
    ignore(finding) {
      if (store.get().editor && !analysis.ignore(finding)) noLongerThere('sidebar_findings_gone');
    },
    select(finding) {
      const editor = store.get().editor;
      if (!editor) return;
      const target = analysis.current(finding)?.finding;
      if (!target || !editor.select({ start: target.start, end: target.end }))
        return noLongerThere('sidebar_findings_gone');
      revealSelection(editor.root);
    },
    turnOffRule: (finding) => setRuleEnabled(finding.ruleId, false),
    undoTurnOff: (ruleId) => setRuleEnabled(ruleId, true),
    dismissTurnedOff: () => store.update({ turnedOffRule: null }),
    insertStatement: (statement) =>
      guarded(store, async () => {
        const editor = store.get().editor;
        if (!editor) return;
        const text = editor.read().text;
        // No caret in the reply (the agent has not been in it): the end, where a reply goes on, as
        // for a snippet from the search box.
        const at = editor.caret() ?? { start: text.length, end: text.length };
        await change(editor, padForInsertion(text, at, statement), at, 'statement');
      }),
    dismissNotice: () => store.update({ notice: null }),
  };
}

/**
 * Scrolls the editor's selection into view when it is out of sight (a long reply, a small window).
 * Text fields scroll to their own selection when it is set.
 */
export function revealSelection(root: HTMLElement): void {
  if (root.matches('textarea, input')) return;
  const selection = selectionFor(root);
  if (!selection || selection.rangeCount === 0) return;
  const start = selection.getRangeAt(0).startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  // 'nearest' leaves words that are already visible where they are.
  if (element && root.contains(element)) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
