// The finding side of a coaching session beyond Fix: ignoring a finding this once, turning its rule
// off everywhere (with an Undo), pointing the editor's selection at its words, and the pre-send
// checklist that each analysis ticks.

import type { Analysis, Finding } from '@/coaching';
import type { FindingListProps } from '@/components/FindingList';
import type { SidebarNotice } from '@/components/Sidebar';
import type { EditorAdapter } from '@/lib/editors/types';
import { t } from '@/lib/i18n';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import type { RuleSettings } from '@/lib/settings/preferences';
import { buildChecklist, type ChecklistItem } from './checklist';
import { IgnoredFindings } from './ignored-findings';

type SetRuleEnabled = (
  type: 'coaching.setRuleEnabled',
  request: Parameters<ProtocolMap['coaching.setRuleEnabled']>[0],
) => Promise<RuleSettings>;

export interface FindingActionHooks {
  /** The protocol's sendMessage (a test double in unit tests). */
  send: SetRuleEnabled;
  editor(): EditorAdapter | null;
  /** The text of the last analysis, which the shown findings' offsets index. */
  analyzedText(): string;
  /** The findings the sidebar shows now. */
  shownFindings(): readonly Finding[];
  /** Reads and analyses the reply again (the session's runAnalysis); it calls analysed() and renders. */
  reanalyze(): void;
  /** The rule settings the background stored; the session coaches with them from now on. */
  ruleSettingsStored(rules: RuleSettings): void;
  notify(notice: SidebarNotice | null): void;
  render(): void;
}

export type FindingTools = Omit<FindingListProps, 'findings' | 'busy' | 'onApplyFix'>;

export interface FindingActions {
  /** `analysis` of `text` as the sidebar and underlines show it: ignored findings left out. */
  analysed(text: string, analysis: Analysis): Analysis;
  /** The agent moved to another editor: what they ignored was about the words in the last one. */
  followedAnotherEditor(): void;
  /** The rule settings changed (here or on the options page). */
  ruleSettingsChanged(rules: RuleSettings): void;
  /** The Sidebar's props for the findings' actions and the checklist. */
  sidebarProps(): { findingTools: FindingTools; checklist: ChecklistItem[] };
}

export function createFindingActions(hooks: FindingActionHooks): FindingActions {
  const ignored = new IgnoredFindings();
  /** The last analysis's findings before ignored ones were left out: occurrences count them all. */
  let allFindings: readonly Finding[] = [];
  let checklist: ChecklistItem[] = [];
  let turnedOffRule: string | null = null;

  /**
   * The finding the sidebar showed, in the text as it is now: the agent may have typed on since
   * the sidebar was drawn, moving its words.
   */
  const findAgain = (finding: Finding, editor: EditorAdapter): Finding | undefined => {
    const words = hooks.analyzedText().slice(finding.start, finding.end);
    if (editor.read().text !== hooks.analyzedText()) hooks.reanalyze();
    const text = hooks.analyzedText();
    const same = hooks
      .shownFindings()
      .filter(
        (candidate) => candidate.ruleId === finding.ruleId && text.slice(candidate.start, candidate.end) === words,
      );
    return same.find((candidate) => candidate.start === finding.start) ?? same[0];
  };

  const noLongerThere = () => hooks.notify({ kind: 'info', text: t('sidebar_findings_gone') });

  const ignore = (finding: Finding) => {
    const editor = hooks.editor();
    if (!editor) return;
    const target = findAgain(finding, editor);
    if (!target) return noLongerThere();
    ignored.ignore(target, allFindings, hooks.analyzedText());
    hooks.reanalyze();
  };

  const select = (finding: Finding) => {
    const editor = hooks.editor();
    if (!editor) return;
    const target = findAgain(finding, editor);
    if (!target || !editor.select({ start: target.start, end: target.end })) return noLongerThere();
    revealSelection(editor.root);
  };

  const setRuleEnabled = async (ruleId: string, enabled: boolean) => {
    let stored: RuleSettings;
    try {
      stored = await hooks.send('coaching.setRuleEnabled', { ruleId, enabled });
    } catch (error) {
      hooks.notify({
        kind: 'error',
        text: t('sidebar_findings_failed', error instanceof Error ? error.message : String(error)),
      });
      return;
    }
    turnedOffRule = enabled ? null : ruleId;
    hooks.ruleSettingsStored(stored);
    hooks.reanalyze();
  };

  const tools: Omit<FindingTools, 'text' | 'turnedOffRule'> = {
    onIgnore: ignore,
    onSelect: select,
    onTurnOffRule: (finding) => void setRuleEnabled(finding.ruleId, false),
    onUndoTurnOff: (ruleId) => void setRuleEnabled(ruleId, true),
    onDismissTurnedOff: () => {
      turnedOffRule = null;
      hooks.render();
    },
  };

  return {
    analysed(text, analysis) {
      allFindings = analysis.findings;
      checklist = buildChecklist(analysis, text);
      return { ...analysis, findings: ignored.visible(analysis.findings, text) };
    },
    followedAnotherEditor() {
      ignored.clear();
      allFindings = [];
      checklist = [];
    },
    ruleSettingsChanged(rules) {
      // Turned on again elsewhere (the options page, another tab): the Undo has nothing left to undo.
      if (turnedOffRule !== null && rules[turnedOffRule]?.enabled !== false) turnedOffRule = null;
    },
    sidebarProps: () => ({ findingTools: { ...tools, text: hooks.analyzedText(), turnedOffRule }, checklist }),
  };
}

/**
 * Scrolls the editor's selection into view when it is out of sight (a long reply, a small window).
 * Text fields scroll to their own selection when it is set.
 */
export function revealSelection(root: HTMLElement): void {
  if (root.matches('textarea, input')) return;
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const start = selection.getRangeAt(0).startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  // 'nearest' leaves words that are already visible where they are.
  if (element && root.contains(element)) element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
