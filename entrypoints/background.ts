import { browser } from 'wxt/browser';
// Direct module imports rather than '@/lib/library': the worker needs no CSV or backup code.
import { openLibrary, type Library } from '@/lib/library/library';
import { purgeTrash, readSettings, writeSettings } from '@/lib/library/repository';
import { seedStarterLibrary } from '@/lib/library/seed';
import { LibraryService } from '@/lib/library/service';
import { sendToTabs } from '@/lib/messaging/broadcast';
import { onMessage, sendMessage, type ProtocolMap } from '@/lib/messaging/protocol';
import { mayAsk, ownExtension } from '@/lib/messaging/senders';
import { readShortcutTrigger, SETTING_KEYS } from '@/lib/settings/preferences';
import { assertRuleUnlocked, readTeamCoaching } from '@/lib/packs/coaching-settings';
import { setRuleEnabled } from '@/lib/settings/rule-switch';
import { staticHostsOf } from '@/lib/sites/patterns';
import { SiteSync } from '@/lib/sites/registration';
import { relayCommand } from '@/lib/coach/commands';
import { DEVELOPMENT_BUILD } from '@/lib/development-build';
import { DayCountStore, isStatKind } from '@/lib/stats/day-counts';
import { startPackSubscriptions } from '@/lib/packs/background-packs';
import { managedStorage } from '@/lib/packs/managed-storage';
import { readPolicy } from '@/lib/packs/policy';

// The background owns the snippet library: it opens the database in the extension's origin (a
// content script's IndexedDB would belong to the help desk's site), seeds the starter snippets,
// answers the content scripts' library messages, and tells every tab when the library changes.
// It also keeps the content scripts for the sites the agent enabled registered, and holds the
// agent's pause of coaching.
export default defineBackground(() => {
  // Listeners are registered synchronously: the message or event that wakes a stopped service
  // worker must find them. Each waits for the library, which opens once per worker start.
  const library = openLibrary();
  const service = startLibrary(library);

  answer('library.status', async () => (await service).status());
  answer('library.search', async ({ data }) => (await service).search(data));
  answer('library.searchAhead', async ({ data }) => (await service).searchAhead(data));
  answer('library.get', async ({ data }) => (await service).get(data));
  answer('library.getByShortcut', async ({ data }) => (await service).getByShortcut(data));
  answer('library.recordUsage', async ({ data }) => (await service).recordUsage(data));
  // Today's counts for the popup. The sidebar reports each insertion itself (a snippet too, since
  // a read-only library cannot record its use but the insertion still happened).
  const dayCounts = new DayCountStore(browser.storage.local);

  answer('coaching.paused', async () => readPaused(await library));
  // The coaching in force: the packs', the agent's, and the rules the administrator's policy locks.
  const teamCoachingNow = async () => readTeamCoaching(await library, (await readPolicy(managedStorage())).lockedRules);
  answer('coaching.ruleSettings', async () => (await teamCoachingNow()).rules);
  answer('coaching.team', async () => {
    const { rules: _rules, ...team } = await teamCoachingNow();
    return team;
  });
  answer('snippets.trigger', async () => readShortcutTrigger(await readSettings(await library)));
  answer('coaching.setRuleEnabled', async ({ data }) => {
    assertRuleUnlocked((await readPolicy(managedStorage())).lockedRules, data.ruleId);
    await setRuleEnabled(await library, data.ruleId, data.enabled === true);
    // Every open sidebar and the options page follow, as after a change on the options page.
    void broadcast('library.changed', { kind: 'settings', keys: [SETTING_KEYS.coachingRules] });
    return (await teamCoachingNow()).rules;
  });
  answer('coaching.setPaused', async ({ data }) => {
    const paused = data.paused === true;
    await writeSettings(await library, { [PAUSED_SETTING]: paused || null });
    void broadcast('coaching.pausedChanged', { paused });
    return paused;
  });

  const packs = startPackSubscriptions(
    { alarms: browser.alarms, storage: { onChanged: browser.storage.onChanged, managed: managedStorage() } },
    library,
  );
  answer('packs.refresh', ({ data }) => packs.refreshNow(typeof data?.url === 'string' ? data.url : undefined));

  startSiteSync();
  startCommandsAndCounts(dayCounts);
});

/**
 * Passes the agent's keyboard commands (toggle the sidebar, open snippet search) to the tab they
 * were pressed in, and keeps today's counts for the popup.
 */
function startCommandsAndCounts(dayCounts: DayCountStore): void {
  const runCommand = (command: string, tab?: { id?: number }) =>
    relayCommand(command, tab, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, sidebarCommand) => sendMessage('sidebar.command', { command: sidebarCommand }, tabId),
    });
  try {
    browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  } catch (error) {
    // A browser without keyboard commands (Firefox for Android): the sidebar's own controls do the same.
    console.debug('Tactful: keyboard commands are not available in this browser.', error);
  }
  // The end-to-end tests call this, the same function the shortcut calls: neither browser's
  // automation protocol can press an extension's keyboard shortcut (they reach the page, not the
  // browser's own key handling). Only extension code can reach the background's global scope, and
  // only development and e2e builds have it.
  if (DEVELOPMENT_BUILD) (globalThis as { tactfulRunCommand?: typeof runCommand }).tactfulRunCommand = runCommand;

  answer('stats.record', async ({ data }) => {
    if (isStatKind(data.kind)) await dayCounts.record(data.kind);
  });
  answer('stats.today', () => dayCounts.today());
}

/**
 * Answers a message only when one of the extension's own contexts allowed to ask for it sent it
 * (lib/messaging/senders.ts); anyone else gets an error and nothing is done.
 */
const answer: typeof onMessage = (type, handler) =>
  onMessage(type, (message) => {
    if (!mayAsk(type, message.sender, ownExtension(browser.runtime))) {
      throw new Error(`Tactful refuses ${type} from this sender.`);
    }
    return handler(message);
  });

/** The library setting that holds the agent's pause (absent: coaching runs). */
const PAUSED_SETTING = 'coachingPaused';

async function readPaused(library: Library): Promise<boolean> {
  return (await readSettings(library))[PAUSED_SETTING] === true;
}

/**
 * Registers the enabled sites' content scripts at every start (the browser may have changed the
 * grants while the background slept) and again whenever a grant changes, whether in the popup or
 * in the browser's own extension settings.
 */
function startSiteSync(): void {
  let sites: SiteSync;
  try {
    sites = new SiteSync(browser, staticHostsOf(browser.runtime.getManifest().content_scripts));
    browser.permissions.onAdded.addListener(
      ({ origins = [] }) => void sites.grantedSites(origins).catch(reportSyncFailure),
    );
    browser.permissions.onRemoved.addListener(() => void sites.sync().catch(reportSyncFailure));
  } catch (error) {
    reportSyncFailure(error);
    return;
  }
  answer('sites.sync', () => sites.sync());
  void sites.sync().catch(reportSyncFailure);
}

function reportSyncFailure(error: unknown): void {
  console.warn('Tactful: could not update the sites it coaches.', error);
}

async function startLibrary(opening: Promise<Library>): Promise<LibraryService> {
  const library = await opening;
  try {
    // Adds only starter snippets never seeded before: everything on first install, new ones after
    // an update, nothing otherwise (and never one the agent deleted).
    await seedStarterLibrary(library);
    await purgeTrash(library);
  } catch (error) {
    // A read-only library (private window, full disk) still answers from what it has.
    console.warn('Tactful: could not prepare the snippet library.', error);
  }
  return new LibraryService(library, { onChange: (change) => void broadcast('library.changed', change) });
}

/**
 * Tells the content scripts in open tabs, and the extension's own pages (popup, options), which
 * listen through the runtime rather than a tab.
 */
async function broadcast<Type extends 'library.changed' | 'coaching.pausedChanged'>(
  type: Type,
  data: Parameters<ProtocolMap[Type]>[0],
): Promise<void> {
  await Promise.all([sendToTabs(type, data), sendMessage(type, data as never).catch(() => {})]);
}
