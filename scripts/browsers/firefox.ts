// Launches Debian's Firefox ESR with the built extension installed (Puppeteer over WebDriver BiDi).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { FIREFOX_EXTENSION_PREFS, FIREFOX_QUIET_PREFS, firefoxProxyPrefs } from './firefox-prefs';
import { startOutboundSentry } from './outbound-sentry';
import { assertBuiltExtension, E2E_BUILD_COMMANDS, FIREFOX_EXTENSION_DIR, findFirefoxExecutable } from './paths';
import { createRequestRecorder } from './request-recorder';
import { DEFAULT_VIEWPORT, type FirefoxSession, type LaunchOptions } from './session';
import { markOpenUiForTests, PuppeteerTestPage } from './test-page';

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
  assertBuiltExtension(extensionDir, `npx ${E2E_BUILD_COMMANDS.firefox.join(' ')}`);
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
  let installedId = geckoId;
  try {
    if (options.loadExtension ?? true) installedId = await browser.installExtension(extensionDir);
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
    async newPage({ openUiForTests = true } = {}) {
      const page = await browser.newPage();
      if (openUiForTests) await page.evaluateOnNewDocument(markOpenUiForTests);
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
