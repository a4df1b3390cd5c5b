// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis, type Finding } from '@/coaching';
import type { SidebarNotice } from '@/components/Sidebar';
import { detachedTextSnapshot } from '@/lib/editors/plain-text';
import type { EditorAdapter } from '@/lib/editors/types';
import type { RuleSettings } from '@/lib/settings/preferences';
import { createFindingActions, revealSelection, type FindingActionHooks } from './finding-actions';

const CUSTOMER = "Third time I'm writing: the internet still drops every evening and I'm fed up.";

/**
 * A session in miniature: an editor holding `text`, analysed with the rule settings the actions
 * store, as lib/coach/session.tsx wires it.
 */
function harness(initialText: string, send: FindingActionHooks['send'] = vi.fn(async () => ({}))) {
  let text = initialText;
  let rules: RuleSettings = {};
  let analysis: Analysis | null = null;
  let analyzedText = '';
  const notices: (SidebarNotice | null)[] = [];
  const selections: { start: number; end: number }[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  const editor: EditorAdapter = {
    kind: 'contenteditable',
    root,
    read: () => detachedTextSnapshot(text),
    caret: () => null,
    insertText: async () => false,
    select: (range) => {
      selections.push(range);
      return range.end <= text.length;
    },
    watch: () => {},
    createUnderlines: () => {
      throw new Error('not drawn in these tests');
    },
  };
  const reanalyze = () => {
    analysis = actions.analysed(text, analyze(text, { customerMessage: CUSTOMER, settings: { rules } }));
    analyzedText = text;
  };
  const actions = createFindingActions({
    send,
    editor: () => editor,
    analyzedText: () => analyzedText,
    shownFindings: () => analysis?.findings ?? [],
    reanalyze,
    ruleSettingsStored: (stored) => (rules = stored),
    notify: (notice) => notices.push(notice),
    render: vi.fn(),
  });
  reanalyze();
  return {
    actions,
    tools: () => actions.sidebarProps().findingTools,
    checklist: () => actions.sidebarProps().checklist,
    shown: () => analysis!.findings,
    find: (ruleId: string) => analysis!.findings.find((finding) => finding.ruleId === ruleId)!,
    type: (next: string) => {
      text = next;
    },
    reanalyze,
    notices,
    selections,
    rules: () => rules,
  };
}

const DRAFT = 'I know exactly how you feel. Reset your router.';
const ruleIds = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId);

afterEach(() => {
  document.body.replaceChildren();
});

describe('createFindingActions', () => {
  it('ignores a finding: gone from what the sidebar and underlines show, kept through typing elsewhere', () => {
    const session = harness(DRAFT);
    session.tools().onIgnore!(session.find('sympathy'));
    expect(ruleIds(session.shown())).not.toContain('sympathy');
    session.type(`Hi Dana,\n\n${DRAFT}`);
    session.reanalyze();
    expect(ruleIds(session.shown())).not.toContain('sympathy');
    expect(ruleIds(session.shown())).toContain('missing-closing');
  });

  it('ignores the finding where its words are now when the agent typed on since the sidebar was drawn', () => {
    const session = harness(DRAFT);
    const drawn = session.find('sympathy');
    session.type(`Hello there. ${DRAFT}`);
    session.tools().onIgnore!(drawn);
    expect(ruleIds(session.shown())).not.toContain('sympathy');
    expect(session.notices).toEqual([]);
  });

  it('forgets what was ignored when the agent moves to another editor', () => {
    const session = harness(DRAFT);
    session.tools().onIgnore!(session.find('sympathy'));
    session.actions.followedAnotherEditor();
    session.reanalyze();
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('says so when the words of a finding are gone', () => {
    const session = harness(DRAFT);
    const drawn = session.find('sympathy');
    session.type('Reset your router, please.');
    session.tools().onSelect!(drawn);
    expect(session.selections).toEqual([]);
    expect(session.notices).toEqual([{ kind: 'info', text: 'The reply changed and those words are no longer there.' }]);
  });

  it("selects a finding's words where they are now", () => {
    const session = harness(DRAFT);
    const drawn = session.find('sympathy');
    session.type(`Hi Dana, ${DRAFT}`);
    session.tools().onSelect!(drawn);
    expect(session.selections).toEqual([{ start: 9, end: 9 + 'I know exactly how you feel'.length }]);
  });

  it('turns a rule off through the background, confirms it, and Undo turns it back on', async () => {
    const send = vi.fn(async (_type: 'coaching.setRuleEnabled', request: { ruleId: string; enabled: boolean }) =>
      request.enabled ? {} : { [request.ruleId]: { enabled: false } },
    );
    const session = harness(DRAFT, send);
    session.tools().onTurnOffRule!(session.find('sympathy'));
    await vi.waitFor(() => expect(session.tools().turnedOffRule).toBe('sympathy'));
    expect(send).toHaveBeenCalledWith('coaching.setRuleEnabled', { ruleId: 'sympathy', enabled: false });
    expect(session.rules()).toEqual({ sympathy: { enabled: false } });
    expect(ruleIds(session.shown())).not.toContain('sympathy');

    session.tools().onUndoTurnOff!('sympathy');
    await vi.waitFor(() => expect(session.tools().turnedOffRule).toBeNull());
    expect(send).toHaveBeenLastCalledWith('coaching.setRuleEnabled', { ruleId: 'sympathy', enabled: true });
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('drops the confirmation when the rule is turned on elsewhere, and keeps it otherwise', async () => {
    const session = harness(
      DRAFT,
      vi.fn(async () => ({ sympathy: { enabled: false } })),
    );
    session.tools().onTurnOffRule!(session.find('sympathy'));
    await vi.waitFor(() => expect(session.tools().turnedOffRule).toBe('sympathy'));
    session.actions.ruleSettingsChanged({ sympathy: { enabled: false }, jargon: { enabled: false } });
    expect(session.tools().turnedOffRule).toBe('sympathy');
    session.actions.ruleSettingsChanged({ jargon: { enabled: false } });
    expect(session.tools().turnedOffRule).toBeNull();
  });

  it('shows why a rule could not be turned off, and changes nothing', async () => {
    const session = harness(
      DRAFT,
      vi.fn(async () => Promise.reject(new Error('The library is read-only.'))),
    );
    session.tools().onTurnOffRule!(session.find('sympathy'));
    await vi.waitFor(() => expect(session.notices).toHaveLength(1));
    expect(session.notices[0]).toEqual({
      kind: 'error',
      text: 'Tactful could not change that setting: The library is read-only.',
    });
    expect(session.tools().turnedOffRule).toBeNull();
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('builds the checklist from each analysis, with the findings it hid', () => {
    const session = harness(DRAFT);
    expect(session.checklist().find((item) => item.id === 'acknowledgement')?.reason).toBe('acknowledgement_sympathy');
    // Ignoring the claim hides it; it is still not an acknowledgement.
    session.tools().onIgnore!(session.find('sympathy'));
    expect(session.checklist().find((item) => item.id === 'acknowledgement')?.status).toBe('todo');
  });

  it('hands the sidebar the analysed text to quote from', () => {
    const session = harness(DRAFT);
    expect(session.tools().text).toBe(DRAFT);
  });
});

describe('revealSelection', () => {
  it('scrolls the element holding the selection into view, only as far as needed', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>first</p><p>second words</p>';
    document.body.append(root);
    const second = root.querySelectorAll('p')[1]!;
    const scroll = vi.fn();
    second.scrollIntoView = scroll;
    const range = document.createRange();
    range.setStart(second.firstChild!, 0);
    range.setEnd(second.firstChild!, 6);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    revealSelection(root);
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
  });

  it('leaves the page alone when the selection is outside the editor', () => {
    const root = document.createElement('div');
    const elsewhere = document.createElement('p');
    elsewhere.textContent = 'not the reply';
    document.body.append(root, elsewhere);
    const scroll = vi.fn();
    elsewhere.scrollIntoView = scroll;
    const range = document.createRange();
    range.selectNodeContents(elsewhere);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    revealSelection(root);
    expect(scroll).not.toHaveBeenCalled();
  });
});
