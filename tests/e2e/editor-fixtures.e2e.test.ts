// The editor fixtures (demo/editors/) in real Chromium and Firefox ESR, with the extension loaded:
// every page loads with a clean console, its editor's own model holds the seeded draft, and text
// typed with the real keyboard reaches that model. These pages are the ground the editor adapters
// are proven on, so a fixture that silently stops being an editor must fail here first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_FIXTURES, SEED_DRAFT, type EditorFixture, type EditorKind } from '../../demo/editors/catalog';
import { TINYMCE_ASSET_DIR } from '../../demo/editors/tinymce/assets';
import { DEMO_DIST } from '../../scripts/demo-server';
import { E2E_BROWSERS, launchWithExtension, type BrowserName, type ExtensionSession, type TestPage } from './browsers';
import type { RequestRecorder } from './request-recorder';

const demoUrl = inject('demoUrl');
const TYPED_TEXT = ' Thanks for bearing with us.';

const CHECKS = ['load', 'seed', 'typing'] as const;
type Check = (typeof CHECKS)[number];

interface Outcome {
  passed: boolean;
  milliseconds: number;
}

const outcomes = new Map<string, Outcome>();
const outcomeKey = (kind: EditorKind, browserName: BrowserName, check: Check) => `${kind}/${browserName}/${check}`;

/** Runs one check and records its result and duration for the matrix printed after the run. */
async function recordCheck(kind: EditorKind, browserName: BrowserName, check: Check, body: () => Promise<void>) {
  const started = performance.now();
  let passed = false;
  try {
    await body();
    passed = true;
  } finally {
    outcomes.set(outcomeKey(kind, browserName, check), { passed, milliseconds: performance.now() - started });
  }
}

function formatMatrix(): string {
  const browserColumn = (browserName: BrowserName, kind: EditorKind) =>
    CHECKS.map((check) => {
      const outcome = outcomes.get(outcomeKey(kind, browserName, check));
      if (!outcome) return `${check} -`;
      return `${check} ${outcome.passed ? 'pass' : 'FAIL'} ${Math.round(outcome.milliseconds)}ms`;
    }).join(', ');
  const labelWidth = Math.max(...EDITOR_FIXTURES.map((fixture) => fixture.label.length));
  const rows = EDITOR_FIXTURES.map((fixture) =>
    [fixture.label.padEnd(labelWidth), ...E2E_BROWSERS.map((browserName) => browserColumn(browserName, fixture.kind))].join(' | '),
  );
  const header = ['editor'.padEnd(labelWidth), ...E2E_BROWSERS].join(' | ');
  return ['Editor fixtures (load / seed / typing):', header, ...rows].join('\n');
}

afterAll(() => {
  console.log(formatMatrix());
});

async function openFixture(page: TestPage, fixture: EditorFixture): Promise<void> {
  await page.goto(`${demoUrl}/editors/${fixture.kind}/`);
  await page.waitForFunction(
    ({ kind, editableSelector, frameSelector }) => {
      if (window.fixtureEditor?.kind !== kind) return false;
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const root = frameSelector ? frame?.contentDocument : document;
      return !!root?.querySelector(editableSelector);
    },
    { kind: fixture.kind, editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
}

function readModelText(page: TestPage): Promise<string | undefined> {
  return page.evaluate(() => window.fixtureEditor?.getText());
}

/**
 * Clicks the middle of the draft's first line with the real mouse, the way an agent puts the caret
 * in a reply. For an iframe editor the point is computed inside the frame and offset by the frame's
 * position: both drivers send viewport-coordinate clicks into whichever frame lies under them.
 */
async function clickIntoEditor(page: TestPage, fixture: EditorFixture): Promise<void> {
  const point = await page.evaluate(
    ({ editableSelector, frameSelector }) => {
      let offsetX = 0;
      let offsetY = 0;
      let root: Document = document;
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector);
        if (!frame?.contentDocument) throw new Error(`No same-origin frame at ${frameSelector}`);
        const frameBox = frame.getBoundingClientRect();
        offsetX = frameBox.left + frame.clientLeft;
        offsetY = frameBox.top + frame.clientTop;
        root = frame.contentDocument;
      }
      const editable = root.querySelector<HTMLElement>(editableSelector);
      if (!editable) throw new Error(`No editable at ${editableSelector}`);
      editable.scrollIntoView({ block: 'center' });
      const walker = root.createTreeWalker(editable, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const firstText = walker.nextNode();
      const range = root.createRange();
      if (firstText) range.selectNodeContents(firstText);
      // A textarea's text is not laid out as DOM text, so its range has no boxes; aim at its first line.
      const lineBox = firstText ? range.getClientRects()[0] : undefined;
      const box = editable.getBoundingClientRect();
      const target = lineBox ?? { left: box.left + 8, top: box.top + 8, width: box.width / 2, height: 16 };
      return { x: offsetX + target.left + target.width / 2, y: offsetY + target.top + target.height / 2 };
    },
    { editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
  await page.mouseClick(point.x, point.y);
}

function editorHasFocus(page: TestPage, fixture: EditorFixture): Promise<boolean> {
  return page.evaluate(
    ({ editableSelector, frameSelector }) => {
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector);
        const frameDocument = frame?.contentDocument;
        return document.activeElement === frame && !!frameDocument?.hasFocus() &&
          !!frameDocument.activeElement?.matches(editableSelector);
      }
      return !!document.activeElement?.closest(editableSelector);
    },
    { editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
}

describe.each(E2E_BROWSERS)('editor fixtures in %s', (browserName) => {
  let session: ExtensionSession;
  let recorder: RequestRecorder;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
    recorder = session.recordRequests();
  });

  afterAll(async () => {
    recorder?.stop();
    await session?.close();
  });

  describe.each(EDITOR_FIXTURES)('$label', (fixture) => {
    let page: TestPage;

    beforeAll(async () => {
      page = await session.newPage();
    });

    afterAll(async () => {
      await page?.close();
    });

    it('loads with nothing in the console', async () => {
      await recordCheck(fixture.kind, browserName, 'load', async () => {
        await openFixture(page, fixture);
        expect(page.errors()).toEqual([]);
        expect(page.warnings()).toEqual([]);
      });
    });

    it('holds the seeded draft in the editor\'s own model', async () => {
      await recordCheck(fixture.kind, browserName, 'seed', async () => {
        expect(await readModelText(page)).toBe(SEED_DRAFT);
        // Where the editor also serialises to HTML, that HTML carries the draft too. Compared as text:
        // Quill 2 writes every space as &nbsp; so runs of spaces survive in email clients.
        const htmlText = await page.evaluate(() => {
          const html = window.fixtureEditor?.getHtml?.();
          if (html === undefined) return undefined;
          return new DOMParser().parseFromString(html, 'text/html').body.textContent?.replaceAll('\u00a0', ' ');
        });
        if (htmlText !== undefined) expect(htmlText).toBe(SEED_DRAFT);
      });
    });

    it('takes real keyboard input at the end of the draft', async () => {
      await recordCheck(fixture.kind, browserName, 'typing', async () => {
        await clickIntoEditor(page, fixture);
        expect(await editorHasFocus(page, fixture)).toBe(true);
        await page.press('Control+End');
        await page.type(TYPED_TEXT);
        const expected = SEED_DRAFT + TYPED_TEXT;
        // Some editors (Lexical, Slate) commit keystrokes to their model after the event. A timeout
        // here is not the verdict: the assertion below reports what the model holds instead.
        await page
          .waitForFunction((text) => window.fixtureEditor?.getText() === text, expected, { timeout: 5_000 })
          .catch(() => undefined);
        expect(await readModelText(page)).toBe(expected);
        expect(page.errors()).toEqual([]);
        expect(page.warnings()).toEqual([]);
      });
    });
  });

  it('lists every fixture on the editors index page', async () => {
    const page = await session.newPage();
    try {
      await page.goto(`${demoUrl}/editors/`);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-test-id="editor-fixture-list"] a')].map((link) => link.pathname),
      );
      expect(links).toEqual(EDITOR_FIXTURES.map((fixture) => `/editors/${fixture.kind}/`));
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads every fixture, TinyMCE\'s files included, from the demo server alone', () => {
    expect(recorder.outside([demoUrl])).toEqual([]);
    const tinymcePaths = recorder.requests
      .map((request) => new URL(request.url))
      .filter((url) => url.origin === demoUrl && url.pathname.startsWith(`/${TINYMCE_ASSET_DIR}/`))
      .map((url) => url.pathname);
    // TinyMCE fetches its theme, model, icons and skin at run time; each must be in the build.
    expect(tinymcePaths).toEqual(
      expect.arrayContaining([
        `/${TINYMCE_ASSET_DIR}/themes/silver/theme.min.js`,
        `/${TINYMCE_ASSET_DIR}/models/dom/model.min.js`,
        `/${TINYMCE_ASSET_DIR}/icons/default/icons.min.js`,
      ]),
    );
    expect(tinymcePaths.filter((pathname) => !existsSync(path.join(DEMO_DIST, pathname)))).toEqual([]);
    if (browserName === 'firefox') {
      expect(recorder.unattributedOutbound()).toEqual([]);
    }
  });
});
