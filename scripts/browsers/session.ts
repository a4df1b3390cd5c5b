// What launching a browser with the extension takes and gives back, for either browser.
import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { OutboundSentry } from './outbound-sentry';
import type { BrowserName } from './paths';
import type { RequestRecorder } from './request-recorder';
import type { TestPage } from './test-page';

/** The window size every page opens with unless the caller says otherwise. */
export const DEFAULT_VIEWPORT = { width: 1400, height: 900 };

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
  /** false starts the same browser without the extension, as a baseline. Defaults to true. */
  loadExtension?: boolean;
  /**
   * Firefox only: lets tests open the extension's own pages (popup.html, options.html) with goto().
   * Firefox's remote agent refuses navigations to moz-extension: URLs unless it is started with
   * system access (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS); Chromium opens chrome-extension: URLs anyway.
   */
  extensionPages?: boolean;
}

export interface NewPageOptions {
  /** Defaults to true. */
  openUiForTests?: boolean;
}

export interface ExtensionSession {
  readonly browserName: BrowserName;
  /** Chromium: the extension id. Firefox: the add-on id from browser_specific_settings. */
  readonly extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly extensionOrigin: string;
  /** The proxy that blocked and recorded outbound requests, when `outbound` is 'block'. */
  readonly sentry: OutboundSentry | null;
  /**
   * A new tab. The e2e build mounts Tactful's sidebar and cards in open shadow roots on its pages, so
   * tests can read them; `{ openUiForTests: false }` leaves them closed, as every other build does.
   */
  newPage(options?: NewPageOptions): Promise<TestPage>;
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
