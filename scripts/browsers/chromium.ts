// Launches Debian's Chromium with the built extension loaded (Playwright over CDP).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { startOutboundSentry } from './outbound-sentry';
import {
  assertBuiltExtension,
  CHROME_EXTENSION_DIR,
  E2E_BUILD_COMMANDS,
  chromiumExtensionIdForPath,
  findChromiumExecutable,
} from './paths';
import { createRequestRecorder } from './request-recorder';
import { DEFAULT_VIEWPORT, type ChromiumSession, type LaunchOptions } from './session';
import { markOpenUiForTests, PlaywrightTestPage } from './test-page';

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = path.resolve(options.extensionDir ?? CHROME_EXTENSION_DIR);
  const loadExtension = options.loadExtension ?? true;
  if (loadExtension) assertBuiltExtension(extensionDir, `npx ${E2E_BUILD_COMMANDS.chromium.join(' ')}`);
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
    async newPage({ openUiForTests = true } = {}) {
      const page = await context.newPage();
      if (openUiForTests) await page.addInitScript(markOpenUiForTests);
      return new PlaywrightTestPage(page);
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
