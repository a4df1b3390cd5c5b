import { browser } from 'wxt/browser';
// Direct module imports rather than '@/lib/library': the worker needs no CSV or backup code.
import { openLibrary, type Library } from '@/lib/library/library';
import { purgeTrash, readSettings, writeSettings } from '@/lib/library/repository';
import { seedStarterLibrary } from '@/lib/library/seed';
import { LibraryService } from '@/lib/library/service';
import { sendToTabs } from '@/lib/messaging/broadcast';
import { onMessage, sendMessage, type ProtocolMap } from '@/lib/messaging/protocol';
import { readRuleSettings } from '@/lib/settings/preferences';
import { staticHostsOf } from '@/lib/sites/patterns';
import { SiteSync } from '@/lib/sites/registration';

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

  onMessage('library.status', async () => (await service).status());
  onMessage('library.search', async ({ data }) => (await service).search(data));
  onMessage('library.get', async ({ data }) => (await service).get(data));
  onMessage('library.getByShortcut', async ({ data }) => (await service).getByShortcut(data));
  onMessage('library.recordUsage', async ({ data }) => (await service).recordUsage(data));

  onMessage('coaching.paused', async () => readPaused(await library));
  onMessage('coaching.ruleSettings', async () => readRuleSettings(await readSettings(await library)));
  onMessage('coaching.setPaused', async ({ data }) => {
    const paused = data.paused === true;
    await writeSettings(await library, { [PAUSED_SETTING]: paused || null });
    void broadcast('coaching.pausedChanged', { paused });
    return paused;
  });

  startSiteSync();
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
    browser.permissions.onAdded.addListener(({ origins = [] }) => void sites.grantedSites(origins).catch(reportSyncFailure));
    browser.permissions.onRemoved.addListener(() => void sites.sync().catch(reportSyncFailure));
  } catch (error) {
    reportSyncFailure(error);
    return;
  }
  onMessage('sites.sync', () => sites.sync());
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
async function broadcast<Type extends 'library.changed' | 'coaching.pausedChanged'>(type: Type, data: Parameters<ProtocolMap[Type]>[0]): Promise<void> {
  await Promise.all([sendToTabs(type, data), sendMessage(type, data as never).catch(() => {})]);
}
