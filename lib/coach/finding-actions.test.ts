// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/coaching';
import type { HostAdapter } from '@/lib/hosts/types';
import { revealSelection } from './finding-actions';
import type { Send } from './session';
import type { SidebarNotice } from './state';
import { testCoaching, TEST_HOST, textEditor } from './test-support';

const CUSTOMER = "Third time I'm writing: the internet still drops every evening and I'm fed up.";
const HOST: HostAdapter = { ...TEST_HOST, customerMessage: () => ({ text: CUSTOMER, authorName: null }) };

/** A coaching store following an editor that holds `text`, answered by `send` for the background. */
function harness(initialText: string, background: (...args: never[]) => Promise<unknown> = vi.fn(async () => ({}))) {
  const send = background as unknown as Send;
  let text = initialText;
  const notices: (SidebarNotice | null)[] = [];
  const root = document.createElement('div');
  const other = document.createElement('div');
  document.body.append(root, other);
  const editor = textEditor(root, () => text);
  const { coaching, end } = testCoaching({
    host: HOST,
    send,
    editorFor: (element) => (element === root ? editor : null),
  });
  sessions.push(end);
  const { store, actions } = coaching;
  store.subscribe((state, previous) => {
    if (state.notice !== previous.notice) notices.push(state.notice);
  }, coaching.signal);
  actions.analysis.follow(root);
  const shown = () => store.get().reading!.analysis.findings;
  return {
    actions,
    state: () => store.get(),
    shown,
    find: (ruleId: string) => shown().find((finding) => finding.ruleId === ruleId)!,
    type: (next: string) => {
      text = next;
    },
    reanalyze: () => actions.analysis.analyze(),
    followAnother: () => actions.analysis.follow(other),
    followAgain: () => actions.analysis.follow(root),
    notices,
    selections: editor.selections,
  };
}

const sessions: (() => void)[] = [];

const DRAFT = 'I know exactly how you feel. Reset your router.';
const ruleIds = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId);

afterEach(() => {
  for (const end of sessions.splice(0)) end();
  document.body.replaceChildren();
});

describe('finding actions', () => {
  it('ignores a finding: gone from what the sidebar and underlines show, kept through typing elsewhere', () => {
    const session = harness(DRAFT);
    session.actions.findings.ignore(session.find('sympathy'));
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
    session.actions.findings.ignore(drawn);
    expect(ruleIds(session.shown())).not.toContain('sympathy');
    expect(session.notices).toEqual([]);
  });

  it('forgets what was ignored when the agent moves to another editor', () => {
    const session = harness(DRAFT);
    session.actions.findings.ignore(session.find('sympathy'));
    session.followAnother();
    session.followAgain();
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('says so when the words of a finding are gone', () => {
    const session = harness(DRAFT);
    const drawn = session.find('sympathy');
    session.type('Reset your router, please.');
    session.actions.findings.select(drawn);
    expect(session.selections).toEqual([]);
    expect(session.notices).toEqual([{ kind: 'info', text: 'The reply changed and those words are no longer there.' }]);
  });

  it("selects a finding's words where they are now", () => {
    const session = harness(DRAFT);
    const drawn = session.find('sympathy');
    session.type(`Hi Dana, ${DRAFT}`);
    session.actions.findings.select(drawn);
    expect(session.selections).toEqual([{ start: 9, end: 9 + 'I know exactly how you feel'.length }]);
  });

  it('turns a rule off through the background, confirms it, and Undo turns it back on', async () => {
    const send = vi.fn(async (_type: 'coaching.setRuleEnabled', request: { ruleId: string; enabled: boolean }) =>
      request.enabled ? {} : { [request.ruleId]: { enabled: false } },
    );
    const session = harness(DRAFT, send);
    session.actions.findings.turnOffRule(session.find('sympathy'));
    await vi.waitFor(() => expect(session.state().turnedOffRule).toBe('sympathy'));
    expect(send).toHaveBeenCalledWith('coaching.setRuleEnabled', { ruleId: 'sympathy', enabled: false });
    expect(session.state().rules).toEqual({ sympathy: { enabled: false } });
    expect(ruleIds(session.shown())).not.toContain('sympathy');

    session.actions.findings.undoTurnOff('sympathy');
    await vi.waitFor(() => expect(session.state().turnedOffRule).toBeNull());
    expect(send).toHaveBeenLastCalledWith('coaching.setRuleEnabled', { ruleId: 'sympathy', enabled: true });
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('drops the confirmation when the rule is turned on elsewhere, and keeps it otherwise', async () => {
    const session = harness(
      DRAFT,
      vi.fn(async () => ({ sympathy: { enabled: false } })),
    );
    session.actions.findings.turnOffRule(session.find('sympathy'));
    await vi.waitFor(() => expect(session.state().turnedOffRule).toBe('sympathy'));
    session.actions.analysis.setRuleSettings({ sympathy: { enabled: false }, jargon: { enabled: false } });
    expect(session.state().turnedOffRule).toBe('sympathy');
    session.actions.analysis.setRuleSettings({ jargon: { enabled: false } });
    expect(session.state().turnedOffRule).toBeNull();
  });

  it('shows why a rule could not be turned off, and changes nothing', async () => {
    const session = harness(
      DRAFT,
      vi.fn(async () => Promise.reject(new Error('The library is read-only.'))),
    );
    session.actions.findings.turnOffRule(session.find('sympathy'));
    await vi.waitFor(() => expect(session.notices).toHaveLength(1));
    expect(session.notices[0]).toEqual({
      kind: 'error',
      text: 'Tactful could not change that setting: The library is read-only.',
    });
    expect(session.state().turnedOffRule).toBeNull();
    expect(ruleIds(session.shown())).toContain('sympathy');
  });

  it('builds the checklist from each analysis, with the findings it hid', () => {
    const session = harness(DRAFT);
    expect(session.state().reading!.checklist.find((item) => item.id === 'acknowledgement')?.reason).toBe(
      'acknowledgement_sympathy',
    );
    // Ignoring the claim hides it; it is still not an acknowledgement.
    session.actions.findings.ignore(session.find('sympathy'));
    expect(session.state().reading!.checklist.find((item) => item.id === 'acknowledgement')?.status).toBe('todo');
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
