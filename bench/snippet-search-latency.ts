// Snippet search as the agent feels it, in real Chromium with the built extension: 10,000
// generated snippets go into the library through the options page's JSON import (the path an
// agent uses), then queries are typed into the sidebar's search box on the Zendesk demo, and the
// page times each keystroke from its keydown to the end of the frame that shows that query's
// results (the content script asks the background, which searches and answers, and the sidebar
// renders). The background's heap with 10,000 snippets is printed by the "snippet library search"
// section (the same index and records in Node): Chromium does not report a service worker's heap
// to its scripts (performance.memory is a window-only extension).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { DEMO_DIST, startDemoServer } from '../scripts/demo-server';
import {
  CHROME_EXTENSION_DIR,
  E2E_BUILD_COMMANDS,
  REPO_ROOT,
  launchChromium,
  type ChromiumSession,
} from '../scripts/browsers';
import { formatMs, type BenchSection } from './harness';
import { generateSnippets, LIBRARY_SIZE } from './library-search';

/** From the design: results must follow the keys without a felt delay. */
const P95_LIMIT_MS = 20;
/** Slower than a fast typist, so each key's results can show before the next key. */
const KEY_DELAY_MS = 120;
/** Queries typed key by key; each is cleared with Backspace key by key afterwards (also timed). */
const QUERIES = [
  'refund',
  'pasword reset',
  'billing late',
  'courier',
  'acount lockd',
  'subscription',
  'thank you',
  'kalomi',
];
const IMPORT_TIMEOUT_MS = 180_000;
/**
 * Each side types the queries this many times, on a fresh page each time, taking turns with the
 * other: a p95 of one pass (154 keys) rests on its 8 slowest keys and moves by several
 * milliseconds between runs; pooled passes, typed under the same machine load for both, move less.
 */
const PASSES = 3;

/** Builds the e2e extension for Chromium and the demo when they are missing (other sections use it too). */
export function ensureBuilds(): void {
  const steps: Array<{ ready: boolean; args: string[] }> = [
    { ready: existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json')), args: E2E_BUILD_COMMANDS.chromium },
    {
      ready: existsSync(path.join(DEMO_DIST, 'zendesk', 'index.html')),
      args: ['vite', 'build', '--config', 'demo/vite.config.ts'],
    },
  ];
  for (const step of steps.filter((candidate) => !candidate.ready)) {
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', step.args[0]!), step.args.slice(1), {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`${step.args.join(' ')} failed`);
  }
}

/** The generated library as the JSON file an agent would import. */
function importFile(): Buffer {
  const snippets = generateSnippets(LIBRARY_SIZE).map(({ title, body, shortcut, tags, emotions }) => ({
    title,
    body,
    shortcut,
    tags: [...new Set(tags)],
    emotions,
  }));
  return Buffer.from(JSON.stringify(snippets));
}

/** Imports the file through the options page: choose the file, check the preview, confirm. */
async function seedThroughOptionsPage(session: ChromiumSession): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(`${session.extensionOrigin}/options.html`);
    const fileInput = page.locator('input[type="file"][accept*=".csv"]');
    await fileInput.setInputFiles({ name: 'bench-snippets.json', mimeType: 'application/json', buffer: importFile() });
    const confirm = page.locator('.tfo-report .tfo-primary');
    await confirm.waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const started = performance.now();
    await confirm.click();
    await page.locator('.tfo-report .tfo-success').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const report = await page.locator('.tfo-report .tfo-success').textContent();
    if (!report?.includes(LIBRARY_SIZE.toLocaleString('en')))
      throw new Error(`The import did not add every snippet: ${report}`);
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

/** Starts timing in the page: each key typed into the search box until its results are drawn. */
async function instrument(page: Page, host: string): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps the named helpers below in a call to its
  // own `__name`; the page has none, so it gets one that returns the function as it is.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate((hostTag) => {
    const root = document.querySelector(hostTag)?.shadowRoot;
    const input = root?.querySelector<HTMLInputElement>('.tf-snippets-input');
    const list = root?.querySelector<HTMLElement>('.tf-snippets-results');
    if (!root || !input || !list) throw new Error('No snippet search in the sidebar');
    const record = {
      samples: [] as number[],
      drawn: [] as number[],
      toInput: [] as number[],
      queries: [] as string[],
      missed: 0,
    };
    Object.assign(window, { snippetSearchLatency: record });
    let keyAt: number | null = null;
    let waiting: { query: string; since: number } | null = null;
    const check = () => {
      if (!waiting || list.getAttribute('data-query') !== waiting.query) return;
      const { since, query } = waiting;
      waiting = null;
      record.drawn.push(performance.now() - since);
      // The frame that draws the results renders after its rAF callbacks; a message posted from
      // one arrives once that frame is done.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          record.samples.push(performance.now() - since);
          record.queries.push(query);
        };
        channel.port2.postMessage(null);
      });
    };
    root.addEventListener('keydown', (event) => (keyAt = event.timeStamp), true);
    input.addEventListener('input', () => {
      if (keyAt === null) return;
      record.toInput.push(performance.now() - keyAt);
      if (waiting) record.missed += 1;
      waiting = { query: input.value, since: keyAt };
      keyAt = null;
      // Results can be on screen already when the answer came back within this task.
      queueMicrotask(check);
    });
    new MutationObserver(check).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-query'],
    });
  }, host);
}

/**
 * The peer: the same page and browser with a search box that needs no extension, no messages and
 * no framework. Its input handler lists the first 8 of 200 titles containing the query, straight
 * into the DOM. What it measures is the browser's own keystroke-to-screen time on this machine.
 */
async function addBaselineSearch(page: Page): Promise<void> {
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(() => {
    const host = document.createElement('bench-baseline');
    host.style.cssText = 'position:fixed;left:8px;bottom:8px;width:300px;background:#fff;z-index:2147483647';
    const root = host.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    input.className = 'tf-snippets-input';
    const list = document.createElement('ul');
    list.className = 'tf-snippets-results';
    root.append(input, list);
    document.body.append(host);
    const words = [
      'refund',
      'password reset',
      'billing',
      'late fee',
      'courier',
      'account locked',
      'subscription',
      'thank you',
    ];
    const titles = Array.from({ length: 200 }, (_, index) => `${words[index % words.length]} reply ${index}`);
    const show = () => {
      const query = input.value.trim().toLowerCase();
      list.replaceChildren(
        ...titles
          .filter((title) => title.includes(query))
          .slice(0, 8)
          .map((title) => Object.assign(document.createElement('li'), { textContent: title })),
      );
      list.setAttribute('data-query', input.value);
    };
    input.addEventListener('input', show);
    show();
  });
}

/** Types every query key by key into the box inside `host`'s shadow root, then erases it. */
async function typeInto(page: Page, host: string): Promise<Measurement> {
  await page.evaluate(
    (hostTag) =>
      document.querySelector(hostTag)!.shadowRoot!.querySelector<HTMLInputElement>('.tf-snippets-input')!.focus(),
    host,
  );
  await page.waitForFunction(
    (hostTag) =>
      document.querySelector(hostTag)?.shadowRoot?.querySelector('.tf-snippets-results')?.getAttribute('data-query') ===
      '',
    host,
  );
  await instrument(page, host);
  for (const query of QUERIES) {
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(KEY_DELAY_MS);
    for (let key = 0; key < query.length; key++) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(KEY_DELAY_MS);
    }
  }
  await page.waitForTimeout(300);
  return await page.evaluate(() => (window as unknown as { snippetSearchLatency: Measurement }).snippetSearchLatency);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(fraction * sorted.length)) - 1] ?? Number.NaN;
}

interface Measurement {
  /** Keydown to the end of the frame that shows the key's results. */
  samples: number[];
  /** Keydown to the results in the sidebar's DOM (before that frame is drawn). */
  drawn: number[];
  /** Keydown to the box's input event: the browser's own part, before any of Tactful's code runs. */
  toInput: number[];
  /** The query each sample showed, in the same order. */
  queries: string[];
  /** Keys whose results were overtaken by the next key's. */
  missed: number;
}

/** Pooled samples of several passes. */
function pool(passes: Measurement[]): Measurement {
  return {
    samples: passes.flatMap((pass) => pass.samples),
    drawn: passes.flatMap((pass) => pass.drawn),
    toInput: passes.flatMap((pass) => pass.toInput),
    queries: passes.flatMap((pass) => pass.queries),
    missed: passes.reduce((sum, pass) => sum + pass.missed, 0),
  };
}

/**
 * The sidebar's search and the baseline peer in turns, each pass on a fresh copy of the page (so
 * the sidebar starts each pass with no answers kept in the tab, as on a newly opened ticket).
 */
async function typeQueries(
  session: ChromiumSession,
  demoUrl: string,
): Promise<{ sidebar: Measurement[]; baseline: Measurement[] }> {
  const open = async () => {
    const page = await session.context.newPage();
    await page.goto(`${demoUrl}/zendesk/`);
    await page.waitForFunction(
      () => !!document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector('.tf-snippets-input'),
    );
    // Let the first analysis and the page's own start-up work finish.
    await page.waitForTimeout(1000);
    return page;
  };
  const sidebar: Measurement[] = [];
  const baseline: Measurement[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const sidebarPage = await open();
    sidebar.push(await typeInto(sidebarPage, 'tactful-sidebar').finally(() => sidebarPage.close()));
    const baselinePage = await open();
    try {
      await addBaselineSearch(baselinePage);
      baseline.push(await typeInto(baselinePage, 'bench-baseline'));
    } finally {
      await baselinePage.close();
    }
  }
  return { sidebar, baseline };
}

export const snippetSearchLatency: BenchSection = {
  name: 'snippet search latency in Chromium',
  async run(report) {
    ensureBuilds();
    const server = await startDemoServer();
    const session = await launchChromium();
    try {
      const importMs = await seedThroughOptionsPage(session);
      // The background's index follows the database through a live query; give it a moment to
      // take in the import before the typing starts.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const passes = await typeQueries(session, server.url);
      const sidebar = pool(passes.sidebar);
      const baseline = pool(passes.baseline);
      const { samples, drawn, queries, missed } = sidebar;
      const keys = PASSES * QUERIES.reduce((sum, query) => sum + 2 * query.length, 0);
      report.note(
        `${LIBRARY_SIZE.toLocaleString('en')} generated snippets imported as JSON through the options page (${formatMs(importMs)}), ` +
          `then ${QUERIES.length} queries typed into the sidebar's search box on the Zendesk demo and erased with Backspace ` +
          `(${KEY_DELAY_MS} ms between keys), timed in the page from keydown to the end of the frame showing that query's results. ` +
          `The peer, typed the same way on a fresh copy of the page: a plain search box in the page that lists 8 of 200 titles from its own input handler, with no extension work at all. ` +
          `${PASSES} passes each, taking turns, each on a fresh page; the figures pool them.`,
      );
      const ratio = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}x`;
      const row = (what: string, of: (measurement: Measurement) => number) => [
        what,
        formatMs(of(sidebar)),
        formatMs(of(baseline)),
        ratio(of(sidebar), of(baseline)),
      ];
      report.table(
        ['keydown to …', 'Tactful sidebar', 'plain search box (peer)', 'ratio'],
        [
          row("the box's input event (the browser alone), median", (m) => percentile(m.toInput, 0.5)),
          row("the box's input event, p95", (m) => percentile(m.toInput, 0.95)),
          row('results in the DOM, median', (m) => percentile(m.drawn, 0.5)),
          row('results in the DOM, p95', (m) => percentile(m.drawn, 0.95)),
          row('results on screen, median', (m) => percentile(m.samples, 0.5)),
          row('results on screen, p95', (m) => percentile(m.samples, 0.95)),
          row('results on screen, max', (m) => Math.max(...m.samples)),
        ],
      );
      const passP95 = (measurements: Measurement[]) =>
        measurements.map((pass) => formatMs(percentile(pass.samples, 0.95))).join(', ');
      report.note(
        `results on screen, p95 of each pass: sidebar ${passP95(passes.sidebar)}; peer ${passP95(passes.baseline)}`,
      );
      report.note(
        `keys timed / typed: ${samples.length} / ${keys}${missed > 0 ? ` (${missed} overtaken by the next key)` : ''}; the peer: ${baseline.samples.length} / ${keys}`,
      );
      const slowest = samples
        .map((ms, index) => ({ ms, inDom: drawn[index]!, query: queries[index]! }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8);
      // In the DOM within a few milliseconds: the answer was in the tab, and the frame itself was late.
      report.note(
        `slowest keys (results for: on screen, in the DOM): ${slowest.map(({ ms, inDom, query }) => `"${query}" ${formatMs(ms)}, ${formatMs(inDom)}`).join('; ')}`,
      );
      report.target(
        `sidebar search p95, ${LIBRARY_SIZE.toLocaleString('en')} snippets (keydown to results on screen)`,
        percentile(samples, 0.95),
        P95_LIMIT_MS,
        formatMs,
      );
      if (samples.length < keys / 2) throw new Error(`Only ${samples.length} of ${keys} keys showed their results`);
    } finally {
      await session.close();
      await server.close();
    }
  },
};
