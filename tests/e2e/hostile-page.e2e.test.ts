// A hostile page against the real extension, in both browsers. Its scripts (run in the page's main
// world, as any script or third-party widget on a help desk would be) try what issue 16 lists:
// reading the agent's snippet library through the sidebar's shadow root (the attack first found in
// Chromium 156), driving Tactful's controls with events they make, and sending the main-world
// editor bridge commands by DOM events and postMessage. Each attempt must come back empty-handed.
// The page is the CKEditor 5 editor fixture, coached as a site the agent turned on.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_FIXTURES } from '../../demo/editors/catalog';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { clickIntoEditor, openFixture, readModelText, settleSelection } from './fixture-pages';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';

const demoUrl = inject('demoUrl');
const CKEDITOR = EDITOR_FIXTURES.find((fixture) => fixture.kind === 'ckeditor5')!;
const SEARCH_BOX = '.tf-snippets-input';
const PLANTED = 'PWNED';

/**
 * The attack from the issue, as a page would write it: find Tactful's elements, open their shadow
 * roots, search the snippet library for "sorry" and read the results. Returns what it reached.
 */
function stealSnippets(): Promise<{ reachable: string[]; titles: string[] }> {
  const reachable = ['tactful-sidebar', 'tactful-card', 'tactful-bridge'].filter(
    (tag) => document.querySelector(tag)?.shadowRoot,
  );
  const root = document.querySelector('tactful-sidebar')?.shadowRoot;
  const input = root?.querySelector<HTMLInputElement>('.tf-snippets-input');
  if (!root || !input) return Promise.resolve({ reachable, titles: [] });
  input.value = 'sorry';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return new Promise((resolve) => {
    const started = performance.now();
    const read = () => {
      const titles = Array.from(root.querySelectorAll('.tf-snippet-title'), (title) => title.textContent ?? '');
      if (titles.length > 0 || performance.now() - started > 5000) resolve({ reachable, titles });
      else requestAnimationFrame(read);
    };
    read();
  });
}

/** The queries the sidebar's search shows from now on, kept where the page's own script can read them. */
function recordSearchQueries(): void {
  const root = document.querySelector('tactful-sidebar')!.shadowRoot!;
  const seen: string[] = [];
  (window as unknown as { seenQueries: string[] }).seenQueries = seen;
  new MutationObserver(() => {
    const query = root.querySelector('.tf-snippets-results')?.getAttribute('data-query');
    if (query != null && seen.at(-1) !== query) seen.push(query);
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
}

/**
 * Holding the sidebar's elements (as only the e2e build's test hook allows), fires what an agent
 * would do: types "sorry" into the search box, moves down and presses Enter, clicks a result.
 */
function driveSidebarWithMadeUpEvents(): void {
  const root = document.querySelector('tactful-sidebar')!.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('.tf-snippets-input')!;
  const fire = (target: Element, event: Event) => target.dispatchEvent(event);
  const key = (name: string) =>
    new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true });
  input.value = 'sorry';
  fire(input, new InputEvent('input', { inputType: 'insertText', data: 'sorry', bubbles: true, composed: true }));
  fire(input, key('ArrowDown'));
  fire(input, key('Enter'));
  const option = root.querySelector('[role="option"]');
  if (option) {
    fire(option, new MouseEvent('mousedown', { bubbles: true, composed: true }));
    fire(option, new MouseEvent('click', { bubbles: true, composed: true }));
  }
  // Leaves the box as the agent will find it: what the agent types next is all that is in it.
  input.value = '';
}

/**
 * Sends the main-world bridge every command a page could guess: its request events fired at the
 * editor, its element, the document and the window, and the same as window messages. Returns the
 * requests some listener reported as taken (an answer the page could read).
 */
function commandTheBridge(text: string): string[] {
  const editable = document.querySelector<HTMLElement>('.ck-editor__editable')!;
  const bridge = document.querySelector('tactful-bridge');
  const targets: Array<[string, EventTarget]> = [
    ['editor', editable],
    ['document', document],
    ['window', window],
  ];
  if (bridge) targets.push(['bridge element', bridge]);
  const answered: string[] = [];
  for (const type of ['tactful:beforeinput', 'tactful:replacement-text', 'tactful:paste']) {
    for (const [where, target] of targets) {
      const asking = new CustomEvent(type, { detail: text, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(asking);
      if (asking.defaultPrevented) answered.push(`${type} at the ${where}`);
    }
    window.postMessage({ type, detail: text, text }, '*');
    window.postMessage(type, '*');
  }
  return answered;
}

describe.each(E2E_BROWSERS)('a hostile page in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The CKEditor fixture, coached, with the caret in the reply; the sidebar is up. */
  async function coachedPage(page: TestPage): Promise<void> {
    await openFixture(page, demoUrl, CKEDITOR);
    await clickIntoEditor(page, CKEDITOR);
    await settleSelection(page);
    await page.waitForFunction(() => document.querySelector('tactful-sidebar') !== null);
  }

  it("cannot open Tactful's shadow roots to read the snippet library (the attack in the issue)", async () => {
    const page = await session.newPage({ openUiForTests: false });
    try {
      await coachedPage(page);
      expect(await page.evaluate(stealSnippets)).toEqual({ reachable: [], titles: [] });
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('cannot drive the sidebar with events it makes, even holding its elements', async () => {
    // The e2e build's open roots stand for a page that somehow got hold of the elements.
    const page = await session.newPage();
    try {
      await coachedPage(page);
      await waitForSidebar(page, (sidebar) => sidebar.visible, 'the sidebar');
      const before = await readModelText(page);
      await clickInSidebar(page, SEARCH_BOX);
      await page.evaluate(recordSearchQueries);
      await page.evaluate(driveSidebarWithMadeUpEvents);
      // The agent's own typing, after the page's: once its search shows, the page's would have too.
      // (Had the page's Enter or click inserted a snippet, the focus would be back in the reply,
      // and the agent's typing with it.)
      await page.type('thanks');
      const after = await pollUntil(
        async () => ({
          queries: await page.evaluate(() => (window as unknown as { seenQueries: string[] }).seenQueries),
          reply: await readModelText(page),
        }),
        ({ queries, reply }) => queries.includes('thanks') || reply !== before,
        "the agent's own search",
      );
      expect(after.reply).toBe(before);
      expect(after.queries).not.toContain('sorry');
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('cannot make the main-world bridge write into the editor, nor get an answer from it', async () => {
    const page = await session.newPage({ openUiForTests: false });
    try {
      await coachedPage(page);
      expect(await page.evaluate(commandTheBridge, ` ${PLANTED}`)).toEqual([]);
      // The agent's own typing, after the page's commands: once it is in the model, theirs would be.
      await page.press('End');
      await page.type('!');
      const text = await pollUntil(
        async () => (await readModelText(page)) ?? '',
        (model) => model.includes('!'),
        "the agent's own typing in the editor",
      );
      expect(text).not.toContain(PLANTED);
      // The bridge was there all along, behind a root the page cannot open.
      expect(
        await page.evaluate(() => Array.from(document.querySelectorAll('tactful-bridge'), (host) => host.shadowRoot)),
      ).toEqual([null]);
      expect(page.errors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
