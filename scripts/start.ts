// `npm start`: builds the Chrome extension and the demo help desk, serves the demo, and opens
// Chromium with Tactful loaded on the Zendesk-style page.
//
// With a display it stays open until the browser window is closed. Without one (no $DISPLAY and no
// $WAYLAND_DISPLAY), or with --headless, it waits for the Tactful sidebar on each demo page, saves
// screenshots to artifacts/, prints their paths and exits.
//
// Options: --headless, --no-build (reuse .output/chrome-mv3-e2e and demo/dist), --port N (demo server).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, type TestPage } from './browsers';
import { startDemoServer } from './demo-server';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ARTIFACTS_DIR = path.join(REPO_ROOT, 'artifacts');
const SIDEBAR_TIMEOUT_MS = 20_000;
const DEMO_PAGES = [
  { name: 'zendesk', path: '/zendesk/' },
  { name: 'gmail', path: '/gmail/' },
  { name: 'intercom', path: '/intercom/' },
  { name: 'helpscout', path: '/helpscout/' },
  { name: 'jsm', path: '/jsm/' },
] as const;

interface StartOptions {
  headless: boolean;
  build: boolean;
  port: number;
}

function parseOptions(argv: readonly string[]): StartOptions {
  const portIndex = argv.indexOf('--port');
  const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port needs a port number, got "${argv[portIndex + 1]}"`);
  const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  return { headless: argv.includes('--headless') || !hasDisplay, build: !argv.includes('--no-build'), port };
}

function runStep(label: string, command: string, args: readonly string[]): Promise<void> {
  console.log(`> ${label}: ${command} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', command), args, {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ? `signal ${signal}` : `exit ${code}`})`));
    });
  });
}

type SidebarState = 'missing' | 'zero-size' | 'visible';

/**
 * The sidebar host is <tactful-sidebar>, with its UI in a shadow root. A host laid out as
 * `display: contents` or holding only fixed-position children has no box of its own, so its
 * shadow content counts too.
 */
function readSidebarState(page: TestPage): Promise<SidebarState> {
  return page.evaluate(() => {
    // No named helper functions in here: tsx wraps them in a `__name` call the page lacks.
    const host = document.querySelector('tactful-sidebar');
    if (!host) return 'missing';
    const candidates = [host, ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('*') : [])];
    for (const element of candidates) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return 'visible';
    }
    return 'zero-size';
  });
}

async function waitForSidebar(page: TestPage, url: string): Promise<void> {
  const deadline = Date.now() + SIDEBAR_TIMEOUT_MS;
  let state = await readSidebarState(page);
  while (state !== 'visible' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await readSidebarState(page);
  }
  if (state === 'missing') {
    throw new Error(
      `No <tactful-sidebar> element on ${url} after ${SIDEBAR_TIMEOUT_MS / 1000} s: the content script did not run or did not mount the sidebar.`,
    );
  }
  if (state === 'zero-size') {
    throw new Error(`<tactful-sidebar> exists on ${url} but has no visible size after ${SIDEBAR_TIMEOUT_MS / 1000} s.`);
  }
  // Let the sidebar finish painting (fonts, highlights) before the screenshot.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

async function captureScreenshots(demoUrl: string): Promise<string[]> {
  const session = await launchChromium({ headless: true, viewport: { width: 1440, height: 900 } });
  try {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const saved: string[] = [];
    for (const demoPage of DEMO_PAGES) {
      const page = await session.newPage();
      const url = `${demoUrl}${demoPage.path}`;
      await page.goto(url);
      await waitForSidebar(page, url);
      const file = path.join(ARTIFACTS_DIR, `demo-${demoPage.name}.png`);
      await page.screenshot(file);
      saved.push(file);
      await page.close();
    }
    return saved;
  } finally {
    await session.close();
  }
}

async function openInteractive(demoUrl: string): Promise<void> {
  // The agent may browse elsewhere from this window, so the network is left as it is.
  const session = await launchChromium({ headless: false, viewport: null, outbound: 'direct' });
  const closed = new Promise<void>((resolve) => session.context.once('close', () => resolve()));
  const stop = () => void session.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const page = await session.context.newPage();
  await page.goto(`${demoUrl}/zendesk/`);
  // Playwright opens the persistent context with a blank tab; leave only the demo.
  for (const other of session.context.pages()) {
    if (other !== page && other.url() === 'about:blank') await other.close();
  }
  console.log('Chromium is open with Tactful loaded. Close the browser window to stop.');
  await closed;
  await session.close();
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    await runStep('Building the extension for Chrome', 'wxt', ['build', '--mode', 'e2e']);
    await runStep('Building the demo help desk', 'vite', ['build', '--config', 'demo/vite.config.ts']);
  }
  const server = await startDemoServer({ port: options.port });
  console.log(`Demo help desk: ${server.url}/zendesk/ and ${server.url}/gmail/`);
  try {
    if (options.headless) {
      const files = await captureScreenshots(server.url);
      console.log('Tactful sidebar is showing. Screenshots:');
      for (const file of files) console.log(`  ${file}`);
    } else {
      await openInteractive(server.url);
    }
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
