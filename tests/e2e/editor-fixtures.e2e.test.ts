// The editor fixtures (demo/editors/) in real Chromium and Firefox ESR, with the extension loaded:
// every page loads with a clean console, its editor's own model holds the seeded draft, and text
// typed with the real keyboard reaches that model. These pages are the ground the editor adapters
// are proven on, so a fixture that silently stops being an editor must fail here first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_FIXTURES, SEED_DRAFT } from '../../demo/editors/catalog';
import { TINYMCE_ASSET_DIR } from '../../demo/editors/tinymce/assets';
import { DEMO_DIST } from '../../scripts/demo-server';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { createCheckMatrix } from './check-matrix';
import { clickIntoEditor, editorHasFocus, openFixture, readModelText } from './fixture-pages';
import { pollUntil } from './poll';
import type { RequestRecorder } from './browsers';

const demoUrl = inject('demoUrl');
const TYPED_TEXT = ' Thanks for bearing with us.';

const CHECKS = ['load', 'seed', 'typing'] as const;

const matrix = createCheckMatrix(
  'Editor fixtures (load / seed / typing)',
  EDITOR_FIXTURES.map((fixture) => ({ id: fixture.kind, label: fixture.label })),
  E2E_BROWSERS,
  CHECKS,
);

afterAll(() => {
  console.log(matrix.format());
});

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
      await matrix.record(fixture.kind, browserName, 'load', async () => {
        await openFixture(page, demoUrl, fixture);
        expect(page.errors()).toEqual([]);
        expect(page.warnings()).toEqual([]);
      });
    });

    it("holds the seeded draft in the editor's own model", async () => {
      await matrix.record(fixture.kind, browserName, 'seed', async () => {
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
      await matrix.record(fixture.kind, browserName, 'typing', async () => {
        await clickIntoEditor(page, fixture);
        // An iframe editor's document takes the focus a moment after the click lands in its frame.
        await pollUntil(() => editorHasFocus(page, fixture), Boolean, `${fixture.kind} focused by the click`);
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
        [...document.querySelectorAll<HTMLAnchorElement>('[data-test-id="editor-fixture-list"] a')].map(
          (link) => link.pathname,
        ),
      );
      expect(links).toEqual(EDITOR_FIXTURES.map((fixture) => `/editors/${fixture.kind}/`));
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("loads every fixture, TinyMCE's files included, from the demo server alone", () => {
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
