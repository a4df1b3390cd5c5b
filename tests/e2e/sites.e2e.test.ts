// Sites the agent enables from the popup, end to end in both browsers: a help desk with no built-in
// support is not coached until the browser grants Tactful its site; then the background registers
// the generic host's content script and the main-world bridge for that site and starts coaching in
// the open tab; turning the site off in the popup unregisters them. The popup page is opened in a tab
// of its own (`?tab=` names the page it acts on) and driven with real clicks.
//
// Granting without a person at the browser:
// - Firefox: extensions.webextOptionalPermissionPrompts=false skips the permission doorhanger, so
//   the real click's permissions.request() is granted at once.
// - Chromium always shows its dialog for a new host, and no test hook of Chromium's is reachable from
//   outside. The site is first allowed the way an agent can in chrome://extensions (the details
//   page's site access, developerPrivate.addHostPermission): Chromium records the grant but does not
//   activate it for an optional host. The real click's permissions.request() then finds the site
//   already granted and returns true without a dialog, exactly as after a prompt the agent accepted.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BRIDGE_HOST_TAG } from '../../lib/editors/page-bridge-protocol';
import type { RegisteredScript } from '../../lib/sites/registration';
import type { Page } from 'playwright-core';
import {
  E2E_BROWSERS,
  launchWithExtension,
  type ChromiumSession,
  type ExtensionSession,
  type TestPage,
} from './browsers';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';

const demoUrl = inject('demoUrl');
const demoPort = new URL(demoUrl).port;
/**
 * The other desk, on a host no static content script matches (the built-in hosts include the
 * demo server's own 127.0.0.1 and localhost). Both browsers resolve *.localhost to the loopback.
 */
const OTHER_DESK_URL = `http://desk.localhost:${demoPort}/other-desk/`;
const OTHER_DESK_SITE = 'http://desk.localhost/*';
const SITE_SCRIPT_IDS = ['tactful-sites-bridge', 'tactful-sites-coach'];
/** Long enough for a content script to start on a loaded page, had one been registered. */
const SETTLE_MS = 2000;
/**
 * Firefox stops an idle event page after 30 s; shortened so a test can see a new background start
 * (and every permission event in this file wakes a stopped one, as it would for an agent).
 */
const IDLE_BACKGROUND_MS = 2000;

/** The extension APIs the tests call from an extension page (`chrome` in both browsers). */
interface ExtensionApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    request(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  tabs: { query(query: { url?: string }): Promise<Array<{ id?: number }>> };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True when the main-world bridge runs in the page: its element is there, once, with a root the
 * page cannot open (what the page may know; it cannot send the bridge anything, see hostile-page.e2e.test.ts).
 */
function bridgeRuns(page: TestPage): Promise<boolean> {
  return page.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    return hosts.length === 1 && hosts[0]!.shadowRoot === null;
  }, BRIDGE_HOST_TAG);
}

function hasSidebar(page: TestPage): Promise<boolean> {
  return page.evaluate(() => document.querySelector('tactful-sidebar') !== null);
}

describe.each(E2E_BROWSERS)('sites enabled from the popup in %s', (browserName) => {
  let session: ExtensionSession;
  /** The other desk's tab. */
  let desk: TestPage;
  /** An extension page (the popup's, in a tab) to read and drive the extension's APIs from. */
  let extensionPage: TestPage;
  let popup: TestPage;

  const registeredSiteScripts = () =>
    extensionPage.evaluate(
      (ids) =>
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.scripting.getRegisteredContentScripts({ ids }),
      SITE_SCRIPT_IDS,
    );
  const grantedOrigins = async () =>
    (
      await extensionPage.evaluate(() =>
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.permissions.getAll(),
      )
    ).origins ?? [];
  const deskTabId = async () => {
    const [tab] = await extensionPage.evaluate(
      (url) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.query({ url }),
      OTHER_DESK_SITE.replace('/*', '/other-desk/*'),
    );
    if (tab?.id === undefined) throw new Error('The other desk tab is not visible to the extension');
    return tab.id;
  };
  const openPopupFor = async (tabId: number) => {
    await popup.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(
      () =>
        // The site section shows "This page" while it reads the tab's access; it is busy until then.
        document.querySelector('[aria-labelledby="site-heading"][aria-busy="false"]') !== null &&
        document.querySelector('#pause-switch[aria-disabled="false"]') !== null,
    );
  };
  /** Grants or takes away the other desk in chrome://extensions, as the agent can in the browser's own settings. */
  const changeAccessInChromiumSettings = async (change: 'addHostPermission' | 'removeHostPermission') => {
    const settings = await session.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      ({ id, site, change }) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: Record<typeof change, (id: string, host: string) => Promise<void>> };
          }
        ).chrome.developerPrivate[change](id, site),
      { id: session.extensionId, site: OTHER_DESK_SITE, change },
    );
    await settings.close();
  };
  /** Allows the other desk in chrome://extensions, so that Chromium grants it without a dialog (see above). */
  const recordGrantInChromiumSettings = () => changeAccessInChromiumSettings('addHostPermission');
  /** Asks for the other desk from a real click in an extension page; the browser's answer, as text. */
  const requestSiteFromExtensionPage = async () => {
    await extensionPage.evaluate((site) => {
      document.getElementById('ask-for-site')?.remove();
      const ask = document.createElement('button');
      ask.id = 'ask-for-site';
      ask.textContent = 'Allow the other desk';
      ask.addEventListener('click', () => {
        document.body.dataset.granted = 'asking';
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.permissions.request({ origins: [site] }).then(
          (granted) => (document.body.dataset.granted = String(granted)),
          (error: Error) => (document.body.dataset.granted = `error: ${error.message}`),
        );
      });
      document.body.append(ask);
    }, OTHER_DESK_SITE);
    await extensionPage.click('#ask-for-site');
    await extensionPage.waitForFunction(() => document.body.dataset.granted !== 'asking');
    return extensionPage.evaluate(() => document.body.dataset.granted);
  };
  /**
   * The site switch's aria-checked once the change it started has settled ('busy' before): the popup
   * shows the tab's new access a moment before the outcome of the change, and is busy until both show.
   */
  const siteSwitch = () =>
    popup.evaluate(() => {
      const control = document.querySelector('#site-switch');
      if (control?.getAttribute('aria-disabled') === 'true') return 'busy';
      return control?.getAttribute('aria-checked') ?? null;
    });
  const siteOutcome = () =>
    popup.evaluate(
      () => document.querySelector('#site-heading')?.parentElement?.querySelector('[role="status"]')?.textContent ?? '',
    );

  beforeAll(async () => {
    session = await launchWithExtension(browserName, {
      firefoxPrefs: {
        'extensions.webextOptionalPermissionPrompts': false,
        'extensions.background.idle.timeout': IDLE_BACKGROUND_MS,
      },
      extensionPages: true,
    });
    desk = await session.newPage();
    extensionPage = await session.newPage();
    await extensionPage.goto(`${session.extensionOrigin}/popup.html`);
    popup = await session.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('coaches nothing on a site the agent has not enabled', async () => {
    await desk.goto(OTHER_DESK_URL);
    await sleep(SETTLE_MS);
    expect(await hasSidebar(desk)).toBe(false);
    expect(await bridgeRuns(desk)).toBe(false);
    expect(await registeredSiteScripts()).toEqual([]);
    expect(await grantedOrigins()).not.toContain(OTHER_DESK_SITE);
  });

  it('registers the site once the browser grants it, and starts coaching in the open tab at once', async () => {
    if (browserName === 'chromium') {
      await recordGrantInChromiumSettings();
      // Recorded, not yet active: the extension still has no access to the site.
      expect(await grantedOrigins()).not.toContain(OTHER_DESK_SITE);
    }
    expect(await requestSiteFromExtensionPage()).toBe('true');

    // No reload: the background starts the scripts in the tab already open on the site.
    await waitForSidebar(
      desk,
      (sidebar) => sidebar.visible && sidebar.ruleIds.length > 0,
      'findings on the other desk',
    );
    const scripts = await pollUntil(
      registeredSiteScripts,
      (found) => found.length === 2,
      'both site scripts to be registered',
    );
    const byId = Object.fromEntries(scripts.map((script) => [script.id, script]));
    expect(byId['tactful-sites-coach']).toMatchObject({
      matches: [OTHER_DESK_SITE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(byId['tactful-sites-coach']?.js?.[0]).toMatch(/^\/?content-scripts\/any-editor\.js$/);
    expect(byId['tactful-sites-coach']?.excludeMatches).toEqual(
      expect.arrayContaining(['https://*.zendesk.com/agent/*', 'https://mail.google.com/*']),
    );
    // Firefox ESR 153 registers main-world scripts as Chromium does (scripting world 'MAIN').
    expect(byId['tactful-sites-bridge']).toMatchObject({
      matches: [OTHER_DESK_SITE],
      runAt: 'document_start',
      world: 'MAIN',
    });
    expect(byId['tactful-sites-bridge']?.js?.[0]).toMatch(/^\/?content-scripts\/editor-bridge\.js$/);
    expect(await bridgeRuns(desk)).toBe(true);

    await desk.goto(OTHER_DESK_URL);
    await waitForSidebar(desk, (sidebar) => sidebar.visible && sidebar.ruleIds.length > 0, 'findings after a reload');
    expect(await bridgeRuns(desk)).toBe(true);
  });

  it('shows the site as on in the popup, with no console errors', async () => {
    await openPopupFor(await deskTabId());
    expect(await popup.evaluate(() => document.querySelector('#site-heading')?.textContent)).toBe('desk.localhost');
    expect(await siteSwitch()).toBe('true');
    expect(await popup.evaluate(() => document.querySelector('#site-switch')?.getAttribute('aria-labelledby'))).toBe(
      'site-switch-label',
    );
    expect(await popup.evaluate(() => document.querySelector('#pause-switch')?.getAttribute('aria-checked'))).toBe(
      'false',
    );
    expect(popup.errors()).toEqual([]);
  });

  it('turns the site off from the popup: its scripts are unregistered and a reload is not coached', async () => {
    await popup.click('#site-switch');
    await pollUntil(siteSwitch, (checked) => checked === 'false', 'the switch to turn off');
    expect(await siteOutcome()).toMatch(/^Off\./);
    await pollUntil(registeredSiteScripts, (found) => found.length === 0, 'the site scripts to be unregistered');
    expect(await grantedOrigins()).not.toContain(OTHER_DESK_SITE);

    await desk.goto(OTHER_DESK_URL);
    await sleep(SETTLE_MS);
    expect(await hasSidebar(desk)).toBe(false);
    expect(await bridgeRuns(desk)).toBe(false);
  });

  it('turns the site on again from the popup and coaches the open tab without a reload', async () => {
    // Chromium asks no second time for a site the agent granted before and Tactful gave back.
    await popup.click('#site-switch');
    await pollUntil(siteSwitch, (checked) => checked === 'true', 'the switch to turn on');
    expect(await siteOutcome()).toMatch(/^On\./);
    await waitForSidebar(desk, (sidebar) => sidebar.visible && sidebar.ruleIds.length > 0, 'findings without a reload');
    expect(await bridgeRuns(desk)).toBe(true);
    expect(popup.errors()).toEqual([]);
  });

  it('registers the sites again when a new background starts and finds the scripts gone', async () => {
    await extensionPage.evaluate(
      (ids) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.scripting.unregisterContentScripts({ ids }),
      SITE_SCRIPT_IDS,
    );
    expect(await registeredSiteScripts()).toEqual([]);
    if (browserName === 'chromium') {
      // Stopped as Chromium stops an idle worker; a mark in its global scope tells a new one apart.
      const worker = await (session as ChromiumSession).serviceWorker();
      await worker.evaluate(() => Object.assign(globalThis, { tactfulTestMark: true }));
      const devtools = await (session as ChromiumSession).context.newCDPSession(
        (extensionPage as unknown as { raw: Page }).raw,
      );
      await devtools.send('ServiceWorker.enable');
      await devtools.send('ServiceWorker.stopAllWorkers');
      await devtools.detach();
    } else {
      // The launch set Firefox's event-page idle timeout to IDLE_BACKGROUND_MS: let the background stop.
      await sleep(IDLE_BACKGROUND_MS * 2);
    }
    // Opening the popup wakes the background with a message; the popup itself never asks for a sync.
    await openPopupFor(await deskTabId());
    const scripts = await pollUntil(
      registeredSiteScripts,
      (found) => found.length === 2,
      'the site scripts to be registered again',
    );
    expect(scripts.every((script) => script.matches?.join() === OTHER_DESK_SITE)).toBe(true);
    if (browserName === 'chromium') {
      const worker = await (session as ChromiumSession).serviceWorker();
      expect(await worker.evaluate(() => 'tactfulTestMark' in globalThis)).toBe(false);
    }
    await desk.goto(OTHER_DESK_URL);
    await waitForSidebar(desk, (sidebar) => sidebar.visible, 'the sidebar after the background restarted');
  });

  it('pauses coaching everywhere from the popup, remembers it, and resumes from the keyboard', async () => {
    await openPopupFor(await deskTabId());
    await popup.click('#pause-switch');
    await pollUntil(
      () => popup.evaluate(() => document.querySelector('#pause-switch')?.getAttribute('aria-checked')),
      (checked) => checked === 'true',
      'the pause switch to turn on',
    );
    // The sidebar already open in the desk's tab hears the pause live.
    await waitForSidebar(
      desk,
      (sidebar) => sidebar.text.includes('Coaching paused') && sidebar.ruleIds.length === 0,
      'the pause in the open sidebar',
    );
    await openPopupFor(await deskTabId());
    expect(await popup.evaluate(() => document.querySelector('#pause-switch')?.getAttribute('aria-checked'))).toBe(
      'true',
    );
    // From the keyboard this time: Space on the focused switch.
    await popup.focus('#pause-switch');
    await popup.type(' ');
    await pollUntil(
      () => popup.evaluate(() => document.querySelector('#pause-switch')?.getAttribute('aria-checked')),
      (checked) => checked === 'false',
      'the pause switch to turn off',
    );
    await waitForSidebar(
      desk,
      (sidebar) => !sidebar.text.includes('Coaching paused') && sidebar.ruleIds.length > 0,
      'coaching to resume in the open sidebar',
    );
    expect(popup.errors()).toEqual([]);
  });

  // The same revocation in Firefox's add-on manager goes through the same permission removal (and
  // onRemoved event) as the popup's permissions.remove(), which the tests above drive.
  it.runIf(browserName === 'chromium')(
    "stops coaching a site taken away in the browser's own extension settings",
    async () => {
      await changeAccessInChromiumSettings('removeHostPermission');
      await pollUntil(registeredSiteScripts, (found) => found.length === 0, 'the site scripts to be unregistered');
      expect(await grantedOrigins()).not.toContain(OTHER_DESK_SITE);
      await desk.goto(OTHER_DESK_URL);
      await sleep(SETTLE_MS);
      expect(await hasSidebar(desk)).toBe(false);
    },
  );

  // Chromium shows a tab's address to an extension only with the "tabs" permission, activeTab (which
  // the toolbar button grants the real popup) or explicit host access; a content script's matches
  // are not enough. The popup opened in a tab of its own therefore sees the built-in demo pages'
  // addresses only in Firefox, whose host permissions include the content scripts' sites.
  it.runIf(browserName === 'firefox')(
    'shows a built-in help desk as always on, and other pages of its site as not offered',
    async () => {
      const tabId = await deskTabId();
      await desk.goto(`${demoUrl}/gmail/`);
      await openPopupFor(tabId);
      expect(await popup.evaluate(() => document.querySelector('#site-heading')?.parentElement?.textContent)).toContain(
        'Built in: Tactful always coaches replies here.',
      );
      expect(await popup.evaluate(() => document.querySelector('#site-switch'))).toBeNull();

      await desk.goto(`${demoUrl}/other-desk/`);
      await sleep(SETTLE_MS);
      // The demo server's own host is where the built-in fixtures live: its other pages stay uncoached,
      // although Firefox reports the whole host as granted.
      expect(await hasSidebar(desk)).toBe(false);
      await openPopupFor(tabId);
      expect(await popup.evaluate(() => document.querySelector('#site-heading')?.parentElement?.textContent)).toContain(
        'This page is not one of them.',
      );
      expect(popup.errors()).toEqual([]);
    },
  );

  // Starts from a site the browser has not granted: a fresh browser's state (so it also runs alone,
  // with -t) and the one the tests above leave in Chromium. The popup opened in a tab sees the desk's
  // address only once Tactful has access there (see the built-in test above), so the site is granted
  // first as in the registration test, then turned off and on again with the popup's switch.
  it('turns a site on from the popup, then off from the options page, which stops coaching it', async () => {
    if (browserName === 'chromium') await recordGrantInChromiumSettings();
    await desk.goto(OTHER_DESK_URL);
    expect(await requestSiteFromExtensionPage()).toBe('true');
    await openPopupFor(await deskTabId());
    await pollUntil(siteSwitch, (checked) => checked === 'true', 'the popup to show the site on');
    await popup.click('#site-switch');
    await pollUntil(siteSwitch, (checked) => checked === 'false', 'the switch to turn off');
    await popup.click('#site-switch');
    await pollUntil(siteSwitch, (checked) => checked === 'true', 'the switch to turn on');
    expect(await siteOutcome()).toMatch(/^On\./);
    await waitForSidebar(
      desk,
      (sidebar) => sidebar.visible && sidebar.ruleIds.length > 0,
      'findings once the popup turned the site on',
    );

    const options = await session.newPage();
    await options.goto(`${session.extensionOrigin}/options.html`);
    const siteRow = `#sites li[data-site="${OTHER_DESK_SITE}"]`;
    await options.waitForFunction((row) => document.querySelector(row) !== null, siteRow);
    expect(
      await options.evaluate((row) => document.querySelector(row)?.querySelector('code')?.textContent, siteRow),
    ).toBe('desk.localhost');
    expect(
      await options.evaluate(() => document.querySelector('#sites [data-site="*.zendesk.com"]')?.textContent),
    ).toContain('Always on');

    await options.click(`${siteRow} button`);
    await options.waitForFunction((row) => document.querySelector(row) === null, siteRow);
    // The list follows the permission as soon as it goes; the outcome line comes once the background has synced.
    const turnedOff = await pollUntil(
      () => options.evaluate(() => document.querySelector('#sites .tfo-success[role="status"]')?.textContent ?? ''),
      (text) => text !== '',
      'the outcome of turning the site off',
    );
    expect(turnedOff).toMatch(/^Off\. Pages of desk\.localhost/);
    await pollUntil(registeredSiteScripts, (found) => found.length === 0, 'the site scripts to be unregistered');
    expect(await grantedOrigins()).not.toContain(OTHER_DESK_SITE);

    await desk.goto(OTHER_DESK_URL);
    await sleep(SETTLE_MS);
    expect(await hasSidebar(desk)).toBe(false);
    expect(await bridgeRuns(desk)).toBe(false);
    expect(options.errors()).toEqual([]);
    expect(popup.errors()).toEqual([]);
    await options.close();
  });

  it('leaves no errors on the pages and sends nothing out', async () => {
    expect(desk.errors()).toEqual([]);
    // desk.localhost reached the demo server directly: the browsers treat it as the loopback.
    expect(session.sentry?.attempts.filter((attempt) => attempt.host.endsWith('localhost')) ?? []).toEqual([]);
  });
});
