// The analysis side of the coaching store: which editor is followed, reading its reply and the
// customer's message, analysing them with the engine, and what the agent asked to leave out
// (ignored findings, rules turned off, coaching paused).

import { analyze, type Finding, type TeamWording } from '@/coaching';
import { detectEditor } from '@/lib/editors/detect';
import { firstName, type CustomerMessage, type HostAdapter } from '@/lib/hosts/types';
import type { EditorAdapter } from '@/lib/editors/types';
import type { RuleSettings } from '@/lib/settings/preferences';
import { fillPlaceholders } from '@/lib/library/placeholders';
import type { TeamSettings } from '@/lib/packs/team-settings';
import { ReplyCounter } from '@/lib/stats/reply-counter';
import { buildChecklist } from './checklist';
import { errorNotice } from './guarded';
import { isOnPage } from './frames';
import { IgnoredFindings } from './ignored-findings';
import { readPickedMessage } from './message-path';
import { refind } from './refind';
import { pageValues } from './snippet-insertion';
import type { Session } from './session';
import type { CoachingState, PauseReason, Reading } from './state';

/** A pause in typing this long and the reply is analysed (then in idle time). */
export const ANALYSIS_DELAY_MS = 120;

export interface AnalysisActions {
  /** Follows the editor at `root` (null: none, and the sidebar hides); what was ignored goes with the last one. */
  follow(root: HTMLElement | null): void;
  /** Reads the followed editor's reply and the customer's message, and analyses them now. */
  analyze(): void;
  /** The reply or the page around it changed: analyse once the agent pauses, in idle time. */
  changed(): void;
  /**
   * The finding the agent acted on, in the reply as it is now: the reply is analysed again first
   * when the agent typed on since. Null when its words are gone.
   */
  current(finding: Finding): { finding: Finding; reading: Reading } | null;
  /** Hides the finding (and its underline) until its words change; false when its words are gone. */
  ignore(finding: Finding): boolean;
  /** The agent's rule settings changed (here, on the options page, or in another tab). */
  setRuleSettings(rules: RuleSettings): void;
  /** The installed packs' team settings changed (here, or when a pack was installed or removed). */
  setTeamSettings(team: TeamSettings): void;
  /** The agent paused or resumed coaching everywhere from the popup. */
  setPausedByAgent(paused: boolean): void;
}

/** Makes the adapter for an editor's root: lib/editors/detect.ts's by default. */
export type EditorDetection = (root: HTMLElement) => EditorAdapter | null;

export function createAnalysisActions(session: Session, detect: EditorDetection = detectEditor): AnalysisActions {
  const { store, host } = session;
  const ignored = new IgnoredFindings();
  const replies = new ReplyCounter();
  /** The reading each shown finding came from: an action on it finds its words there. */
  const readingOf = new WeakMap<Finding, Reading>();

  const pause = (reason: PauseReason) => store.update({ paused: reason, reading: null, customer: null });

  const run = () => {
    session.schedule.cancel(run);
    const { editor, pausedByAgent } = store.get();
    // A removed editor (or a frame reloaded around it) is replaced at the page's next scan.
    if (!editor || !isOnPage(editor.root)) return;
    try {
      if (pausedByAgent) return pause('paused-by-agent');
      // Only colleagues read an internal note: the customer-facing coaching steps back until the
      // agent switches to a public reply again.
      if (host.replyChannel?.(editor.root) === 'internal') return pause('internal-note');
      const { customer, reading, text } = readReply(editor, host, store.get(), ignored);
      for (const finding of reading.analysis.findings) readingOf.set(finding, reading);
      if (replies.changed(editor.root, text)) void session.send('stats.record', { kind: 'reply' }).catch(() => {});
      store.update({ paused: null, customer, reading });
    } catch (error) {
      store.update({ reading: null, notice: errorNotice('sidebar_error_analysis', error) });
    }
  };

  const runWhenIdle = () => session.schedule.idle(run);

  const current = (finding: Finding) => findingNow(finding, store, readingOf.get(finding), run);

  return {
    follow(root) {
      if (root === store.get().editor?.root) return;
      ignored.clear();
      session.schedule.cancel(run);
      // The host's own adapter where it has one for this editor; else the editor's DOM signature decides.
      const editor = root ? (session.host.createEditor?.(root) ?? detect(root)) : null;
      store.update({ editor, reading: null, paused: null, notice: null });
      if (editor) run();
    },
    analyze: run,
    changed: () => session.schedule.settled(runWhenIdle, ANALYSIS_DELAY_MS),
    current,
    ignore(finding) {
      const found = current(finding);
      if (!found) return false;
      ignored.ignore(found.finding, found.reading.found, found.reading.snapshot.text);
      run();
      return true;
    },
    setRuleSettings(rules) {
      const { turnedOffRule } = store.get();
      // Turned on again elsewhere (the options page, another tab): the Undo has nothing left to undo.
      const undone = turnedOffRule !== null && rules[turnedOffRule]?.enabled !== false;
      store.update(undone ? { rules, turnedOffRule: null } : { rules });
      run();
    },
    setTeamSettings({ teamPhrases, greeting, closing, lockedRules = [] }) {
      store.update({
        teamPhrases,
        teamWording: { greeting: greeting ?? undefined, closing: closing ?? undefined },
        lockedRules,
      });
      run();
    },
    setPausedByAgent(pausedByAgent) {
      store.update({ pausedByAgent });
      run();
    },
  };
}

/**
 * Where `finding` (shown from the reading `before`) stands in the reply now. The agent may have
 * typed on since it was shown: the reply is analysed again first, then its words are looked for.
 */
function findingNow(
  finding: Finding,
  store: Session['store'],
  before: Reading | undefined,
  analyzeNow: () => void,
): { finding: Finding; reading: Reading } | null {
  const editor = store.get().editor;
  if (!editor || !before) return null;
  if (editor.read().text !== store.get().reading?.snapshot.text) analyzeNow();
  const now = store.get().reading;
  if (!now) return null;
  const found = refind(
    finding,
    { text: before.snapshot.text, findings: before.analysis.findings },
    { text: now.snapshot.text, findings: now.analysis.findings },
  );
  return found ? { finding: found, reading: now } : null;
}

/**
 * The followed editor's reply and the customer's message, analysed with what the agent set: the
 * host's channel and names, the rules, and the findings the agent ignored left out.
 */
function readReply(
  editor: EditorAdapter,
  host: HostAdapter,
  state: Pick<CoachingState, 'rules' | 'teamPhrases' | 'teamWording' | 'customerPick'>,
  ignored: IgnoredFindings,
): { customer: CustomerMessage | null; reading: Reading; text: string } {
  const snapshot = editor.read();
  const text = snapshot.text;
  // What the host reads first; else the message the agent picked on this site.
  const customer = host.customerMessage(editor.root) ?? readPickedMessage(document, state.customerPick.path);
  const channel = host.conversationChannel?.(editor.root);
  const analysis = analyze(text, {
    customerMessage: customer?.text,
    channel,
    team: filledTeamWording(state.teamWording, host, editor.root),
    settings: {
      rules: state.rules,
      teamPhrases: state.teamPhrases,
      agentName: firstName(host.agentName(document)),
      customerFirstName: firstName(customer?.authorName),
    },
  });
  const shown = { ...analysis, findings: ignored.visible(analysis.findings, text) };
  const reading: Reading = {
    snapshot,
    analysis: shown,
    found: analysis.findings,
    checklist: buildChecklist(analysis, text, channel),
  };
  return { customer, reading, text };
}

/** The team's greeting and closing with the page's values filled in ("Hi {{customer.firstName}}," → "Hi Dana,"). */
function filledTeamWording(wording: TeamWording, host: HostAdapter, editor: HTMLElement): TeamWording {
  if (!wording.greeting && !wording.closing) return wording;
  const values = pageValues(host, editor);
  const fill = (text: string | undefined) => (text ? fillPlaceholders(text, values).text : undefined);
  return { greeting: fill(wording.greeting), closing: fill(wording.closing) };
}
