// What Tactful costs the agent while they type: real Chromium and Firefox ESR type 300 characters
// into every kind of editor, once with the extension loaded and once without, and the page measures
// each keystroke from its keydown to the end of the next frame. Long frames (over 50 ms) are
// counted too: in Chromium from Long Animation Frame entries, with the ones whose scripts came from
// the extension counted apart; Firefox has no such entries, so there a frame that starts more than
// 50 ms after the one before counts, and the extension may add none beyond the baseline's. Both
// browsers of a pair run side by side and take turns, so a busy machine slows both alike and the
// ratio stays meaningful.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { EDITOR_FIXTURES } from '../demo/editors/catalog';
import { DEMO_DIST, startDemoServer } from '../scripts/demo-server';
import {
  CHROME_EXTENSION_DIR,
  E2E_BUILD_COMMANDS,
  FIREFOX_EXTENSION_DIR,
  REPO_ROOT,
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
  type TestPage,
} from '../scripts/browsers';
import { formatMs, type BenchSection } from './harness';

/** An editor page of the demo, and the element that takes typing (inside `frame` when it is set). */
interface TypingTarget {
  label: string;
  path: string;
  editable: string;
  frame?: string;
}

/** The Zendesk demo, then one page per editor kind (demo/editors/catalog.ts). */
const TARGETS: readonly TypingTarget[] = [
  { label: 'CKEditor 5 (Zendesk demo)', path: '/zendesk/', editable: '.ck-editor__editable[contenteditable="true"]' },
  ...EDITOR_FIXTURES.map((fixture) => ({
    label: fixture.label,
    path: `/editors/${fixture.kind}/`,
    editable: fixture.editableSelector,
    ...(fixture.frameSelector ? { frame: fixture.frameSelector } : {}),
  })),
];
const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * `TACTFUL_BENCH_BROWSERS=firefox` and `TACTFUL_BENCH_EDITORS=textarea,prose` (comma-separated
 * words, matched against the editor's label) narrow a run, to look at one editor closely.
 */
function chosen<T>(all: readonly T[], variable: string, name: (item: T) => string): readonly T[] {
  const words =
    process.env[variable]
      ?.split(',')
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean) ?? [];
  if (words.length === 0) return all;
  const picked = all.filter((item) => words.some((word) => name(item).toLowerCase().includes(word)));
  if (picked.length === 0) throw new Error(`${variable}: nothing matches ${words.join(', ')}`);
  return picked;
}

/**
 * Firefox rounds performance.now() and event times to whole milliseconds by default: a median of
 * 4 ms against 5 ms would read as 1.25x. Both Firefoxes of a pair keep their timers precise.
 */
const PRECISE_TIMERS = { 'privacy.reduceTimerPrecision': false };

const CHARACTERS = 300;
const RATIO_LIMIT = 1.05;
/** Two decimals: the limit is 1.05x, which one decimal cannot tell from 1.1x. */
const formatRatio = (ratio: number) => `${ratio.toFixed(2)}x`;
const LONG_FRAME_MS = 50;
/** Typing rhythm: quick keys within a word, a pause between words (long enough for a re-analysis). */
const KEY_DELAY_MS = 35;
const WORD_PAUSE_MS = 160;

const REPLY_WORDS =
  'Hi Dana, thank you for your patience while we looked into the evening drops on your line. ' +
  'I can see why this has been so frustrating, especially with client calls on the line. ' +
  'Our engineers found a fault on the street cabinet that serves your address, and a technician ' +
  'is booked to replace the faulty card tomorrow morning between eight and noon. You do not need ' +
  'to be home for the repair. I will check the line myself once the work is done and write to you ' +
  'by tomorrow evening to confirm it is stable. Kind regards, Sam';

function typingText(): string {
  let text = '';
  while (text.length < CHARACTERS) text += `${REPLY_WORDS} `;
  return text.slice(0, CHARACTERS);
}

interface Measurement {
  samples: number[];
  longFrames: number;
  extensionLongFrames: number;
}

function ensureBuilds(): void {
  const steps: Array<{ ready: boolean; args: string[] }> = [
    { ready: existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json')), args: E2E_BUILD_COMMANDS.chromium },
    { ready: existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')), args: E2E_BUILD_COMMANDS.firefox },
    {
      ready: existsSync(path.join(DEMO_DIST, 'editors', 'prosemirror', 'index.html')),
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

/**
 * Starts recording in the page: every keydown (in the page, or in the editor's frame) until the end
 * of its next frame, and long frames.
 */
function instrument(page: TestPage, frame: string | undefined): Promise<void> {
  return page.evaluate(
    ({ longFrameMs, frameSelector }) => {
      // tsx (esbuild's keepNames) wraps the named functions below in __name(), which the page lacks.
      (globalThis as { __name?: unknown }).__name ??= (target: unknown) => target;
      const record = { samples: [] as number[], longFrames: 0, extensionLongFrames: 0 };
      Object.assign(window, { typingLatency: record });
      const onKeyDown = (event: KeyboardEvent) => {
        // A frame's event times count from its own time origin: convert to the page's.
        const view = (event.target as Node).ownerDocument?.defaultView ?? window;
        const pressed = event.timeStamp + view.performance.timeOrigin - performance.timeOrigin;
        // The frame's rendering runs after its rAF callbacks; a message posted from one is
        // delivered once that frame's work is done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => record.samples.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      };
      document.addEventListener('keydown', onKeyDown, true);
      const frameDocument = frameSelector
        ? (document.querySelector(frameSelector) as HTMLIFrameElement | null)?.contentDocument
        : null;
      frameDocument?.addEventListener('keydown', onKeyDown, true);
      if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.duration <= longFrameMs) continue;
            record.longFrames += 1;
            const scripts = (entry as PerformanceEntry & { scripts?: Array<{ sourceURL?: string }> }).scripts ?? [];
            if (scripts.some((script) => script.sourceURL?.startsWith('chrome-extension://')))
              record.extensionLongFrames += 1;
          }
        }).observe({ type: 'long-animation-frame', buffered: false });
      } else {
        // No attribution here: every late frame counts, and the ratio to the baseline tells.
        let last = performance.now();
        const tick = (now: number) => {
          if (now - last > longFrameMs) record.longFrames += 1;
          last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }
    },
    { longFrameMs: LONG_FRAME_MS, frameSelector: frame ?? null },
  );
}

/** Puts the caret at the end of the editor, inside its frame when it has one. */
async function focusAtEnd(page: TestPage, target: TypingTarget): Promise<void> {
  if (target.frame) {
    await page.evaluate(
      ({ frame, editable }) => {
        const frameElement = document.querySelector(frame) as HTMLIFrameElement | null;
        (frameElement?.contentDocument?.querySelector(editable) as HTMLElement | null)?.focus();
      },
      { frame: target.frame, editable: target.editable },
    );
  } else {
    await page.focus(target.editable);
  }
  await page.press('Control+End');
}

async function typeReply(page: TestPage, target: TypingTarget, text: string): Promise<Measurement> {
  await focusAtEnd(page, target);
  await instrument(page, target.frame);
  for (const word of text.split(/(?<= )/)) {
    await page.type(word, { delay: KEY_DELAY_MS });
    await new Promise((resolve) => setTimeout(resolve, WORD_PAUSE_MS));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => (window as unknown as { typingLatency: Measurement }).typingLatency);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(fraction * sorted.length)) - 1] ?? Number.NaN;
}

async function measure(
  session: ExtensionSession,
  demoUrl: string,
  target: TypingTarget,
  text: string,
): Promise<Measurement> {
  const page = await session.newPage();
  try {
    await page.goto(`${demoUrl}${target.path}`);
    await page.waitForFunction(
      ({ frame, editable }) => {
        const root = frame ? (document.querySelector(frame) as HTMLIFrameElement | null)?.contentDocument : document;
        return !!root?.querySelector(editable);
      },
      { frame: target.frame ?? null, editable: target.editable },
    );
    // Let the extension's first analysis (and the page's own start-up work) finish first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return await typeReply(page, target, text);
  } finally {
    await page.close();
  }
}

const TABLE_HEADER = [
  'editor',
  'keys (without / with)',
  'median without',
  'median with',
  'ratio',
  'p95 without',
  'p95 with',
  'p95 ratio',
  'long frames (without / with)',
  'long frames from extension',
];

type Report = Parameters<BenchSection['run']>[0];

/** One browser: every target typed without the extension, then with it. */
async function measureBrowser(report: Report, browserName: BrowserName, demoUrl: string, text: string): Promise<void> {
  const withExtension = await launchWithExtension(browserName, { firefoxPrefs: PRECISE_TIMERS });
  const baseline = await launchWithExtension(browserName, { loadExtension: false, firefoxPrefs: PRECISE_TIMERS });
  const attributes = browserName === 'chromium';
  try {
    const rows: string[][] = [];
    for (const target of chosen(TARGETS, 'TACTFUL_BENCH_EDITORS', (candidate) => candidate.label)) {
      // Baseline first, then with the extension; both browsers stay open, so neither starts cold.
      const without = await measure(baseline, demoUrl, target, text);
      const loaded = await measure(withExtension, demoUrl, target, text);
      const medianRatio = percentile(loaded.samples, 0.5) / percentile(without.samples, 0.5);
      const p95Ratio = percentile(loaded.samples, 0.95) / percentile(without.samples, 0.95);
      rows.push([
        target.label,
        `${without.samples.length} / ${loaded.samples.length}`,
        formatMs(percentile(without.samples, 0.5)),
        formatMs(percentile(loaded.samples, 0.5)),
        formatRatio(medianRatio),
        formatMs(percentile(without.samples, 0.95)),
        formatMs(percentile(loaded.samples, 0.95)),
        formatRatio(p95Ratio),
        `${without.longFrames} / ${loaded.longFrames}`,
        attributes ? String(loaded.extensionLongFrames) : 'n/a',
      ]);
      const label = `${browserName}, ${target.label}`;
      report.target(
        `${label}: median keydown-to-frame, with / without extension`,
        medianRatio,
        RATIO_LIMIT,
        formatRatio,
      );
      if (attributes)
        report.target(
          `${label}: long frames (>${LONG_FRAME_MS} ms) from the extension's scripts`,
          loaded.extensionLongFrames,
          0,
          String,
        );
      else
        report.target(
          `${label}: long frames (>${LONG_FRAME_MS} ms) beyond the baseline's`,
          Math.max(0, loaded.longFrames - without.longFrames),
          0,
          String,
        );
    }
    report.note(`${browserName}:`);
    report.table(TABLE_HEADER, rows);
  } finally {
    await withExtension.close();
    await baseline.close();
  }
}

export const typingLatency: BenchSection = {
  name: 'typing latency in Chromium and Firefox ESR',
  async run(report) {
    ensureBuilds();
    const server = await startDemoServer();
    try {
      report.note(
        `${CHARACTERS} characters typed with the real keyboard (${KEY_DELAY_MS} ms between keys, ${WORD_PAUSE_MS} ms between words),\n` +
          'timed in the page from keydown to the end of the next frame. Baseline: the same browser without the extension.',
      );
      for (const browserName of chosen(BROWSERS, 'TACTFUL_BENCH_BROWSERS', String))
        await measureBrowser(report, browserName, server.url, typingText());
    } finally {
      await server.close();
    }
  },
};
