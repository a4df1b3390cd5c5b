// One coaching store per tab: the state the sidebar, the underlines and the inline cards render
// from, and the typed actions they (and the page's watches) call. State changes only through these.

import type { HostAdapter } from '@/lib/hosts/types';
import { createAnalysisActions, type AnalysisActions, type EditorDetection } from './analysis';
import { createCardActions, type CardActions } from './card-actions';
import { createCustomerPickActions, type CustomerPickActions } from './customer-pick';
import { createFindingActions, type FindingActions } from './finding-actions';
import { createLayoutActions, type LayoutActions, type LayoutStorage } from './layout-actions';
import { createScheduler, type Scheduler } from './scheduler';
import type { Send, Session } from './session';
import { createSnippetActions, type SnippetActions } from './snippet-actions';
import { INITIAL_STATE } from './state';
import { createStore } from './store';
import { watchTypingRuns, type TypingRun } from './typing-run';

export interface CoachingActions {
  /** Follow an editor, analyse, ignore, the rule settings and the agent's pause. */
  analysis: AnalysisActions;
  /** Fix, select, turn a rule off (and Undo), insert a statement, dismiss a notice. */
  findings: FindingActions;
  /** Snippet search and insertion, shortcuts, the library's changes. */
  snippets: SnippetActions;
  /** Collapse, resize. */
  layout: LayoutActions;
  /** The inline card. */
  cards: CardActions;
  /** Picking the customer's message on the page, where the host cannot read it. */
  customerPick: CustomerPickActions;
}

export interface CoachingStore extends Session {
  readonly actions: CoachingActions;
  /** The agent's typing run in the followed editor: the views that remove nodes wait it out. */
  readonly typing: TypingRun;
}

export interface CoachingDependencies {
  host: HostAdapter;
  send: Send;
  /** The content script's lifetime (ctx.signal). */
  signal: AbortSignal;
  layout: LayoutStorage;
  /** The page's timers by default. */
  schedule?: Scheduler;
  /** lib/editors/detect.ts by default. */
  detectEditor?: EditorDetection;
}

export function createCoachingStore(dependencies: CoachingDependencies): CoachingStore {
  const { host, send, signal } = dependencies;
  const session: Session = {
    store: createStore(INITIAL_STATE),
    host,
    send,
    signal,
    schedule: dependencies.schedule ?? createScheduler(signal),
  };
  const analysis = createAnalysisActions(session, dependencies.detectEditor);
  return {
    ...session,
    typing: watchTypingRuns(session),
    actions: {
      analysis,
      findings: createFindingActions(session, analysis),
      snippets: createSnippetActions(session, analysis),
      layout: createLayoutActions(session, dependencies.layout),
      cards: createCardActions(session),
      customerPick: createCustomerPickActions(session, analysis, dependencies.layout),
    },
  };
}
