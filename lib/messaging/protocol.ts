// The one protocol map for messages between content scripts (and extension pages) and the
// background. Every message type lives here, so both ends are checked against the same types.
//
//   import { sendMessage } from '@/lib/messaging/protocol';
//   const response = await sendMessage('library.search', { query: 'refund', emotions: analysis.emotions });
//   if (response.ok) show(response.value); else showError(response.error.message);
//
// Requests from the content script go to the background (sendMessage without a tab id). The
// background sends `library.changed` to tabs, so a content script that shows snippets listens:
//
//   onMessage('library.changed', ({ data }) => refreshIfShowing(data));
//
// Answers that can fail are LibraryResponse values rather than thrown errors: a typed error (code
// plus a message for the agent) survives the message boundary, a thrown Error only as text.

import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LibraryErrorInfo } from '@/lib/library/errors';
import type { LibraryStatus } from '@/lib/library/library';
import type { Snippet } from '@/lib/library/schema';
import type { RefreshResult } from '@/lib/packs/subscriptions';
import type { CustomerEmotion, RankedSnippet } from '@/lib/library/search';
import type { SearchAhead } from '@/lib/library/search-ahead';
import type { TeamSettings } from '@/lib/packs/team-settings';
import type { RuleSettings } from '@/lib/settings/preferences';
import type { SitesState } from '@/lib/sites/registration';
import type { DayCounts, StatKind } from '@/lib/stats/day-counts';

export type LibraryResponse<T> = { ok: true; value: T } | { ok: false; error: LibraryErrorInfo };

export interface LibrarySearchRequest {
  /** What the agent typed so far; empty lists the best snippets for this customer. */
  query: string;
  /** The customer's emotions from analyze(); ranks fitting snippets higher. */
  emotions?: CustomerEmotion[];
  /** At most MAX_SEARCH_LIMIT; DEFAULT_SEARCH_LIMIT when absent. */
  limit?: number;
  /** Only snippets with all of these tags. */
  tags?: string[];
}

export const MAX_SEARCH_LIMIT = 50;

export interface LibrarySearchAheadRequest extends LibrarySearchRequest {
  /** How many continuations an earlier, unfinished look-ahead of this query already answered. */
  from?: number;
}

/** What changed in the library; sent by the background to every tab after each change. */
export type LibraryChange =
  | { kind: 'snippets'; changed: string[]; removed: string[] }
  | { kind: 'status'; status: LibraryStatus }
  /** Settings saved on the options page, by key (lib/settings/preferences.ts). */
  | { kind: 'settings'; keys: string[] };

/** The keyboard commands in the manifest's `commands` (wxt.config.ts). */
export const SIDEBAR_COMMANDS = ['toggle-sidebar', 'open-snippet-search'] as const;
export type SidebarCommand = (typeof SIDEBAR_COMMANDS)[number];

export interface ProtocolMap {
  /** Whether the library can save, and why not. */
  'library.status'(): LibraryStatus;
  'library.search'(request: LibrarySearchRequest): LibraryResponse<RankedSnippet[]>;
  /** Results for the queries one more key could make of this one, so the tab can show them at once. */
  'library.searchAhead'(request: LibrarySearchAheadRequest): LibraryResponse<SearchAhead>;
  'library.get'(request: { id: string }): LibraryResponse<Snippet | null>;
  /** The snippet a typed shortcut expands to (case and surrounding spaces ignored). */
  'library.getByShortcut'(request: { shortcut: string }): LibraryResponse<Snippet | null>;
  /** Call after the snippet was inserted into the editor (and the insertion checked). */
  'library.recordUsage'(request: { id: string }): LibraryResponse<null>;
  /** Background to tabs and extension pages. */
  'library.changed'(change: LibraryChange): void;

  /**
   * Brings the run-time content scripts in step with the sites the browser lets Tactful run on
   * (the popup asks after turning a site on or off; permission changes trigger it too).
   */
  'sites.sync'(): SitesState;
  /** Whether the agent paused coaching everywhere (from the popup). */
  'coaching.paused'(): boolean;
  /**
   * The per-rule settings in force (only what differs from the defaults): the installed packs',
   * overridden by the agent's own from the options page, overridden by rules the policy locks.
   */
  'coaching.ruleSettings'(): RuleSettings;
  /** What the installed packs ask of the team: phrases to avoid, the greeting and the closing. */
  'coaching.team'(): TeamSettings;
  /** The characters that start a snippet shortcut in the reply (the options page's setting, ";;" by default). */
  'snippets.trigger'(): string;
  /**
   * Turns one coaching rule on or off from the sidebar ("Turn off this rule" and its Undo), in the
   * settings the options page edits; answers the rule settings in force afterwards.
   */
  'coaching.setRuleEnabled'(request: { ruleId: string; enabled: boolean }): RuleSettings;
  /** Pauses or resumes coaching on every site; answers the stored value. */
  'coaching.setPaused'(request: { paused: boolean }): boolean;
  /** Background to tabs and extension pages, after every change of the pause. */
  'coaching.pausedChanged'(change: { paused: boolean }): void;

  /** Background to the active tab: the agent pressed one of the extension's keyboard commands. */
  'sidebar.command'(request: { command: SidebarCommand }): void;
  /** Content script to background: the agent acted on the coaching; counted for the popup's "Today". */
  'stats.record'(request: { kind: StatKind }): void;
  /** Today's counts (local day), for the popup. */
  'stats.today'(): DayCounts;

  /** The options page's "Refresh now": one subscribed pack URL, or all of them when absent. */
  'packs.refresh'(request: { url?: string }): RefreshResult[];
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
