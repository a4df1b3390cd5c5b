// Starts the demo help desk once for the whole e2e run and hands its URL to the tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_DIST, startDemoServer } from '../../scripts/demo-server';
import {
  CHROME_EXTENSION_DIR,
  E2E_BROWSERS,
  FIREFOX_EXTENSION_DIR,
  findChromiumExecutable,
  findFirefoxExecutable,
} from './browsers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the demo server, e.g. http://127.0.0.1:41234 (no trailing slash). */
    demoUrl: string;
  }
}

function missingBuilds(): string[] {
  const missing: string[] = [];
  const demoDist = DEMO_DIST;
  for (const page of ['zendesk/index.html', 'gmail/index.html', 'editors/index.html']) {
    if (!existsSync(path.join(demoDist, page))) {
      missing.push(`demo/dist/${page} (run \`npm run build:demo\`)`);
      break;
    }
  }
  if (E2E_BROWSERS.includes('chromium') && !existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    missing.push('.output/chrome-mv3-e2e (run `npm run build:e2e`)');
  }
  if (E2E_BROWSERS.includes('firefox') && !existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    missing.push('.output/firefox-mv3-e2e (run `npm run build:e2e`)');
  }
  return missing;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingBuilds();
  if (missing.length > 0) {
    throw new Error(
      `E2E tests need these builds first:\n  - ${missing.join('\n  - ')}\nOr run \`npm run test:e2e -- --build\`.`,
    );
  }
  if (E2E_BROWSERS.includes('chromium')) findChromiumExecutable();
  if (E2E_BROWSERS.includes('firefox')) findFirefoxExecutable();

  const server = await startDemoServer();
  project.provide('demoUrl', server.url);
  return () => server.close();
}
