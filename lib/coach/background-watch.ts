// What the session hears from outside the page: the agent's rule settings and pause (kept by the
// background), the library's changes, and the sidebar's layout saved by other tabs of the site.

import { onMessage } from '@/lib/messaging/protocol';
import type { AnalysisActions } from './analysis';
import type { LayoutActions } from './layout-actions';
import { watchCoachingPaused } from './pause';
import type { Session } from './session';
import { readLayout, watchLayout, type KeyValueArea, type StorageChanges } from './sidebar-state';
import type { SnippetActions } from './snippet-actions';

export interface Outside {
  analysis: AnalysisActions;
  snippets: SnippetActions;
  layout: LayoutActions;
  /** browser.storage, where the site's sidebar layout is kept (storage.local, under `origin`). */
  storage: StorageChanges & { local: KeyValueArea };
  origin: string;
}

/**
 * Reads the site's sidebar layout, the rule settings, the pause and the library's state, and
 * follows their changes until the session ends. Resolves once the layout is known, so the sidebar
 * first shows the way the agent left it.
 */
export async function watchBackground(session: Session, outside: Outside): Promise<void> {
  const { send, signal } = session;
  const { analysis, snippets, layout } = outside;
  outside.layout.layoutStored(await readLayout(outside.storage.local, outside.origin));
  // Another tab of this site collapsed, opened or resized its sidebar: this one follows.
  watchLayout(outside.storage, outside.origin, layout.layoutStored, signal);

  // The rule settings in force (the packs' and the agent's) and the team's phrases, asked for at
  // start and again when settings or packs change. No background to ask (the extension is
  // reloading): coach with the defaults.
  const refreshRuleSettings = () => {
    void send('coaching.ruleSettings').then(
      (rules) => void (signal.aborted || analysis.setRuleSettings(rules)),
      () => {},
    );
    void send('coaching.team').then(
      (team) => void (signal.aborted || analysis.setTeamSettings(team)),
      () => {},
    );
  };
  refreshRuleSettings();
  void snippets.refresh();
  const stopListening = onMessage('library.changed', ({ data }) => {
    snippets.libraryChanged(data);
    if (data.kind === 'settings') refreshRuleSettings();
  });
  signal.addEventListener('abort', stopListening, { once: true });
  // The agent's pause from the popup, heard live from the background.
  watchCoachingPaused(analysis.setPausedByAgent, signal);
}
