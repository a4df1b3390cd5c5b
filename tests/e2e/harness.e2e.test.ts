// Proves the launch harness with a tiny extension written at test time, independent of the
// Tactful build: content scripts run on the demo pages in both browsers (and in Firefox only
// because host permissions are granted at install), and the request recorder tells page,
// extension and browser traffic apart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type BrowserName, type TestPage } from './browsers';

const demoUrl = inject('demoUrl');
const EXTERNAL_PING = 'https://telemetry.example.invalid/ping';

let probeDir: string;

async function writeProbeExtension(dir: string): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'Harness probe',
    version: '1.0.0',
    // Chromium reads service_worker, Firefox reads scripts; each ignores the other.
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    content_scripts: [
      {
        matches: [
          'http://localhost/zendesk/*',
          'http://127.0.0.1/zendesk/*',
          'http://localhost/gmail/*',
          'http://127.0.0.1/gmail/*',
        ],
        js: ['content.js'],
      },
    ],
    browser_specific_settings: {
      gecko: { id: 'harness-probe@tactful.dev', data_collection_permissions: { required: ['none'] } },
    },
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // Reports the ping only when the page asks, so the test controls when the request happens.
  await writeFile(
    path.join(dir, 'background.js'),
    `(globalThis.browser ?? globalThis.chrome).runtime.onMessage.addListener((message) => {
  if (message === 'ping') fetch(${JSON.stringify(EXTERNAL_PING)}).catch(() => {});
});\n`,
  );
  await writeFile(
    path.join(dir, 'content.js'),
    `document.documentElement.setAttribute('data-harness-probe', location.pathname);
document.addEventListener('harness-probe-ping', () => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage('ping'));\n`,
  );
}

beforeAll(async () => {
  probeDir = await mkdtemp(path.join(tmpdir(), 'tactful-harness-probe-'));
  await writeProbeExtension(probeDir);
});

afterAll(async () => {
  await rm(probeDir, { recursive: true, force: true });
});

function probeMark(page: TestPage): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-harness-probe'));
}

describe.each(E2E_BROWSERS)('launch harness in %s', (browserName: BrowserName) => {
  it("runs content scripts on both demo pages and attributes the extension's requests", async () => {
    const session = await launchWithExtension(browserName, { extensionDir: probeDir });
    try {
      const recorder = session.recordRequests();
      const page = await session.newPage();
      for (const pathname of ['/zendesk/', '/gmail/']) {
        await page.goto(`${demoUrl}${pathname}`);
        await page.waitForFunction(
          (expected) => document.documentElement.getAttribute('data-harness-probe') === expected,
          pathname,
        );
      }

      await page.evaluate(() => document.dispatchEvent(new Event('harness-probe-ping')));
      await expect
        .poll(() => recorder.outbound.map((attempt) => attempt.host), { timeout: 10_000 })
        .toContain('telemetry.example.invalid:443');

      if (browserName === 'chromium') {
        // The driver's request event can trail the proxy's sight of the same request.
        await expect.poll(() => recorder.fromExtension().length, { timeout: 10_000 }).toBeGreaterThan(0);
        expect(recorder.fromExtension()).toEqual([
          expect.objectContaining({ source: 'extension-worker', url: EXTERNAL_PING }),
        ]);
        expect(recorder.outside([demoUrl])).toEqual([expect.objectContaining({ url: EXTERNAL_PING })]);
        // The ping is explained by the worker's request; whatever else reached the sentry is the
        // browser's own (Google hosts), never mistaken for the extension's.
        expect(recorder.unattributedOutbound().map((attempt) => attempt.host)).not.toContain(
          'telemetry.example.invalid:443',
        );
      } else {
        // BiDi cannot see Firefox's background page, so its request is known only to the sentry.
        expect(recorder.unattributedOutbound().map((attempt) => attempt.host)).toEqual([
          'telemetry.example.invalid:443',
        ]);
      }
      recorder.stop();
    } finally {
      await session.close();
    }
  });
});

describe.runIf(E2E_BROWSERS.includes('firefox'))('Firefox host permissions', () => {
  it('needs extensions.originControls.grantByDefault for content scripts to run', async () => {
    const session = await launchWithExtension('firefox', {
      extensionDir: probeDir,
      firefoxPrefs: { 'extensions.originControls.grantByDefault': false },
    });
    try {
      const page = await session.newPage();
      await page.goto(`${demoUrl}/zendesk/`);
      // The page's own script finishing proves the page is live; give a content script ample time too.
      await page.waitForFunction(() => !!document.querySelector('.ck-editor__editable'));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await probeMark(page)).toBeNull();
    } finally {
      await session.close();
    }
  });
});
