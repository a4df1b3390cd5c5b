// Launches the system Chromium and Firefox ESR with the built extension loaded, for e2e tests and
// `npm start`. No test downloads a browser: both drivers point at the Debian binaries.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { startOutboundSentry, type OutboundSentry } from './outbound-sentry';
import { createRequestRecorder, type RequestRecorder } from './request-recorder';

export type BrowserName = 'chromium' | 'firefox';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The WXT build output (wxt.config.ts honours the same TACTFUL_OUTPUT_DIR). */
const OUTPUT_DIR = path.resolve(REPO_ROOT, process.env.TACTFUL_OUTPUT_DIR ?? '.output');
export const CHROME_EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = path.join(OUTPUT_DIR, 'firefox-mv3');

/** Both by default; `TACTFUL_E2E_BROWSERS=firefox` (comma-separated) narrows a run. */
export const E2E_BROWSERS: readonly BrowserName[] = (() => {
  const requested = process.env.TACTFUL_E2E_BROWSERS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!requested?.length) return ['chromium', 'firefox'];
  for (const name of requested) {
    if (name !== 'chromium' && name !== 'firefox') throw new Error(`TACTFUL_E2E_BROWSERS: unknown browser "${name}"`);
  }
  return requested as BrowserName[];
})();

const DEFAULT_VIEWPORT = { width: 1400, height: 900 };
/** Intermediate pointer positions in TestPage.mouseMove. */
const POINTER_STEPS = 5;

/**
 * Debian's /usr/bin/chromium is a shell wrapper that sources /etc/chromium.d: it adds an empty
 * --load-extension and --enable-remote-extensions before our arguments, and Chromium takes the last
 * value of a repeated switch, so our --load-extension wins. (It also prints a harmless shell warning
 * from its /dev/shm size check on machines with several mounts.)
 */
export function findChromiumExecutable(): string {
  const candidates = [process.env.TACTFUL_CHROMIUM, '/usr/bin/chromium'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set TACTFUL_CHROMIUM.');
  return found;
}

export function findFirefoxExecutable(): string {
  const candidates = [process.env.TACTFUL_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('Firefox not found: install Debian\'s "firefox-esr" package or set TACTFUL_FIREFOX.');
  return found;
}

/**
 * Chromium derives an unpacked extension's id from its absolute path: the first 128 bits of the
 * path's SHA-256, each hex digit written as a letter from a to p.
 */
export function chromiumExtensionIdForPath(extensionDir: string): string {
  const digest = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export function assertBuiltExtension(extensionDir: string, buildCommand: string): void {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`${buildCommand}\` first.`);
  }
}

/** Preferences that keep Firefox from reaching the network on its own during tests. */
export const FIREFOX_QUIET_PREFS: Readonly<Record<string, unknown>> = {
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.tabs.crashReporting.sendReport': false,
  'breakpad.reportURL': '',
  // Studies, experiments and remote settings (Normandy, Nimbus, blocklists, CRLite).
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // Release builds ignore this override unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is in the
  // environment (see launchFirefox); without both, Firefox polls firefox.settings.services.mozilla.com.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'extensions.blocklist.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  // Application, add-on and plugin updates.
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:,',
  'browser.discovery.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:,',
  'media.gmp-gmpopenh264.enabled': false,
  'browser.search.update': false,
  // Connectivity probes, push, DNS-over-HTTPS, region and geolocation lookups.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.trr.mode': 5,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'network.sntp.pools': '',
  // Speculative connections and prefetching.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.suggest.searches': false,
  // Safe Browsing list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // New tab content, sponsored tiles, translations and local AI models all fetch on their own.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
  'browser.ml.enable': false,
  'extensions.abuseReport.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
};

/**
 * Firefox treats an MV3 extension's host permissions (content script matches included) as
 * optional. `extensions.originControls.grantByDefault` (true in ESR 153) grants them when the
 * extension is installed, temporary installs included; pinning it keeps a changed default or
 * enterprise policy from silently stopping our content scripts. Verified: with it set to false
 * the content script does not run on the demo pages.
 */
export const FIREFOX_EXTENSION_PREFS: Readonly<Record<string, unknown>> = {
  'extensions.originControls.grantByDefault': true,
  'extensions.manifestV3.enabled': true,
  'xpinstall.signatures.required': false,
  // The remote agent's own recommended prefs are applied only after startup; ours are in place from
  // the first network request.
  'remote.prefs.recommended': true,
};

function firefoxProxyPrefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    // Loopback stays direct (Firefox's default), so the demo server is reached without the sentry.
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
  };
}

/** One page in either browser, with the operations e2e tests need written once for both. */
export interface TestPage {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (main world). `fn` is serialised: it cannot close over test variables. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates (reaches into shadow roots, unlike selectors). */
  mouseClick(x: number, y: number): Promise<void>;
  /**
   * Moves the real pointer to viewport coordinates in a few steps, so what lies on the way sees it
   * pass (pointerenter/pointerleave), as under a person's hand.
   */
  mouseMove(x: number, y: number): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types through the driver's keyboard into whatever has focus (real key events). */
  type(text: string, options?: { delay?: number }): Promise<void>;
  /** A key or chord in Playwright's notation: "Enter", "Control+Alt+KeyM", "Shift+ArrowLeft". */
  press(chord: string): Promise<void>;
  screenshot(filePath: string): Promise<void>;
  url(): string;
  /**
   * Uncaught exceptions and console.error messages from the page and its frames, oldest first,
   * since the page was opened (navigations do not clear them).
   */
  errors(): string[];
  /** console.warn messages from the page and its frames since the page was opened. */
  warnings(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder of the unpacked extension; defaults to the WXT build output for the browser. */
  extensionDir?: string;
  /** Defaults to true. */
  headless?: boolean;
  /** Defaults to 1400×900; null lets a headed window size itself (`npm start`). */
  viewport?: { width: number; height: number } | null;
  /**
   * 'block' (default): every non-loopback request goes to a local proxy that refuses it and
   * records it. 'direct': the browser reaches the network normally (interactive `npm start`).
   */
  outbound?: 'block' | 'direct';
  /** Firefox only: prefs applied after ours (e.g. to prove what a pref changes). */
  firefoxPrefs?: Record<string, unknown>;
  /** Chromium only: false starts the same browser without the extension, as a baseline. Defaults to true. */
  loadExtension?: boolean;
  /**
   * Firefox only: lets tests open the extension's own pages (popup.html, options.html) with goto().
   * Firefox's remote agent refuses navigations to moz-extension: URLs unless it is started with
   * system access (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS); Chromium opens chrome-extension: URLs anyway.
   */
  extensionPages?: boolean;
}

export interface ExtensionSession {
  readonly browserName: BrowserName;
  /** Chromium: the extension id. Firefox: the add-on id from browser_specific_settings. */
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly extensionOrigin: string;
  /** The proxy that blocked and recorded outbound requests, when `outbound` is 'block'. */
  readonly sentry: OutboundSentry | null;
  newPage(): Promise<TestPage>;
  /** Starts recording requests from now on; see request-recorder.ts. */
  recordRequests(): RequestRecorder;
  close(): Promise<void>;
}

export interface ChromiumSession extends ExtensionSession {
  readonly browserName: 'chromium';
  readonly context: BrowserContext;
  /** The extension's service worker, started if needed (MV3 workers stop after idling). */
  serviceWorker(timeoutMs?: number): Promise<Worker>;
}

export interface FirefoxSession extends ExtensionSession {
  readonly browserName: 'firefox';
  readonly browser: PuppeteerBrowser;
}

/**
 * Both drivers type page functions against their own handle-unwrapping generics; TestPage passes
 * only serialisable arguments, so the functions are handed over as plain one-argument callables.
 */
type PageFunction = (arg: unknown) => unknown;

/** Collects what the page reported to its console; both drivers feed it as events arrive. */
class ConsoleLog {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  pageError(error: unknown) {
    if (!(error instanceof Error)) {
      this.errors.push(`Uncaught ${String(error)}`);
      return;
    }
    // WebDriver BiDi (Firefox) already puts the error's name in front of its message.
    const prefix = error.message.startsWith(`${error.name}: `) ? '' : `${error.name}: `;
    this.errors.push(`Uncaught ${prefix}${error.message}`);
  }
  message(type: string, text: string) {
    if (type === 'error') this.errors.push(`console.error: ${text}`);
    else if (type === 'warning' || type === 'warn') this.warnings.push(`console.warn: ${text}`);
  }
}

class PlaywrightTestPage implements TestPage {
  readonly browserName = 'chromium' as const;
  private readonly consoleLog = new ConsoleLog();
  constructor(readonly raw: PlaywrightPage) {
    raw.on('pageerror', (error) => this.consoleLog.pageError(error));
    raw.on('console', (message) => this.consoleLog.message(message.type(), message.text()));
  }
  async goto(url: string) {
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as PageFunction, arg) as Promise<Awaited<R>>;
  }
  async waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}) {
    await this.raw.waitForFunction(fn as PageFunction, arg, { timeout: options.timeout ?? 10_000 });
  }
  click(selector: string) {
    return this.raw.click(selector);
  }
  mouseClick(x: number, y: number) {
    return this.raw.mouse.click(x, y);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y, { steps: POINTER_STEPS });
  }
  focus(selector: string) {
    return this.raw.focus(selector);
  }
  type(text: string, options: { delay?: number } = {}) {
    return this.raw.keyboard.type(text, options);
  }
  press(chord: string) {
    return this.raw.keyboard.press(chord);
  }
  async screenshot(filePath: string) {
    await this.raw.screenshot({ path: filePath });
  }
  url() {
    return this.raw.url();
  }
  errors() {
    return [...this.consoleLog.errors];
  }
  warnings() {
    return [...this.consoleLog.warnings];
  }
  close() {
    return this.raw.close();
  }
}

class PuppeteerTestPage implements TestPage {
  readonly browserName = 'firefox' as const;
  private readonly consoleLog = new ConsoleLog();
  constructor(readonly raw: PuppeteerPage) {
    raw.on('pageerror', (error) => this.consoleLog.pageError(error));
    raw.on('console', (message) => this.consoleLog.message(message.type(), message.text()));
  }
  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // Puppeteer's goto() waits for a BiDi navigation event Firefox does not send when the tab moves
      // into the extension's process, so the navigation is started through the frame's BiDi browsing
      // context (puppeteer-core 24 keeps it there, outside its typed API) and the document is awaited.
      const frame = this.raw.mainFrame() as unknown as {
        browsingContext: { navigate(url: string, wait: 'none'): Promise<unknown> };
      };
      await frame.browsingContext.navigate(url, 'none');
      await this.waitForFunction((target) => location.href === target && document.readyState === 'complete', url);
      return;
    }
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as PageFunction, arg) as Promise<Awaited<R>>;
  }
  async waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}) {
    await this.raw.waitForFunction(fn as PageFunction, { timeout: options.timeout ?? 10_000 }, arg);
  }
  click(selector: string) {
    return this.raw.click(selector);
  }
  mouseClick(x: number, y: number) {
    return this.raw.mouse.click(x, y);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y, { steps: POINTER_STEPS });
  }
  focus(selector: string) {
    return this.raw.focus(selector);
  }
  type(text: string, options: { delay?: number } = {}) {
    return this.raw.keyboard.type(text, options);
  }
  async press(chord: string) {
    // Puppeteer presses one key at a time; hold the modifiers around the last key.
    const keys = chord.split('+') as KeyInput[];
    const key = keys.pop();
    if (!key) throw new Error(`Empty key chord "${chord}"`);
    for (const modifier of keys) await this.raw.keyboard.down(modifier);
    try {
      await this.raw.keyboard.press(key);
    } finally {
      for (const modifier of keys.reverse()) await this.raw.keyboard.up(modifier);
    }
  }
  async screenshot(filePath: string) {
    await this.raw.screenshot({ path: filePath as `${string}.png` });
  }
  url() {
    return this.raw.url();
  }
  errors() {
    return [...this.consoleLog.errors];
  }
  warnings() {
    return [...this.consoleLog.warnings];
  }
  close() {
    return this.raw.close();
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = path.resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  const loadExtension = options.loadExtension ?? true;
  if (loadExtension) assertBuiltExtension(extensionDir, 'npx wxt build');
  const extensionId = chromiumExtensionIdForPath(extensionDir);
  const sentry = (options.outbound ?? 'block') === 'block' ? await startOutboundSentry() : null;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tactful-chromium-'));
  const headless = options.headless ?? true;
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromiumExecutable(),
      // Playwright passes --headless, which in Chromium 132+ is the full ("new") headless browser
      // that runs extensions; its defaults also carry --no-sandbox, --disable-background-networking,
      // --disable-component-update and --disable-sync.
      headless,
      viewport: options.viewport === undefined ? DEFAULT_VIEWPORT : options.viewport,
      // Loopback must bypass the sentry explicitly: Playwright otherwise adds <-loopback>, which
      // would send the demo server's traffic to the proxy too.
      ...(sentry ? { proxy: { server: sentry.proxyUrl, bypass: 'localhost,127.0.0.1,[::1]' } } : {}),
      args: [
        // Branded Chrome (137+) drops --load-extension; Debian's Chromium 156 still honours it
        // (checked: the content script and service worker run), and these two flags win over
        // Playwright's default --disable-extensions.
        ...(loadExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-search-engine-choice-screen',
      ],
    });
  } catch (error) {
    await sentry?.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const extensionOrigin = `chrome-extension://${extensionId}`;
  const isOurWorker = (worker: Worker) => worker.url().startsWith(`${extensionOrigin}/`);

  const session: ChromiumSession = {
    browserName: 'chromium',
    extensionId,
    extensionOrigin,
    sentry,
    context,
    async serviceWorker(timeoutMs = 10_000) {
      const running = context.serviceWorkers().find(isOurWorker);
      if (running) return running;
      return context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: timeoutMs });
    },
    async newPage() {
      return new PlaywrightTestPage(await context.newPage());
    },
    recordRequests() {
      return createRequestRecorder({ kind: 'chromium', context, extensionOrigin, sentry });
    },
    async close() {
      await context.close().catch(() => undefined);
      await sentry?.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

function readGeckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  const extensionDir = path.resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  assertBuiltExtension(extensionDir, 'npx wxt build -b firefox');
  const geckoId = readGeckoId(extensionDir);
  // Firefox keeps the add-on id → moz-extension UUID map in a pref; seeding it makes the
  // extension's pages reachable at a URL known before install.
  const internalUuid = randomUUID();
  const sentry = (options.outbound ?? 'block') === 'block' ? await startOutboundSentry() : null;
  let browser: PuppeteerBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefoxExecutable(),
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      env: {
        ...process.env,
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        ...(options.extensionPages ? { MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' } : {}),
      },
      defaultViewport: options.viewport === undefined ? DEFAULT_VIEWPORT : options.viewport,
      extraPrefsFirefox: {
        ...FIREFOX_QUIET_PREFS,
        ...FIREFOX_EXTENSION_PREFS,
        ...(sentry ? firefoxProxyPrefs(sentry.port) : {}),
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: internalUuid }),
        ...options.firefoxPrefs,
      },
    });
  } catch (error) {
    await sentry?.close();
    throw error;
  }
  let installedId: string;
  try {
    installedId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    await sentry?.close();
    throw error;
  }

  const session: FirefoxSession = {
    browserName: 'firefox',
    extensionId: installedId,
    extensionOrigin: `moz-extension://${internalUuid}`,
    sentry,
    browser,
    async newPage() {
      const page = await browser.newPage();
      return new PuppeteerTestPage(page);
    },
    recordRequests() {
      return createRequestRecorder({ kind: 'firefox', browser, extensionOrigin: session.extensionOrigin, sentry });
    },
    async close() {
      await browser.close().catch(() => undefined);
      await sentry?.close();
    },
  };
  return session;
}

export function launchWithExtension(browserName: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return browserName === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
