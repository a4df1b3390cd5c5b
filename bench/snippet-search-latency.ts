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
import { CHROME_EXTENSION_DIR, REPO_ROOT, launchChromium, type ChromiumSession } from '../tests/e2e/browsers';
import { formatMs, type BenchSection } from './harness';
import { generateSnippets, LIBRARY_SIZE } from './library-search';

/** From the design: results must follow the keys without a felt delay. */
const P95_LIMIT_MS = 20;
/** Slower than a fast typist, so each key's results can show before the next key. */
const KEY_DELAY_MS = 120;
/** Queries typed key by key; each is cleared with Backspace key by key afterwards (also timed). */
const QUERIES = ['refund', 'pasword reset', 'billing late', 'courier', 'acount lockd', 'subscription', 'thank you', 'kalomi'];
const IMPORT_TIMEOUT_MS = 180_000;

function ensureBuilds(): void {
  const steps: Array<{ ready: boolean; args: string[] }> = [
    { ready: existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json')), args: ['wxt', 'build'] },
    { ready: existsSync(path.join(DEMO_DIST, 'zendesk', 'index.html')), args: ['vite', 'build', '--config', 'demo/vite.config.ts'] },
  ];
  for (const step of steps.filter((candidate) => !candidate.ready)) {
    const result = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', step.args[0]!), step.args.slice(1), { cwd: REPO_ROOT, stdio: 'inherit' });
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
    if (!report?.includes(LIBRARY_SIZE.toLocaleString('en'))) throw new Error(`The import did not add every snippet: ${report}`);
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

/** Starts timing in the page: each key typed into the search box until its results are drawn. */
async function instrument(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps the named helpers below in a call to its
  // own `__name`; the page has none, so it gets one that returns the function as it is.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(() => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    const input = root?.querySelector<HTMLInputElement>('.tf-snippets-input');
    const list = root?.querySelector<HTMLElement>('.tf-snippets-results');
    if (!root || !input || !list) throw new Error('No snippet search in the sidebar');
    const record = { samples: [] as number[], drawn: [] as number[], queries: [] as string[], missed: 0 };
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
      if (waiting) record.missed += 1;
      waiting = { query: input.value, since: keyAt };
      keyAt = null;
      // Results can be on screen already when the answer came back within this task.
      queueMicrotask(check);
    });
    new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
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
  /** The query each sample showed, in the same order. */
  queries: string[];
  /** Keys whose results were overtaken by the next key's. */
  missed: number;
}

async function typeQueries(session: ChromiumSession, demoUrl: string): Promise<Measurement> {
  const page = await session.context.newPage();
  try {
    await page.goto(`${demoUrl}/zendesk/`);
    await page.waitForFunction(() => !!document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector('.tf-snippets-input'));
    // Let the first analysis and the page's own start-up work finish.
    await page.waitForTimeout(1000);
    await page.evaluate(() => document.querySelector('tactful-sidebar')!.shadowRoot!.querySelector<HTMLInputElement>('.tf-snippets-input')!.focus());
    await page.waitForFunction(() => document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector('.tf-snippets-results')?.getAttribute('data-query') === '');
    await instrument(page);
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
  } finally {
    await page.close();
  }
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
      const { samples, drawn, queries, missed } = await typeQueries(session, server.url);
      const keys = QUERIES.reduce((sum, query) => sum + 2 * query.length, 0);
      report.note(
        `${LIBRARY_SIZE.toLocaleString('en')} generated snippets imported as JSON through the options page (${formatMs(importMs)}), ` +
          `then ${QUERIES.length} queries typed into the sidebar's search box on the Zendesk demo and erased with Backspace ` +
          `(${KEY_DELAY_MS} ms between keys), timed in the page from keydown to the end of the frame showing that query's results.`,
      );
      report.table(
        ['measure', 'value'],
        [
          ['keys timed / typed', `${samples.length} / ${keys}${missed > 0 ? ` (${missed} overtaken by the next key)` : ''}`],
          ['keydown to results in the sidebar DOM, median / p95', `${formatMs(percentile(drawn, 0.5))} / ${formatMs(percentile(drawn, 0.95))}`],
          ['keydown to results on screen, median', formatMs(percentile(samples, 0.5))],
          ['keydown to results on screen, p95', formatMs(percentile(samples, 0.95))],
          ['keydown to results on screen, max', formatMs(Math.max(...samples))],
        ],
      );
      const slowest = samples
        .map((ms, index) => ({ ms, query: queries[index]! }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8);
      report.note(`slowest keys (results for): ${slowest.map(({ ms, query }) => `"${query}" ${formatMs(ms)}`).join(', ')}`);
      report.target(`sidebar search p95, ${LIBRARY_SIZE.toLocaleString('en')} snippets (keydown to results on screen)`, percentile(samples, 0.95), P95_LIMIT_MS, formatMs);
      if (samples.length < keys / 2) throw new Error(`Only ${samples.length} of ${keys} keys showed their results`);
    } finally {
      await session.close();
      await server.close();
    }
  },
};
