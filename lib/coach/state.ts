// What one tab's coaching session knows, as its views read it: the sidebar, the underlines and the
// inline cards all render from a CoachingState (lib/coach/coaching-store.ts keeps it).

import type { Analysis, Finding } from '@/coaching';
import type { TeamPhrase, TeamWording } from '@/coaching/types';
import type { TextSnapshot } from '@/lib/editors/dom-text';
import type { UnderlinedFinding } from '@/lib/editors/highlights';
import type { EditorAdapter } from '@/lib/editors/types';
import type { CustomerMessage } from '@/lib/hosts/types';
import type { LibraryStatus } from '@/lib/library/library';
import { DEFAULT_SHORTCUT_TRIGGER, type RuleSettings } from '@/lib/settings/preferences';
import type { ChecklistItem } from './checklist';
import { DEFAULT_LAYOUT, type SidebarLayout } from './sidebar-state';

/** Why Tactful is not coaching the editor the agent is in. */
export type PauseReason = 'internal-note' | 'paused-by-agent';

/** A line at the top of the sidebar: what just happened, or what went wrong. */
export interface SidebarNotice {
  kind: 'info' | 'error';
  text: string;
}

/** What the sidebar knows of the snippet library: its status, or that the background could not be reached. */
export type SnippetLibraryState =
  { kind: 'checking' } | { kind: 'ready'; status: LibraryStatus } | { kind: 'unreachable' };

/** The last analysis of the followed editor's reply. */
export interface Reading {
  /** The reply as read: the findings' offsets index its text, and its DOM map draws their underlines. */
  snapshot: TextSnapshot;
  /** The engine's analysis as shown: the findings the agent ignored are left out. */
  analysis: Analysis;
  /** Every finding of the analysis, ignored ones included (which of several alike it is counts them all). */
  found: readonly Finding[];
  /** The pre-send checklist (lib/coach/checklist.ts), from every finding: an ignored one still counts. */
  checklist: ChecklistItem[];
}

/** The underlines drawn in the followed editor. */
export interface DrawnUnderlines {
  /** The reading they were drawn from. */
  reading: Reading;
  /** The findings underlined, with the very Ranges painted: a pointer over one is matched to its finding. */
  underlined: readonly UnderlinedFinding[];
}

/** An inline card open on underlined words. */
export interface OpenCard {
  /** The finding, and the reading it came from. */
  finding: Finding;
  reading: Reading;
  /** The live Range the words are underlined on: the card follows it as the page moves. */
  range: Range;
  /** The words under the card when it opened: once they change, the card has nothing to say. */
  words: string;
  /** Which of the words' line boxes it opened at: the card sits beside that line. */
  line: number;
  /** Opened by a click or the keyboard: it stays when the pointer moves away. */
  pinned: boolean;
  /** Opened from the keyboard, so it takes the focus: the caret to give back to the editor. */
  returnCaret: { start: number; end: number } | null;
  /** The pointer is on the card: a hover card stays while it is. */
  hovered: boolean;
}

export interface SnippetState {
  library: SnippetLibraryState;
  /** The characters typed before a shortcut in the reply. */
  trigger: string;
  /** Changes whenever the library's snippets change: a search on show runs again. */
  revision: number;
}

export interface CoachingState {
  /** The editor the agent writes in, followed by the sidebar; none: the sidebar is hidden. */
  editor: EditorAdapter | null;
  /** The customer's latest message in the conversation the editor answers, as the host reported it. */
  customer: CustomerMessage | null;
  /** The last analysis of the reply; null before the first and while coaching is paused. */
  reading: Reading | null;
  /** Why the followed editor is not coached right now, if it is not. */
  paused: PauseReason | null;
  /** The agent paused coaching everywhere from the popup. */
  pausedByAgent: boolean;
  /** The agent's rule settings (the options page's, kept by the background). */
  rules: RuleSettings;
  /** The installed packs' phrases to avoid (one array per change, so the engine compiles it once). */
  teamPhrases: TeamPhrase[];
  /** The installed packs' greeting and closing, as the trainer wrote them (placeholders unfilled). */
  teamWording: TeamWording;
  /** The rules the administrator's policy locks: their "Turn off this rule" is shown disabled. */
  lockedRules: string[];
  notice: SidebarNotice | null;
  /** An insertion is on its way into the editor: the buttons that change the reply wait. */
  busy: boolean;
  /** The rule the agent just turned off from the sidebar or a card: confirmed, with an Undo. */
  turnedOffRule: string | null;
  /** How the agent left the sidebar on this site (collapsed, width). */
  layout: SidebarLayout;
  snippets: SnippetState;
  /** What the editor's underlines show now (lib/coach/underlines-view.ts); null while none are drawn. */
  underlines: DrawnUnderlines | null;
  card: OpenCard | null;
  /**
   * The customer's message as the agent picked it on this site, where the host could not read it
   * (lib/coach/message-path.ts): the remembered path, and whether the agent is picking now.
   */
  customerPick: { path: string | null; picking: boolean };
}

export const INITIAL_STATE: CoachingState = {
  editor: null,
  customer: null,
  reading: null,
  paused: null,
  pausedByAgent: false,
  rules: {},
  teamPhrases: [],
  teamWording: {},
  lockedRules: [],
  notice: null,
  busy: false,
  turnedOffRule: null,
  layout: DEFAULT_LAYOUT,
  snippets: { library: { kind: 'checking' }, trigger: DEFAULT_SHORTCUT_TRIGGER, revision: 0 },
  underlines: null,
  card: null,
  customerPick: { path: null, picking: false },
};
