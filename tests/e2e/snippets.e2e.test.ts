// Snippets in the agent's reply, with the real extension in both browsers: the sidebar's search
// (arrows, Enter inserts at the caret with placeholders filled from the page, the first unfilled
// marker selected), usage counted in the library (read back on the options page), a snippet
// created on the options page showing up in a search already on screen, and `;;shortcut` + space
// expanding in place, taken back by one undo.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, REPO_ROOT, type ExtensionSession, type TestPage } from './browsers';
import { ckEditorData, moveCkEditorCaret, zendeskEditor } from './demo-pages';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';

const demoUrl = inject('demoUrl');
/** Screenshots for people to look at (not committed). */
const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
const SEARCH_BOX = '.tf-snippets-input';
const TEXTAREA = 'textarea.reply-textarea';
const THANKS = { title: 'Thanks for writing in', shortcut: 'thanks-for-writing' };

interface SearchSnapshot {
  query: string | null;
  titles: string[];
  shortcuts: string[];
  selected: number;
  activeDescendantMatches: boolean;
  expanded: string | null;
  status: string;
  focused: boolean;
  text: string;
}

function readSearch(page: TestPage): Promise<SearchSnapshot> {
  return page.evaluate(() => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    const input = root?.querySelector<HTMLInputElement>('.tf-snippets-input');
    const list = root?.querySelector<HTMLElement>('.tf-snippets-results');
    const options = Array.from(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
    const selected = options.findIndex((option) => option.getAttribute('aria-selected') === 'true');
    const activeId = input?.getAttribute('aria-activedescendant');
    return {
      query: list?.getAttribute('data-query') ?? null,
      titles: options.map((option) => option.querySelector('.tf-snippet-title')?.textContent ?? ''),
      shortcuts: options.map((option) => option.querySelector('.tf-snippet-shortcut')?.textContent ?? ''),
      selected,
      activeDescendantMatches: selected >= 0 && !!activeId && options[selected]?.id === activeId,
      expanded: input?.getAttribute('aria-expanded') ?? null,
      status: root?.querySelector('.tf-snippets [role="status"][aria-live]')?.textContent ?? '',
      focused: !!root && root.activeElement === input,
      text: root?.querySelector('.tf-snippets')?.textContent ?? '',
    };
  });
}

/**
 * How far the sidebar's header sits below the sidebar's top edge: 0 unless something scrolled the
 * sidebar itself (rather than its body) to bring the focused search box into view.
 */
function headerOffset(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('tactful-sidebar')!.shadowRoot!;
    const sidebar = root.querySelector('.tf-sidebar')!.getBoundingClientRect();
    return root.querySelector('.tf-header')!.getBoundingClientRect().top - sidebar.top;
  });
}

const waitForSearch = (page: TestPage, ok: (search: SearchSnapshot) => boolean, what: string) =>
  pollUntil(() => readSearch(page), ok, `the snippet search to show ${what}`);

/** Presses ArrowDown until `title` is the selected result. */
async function selectResult(page: TestPage, title: string): Promise<void> {
  const search = await readSearch(page);
  const index = search.titles.indexOf(title);
  expect(index, `${title} among ${search.titles.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let step = search.selected; step !== index; step = (step + 1) % search.titles.length)
    await page.press('ArrowDown');
  await waitForSearch(
    page,
    (shown) => shown.titles[shown.selected] === title && shown.activeDescendantMatches,
    `${title} selected`,
  );
}

/** The usage column of a snippet's row on the options page. */
async function usageOnOptionsPage(options: TestPage, extensionOrigin: string, title: string): Promise<string> {
  await options.goto(`${extensionOrigin}/options.html`);
  const row = await pollUntil(
    () =>
      options.evaluate((wanted) => {
        const rows = Array.from(document.querySelectorAll('.tfo-snippets tbody tr'));
        const match = rows.find((row) => row.querySelector('.tfo-snippet-title')?.textContent === wanted);
        return match?.querySelector('.tfo-usage')?.textContent ?? null;
      }, title),
    (usage) => usage !== null,
    `${title} on the options page`,
  );
  return row!;
}

function textareaState(page: TestPage): Promise<{ value: string; selected: string; focused: boolean }> {
  return page.evaluate((selector) => {
    const field = document.querySelector<HTMLTextAreaElement>(selector)!;
    return {
      value: field.value,
      selected: field.value.slice(field.selectionStart, field.selectionEnd),
      focused: document.activeElement === field,
    };
  }, TEXTAREA);
}

describe.each(E2E_BROWSERS)('snippets in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName, { extensionPages: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("searches from the sidebar, inserts at the caret with the customer's name, counts the use, and expands a typed shortcut that one undo takes back (Zendesk)", async () => {
    const page = await session.newPage();
    let options: TestPage | undefined;
    try {
      await page.goto(`${demoUrl}/zendesk/`);
      await waitForSidebar(
        page,
        (sidebar) => sidebar.visible && sidebar.emotions.includes('frustrated'),
        "ticket #4821's customer",
      );
      const editor = zendeskEditor('4821');
      await page.focus(editor);
      await moveCkEditorCaret(page, 'end', editor);
      const before = await ckEditorData(page, editor);

      // Into the search box with the mouse: the caret stays remembered in the reply.
      await clickInSidebar(page, SEARCH_BOX);
      const best = await waitForSearch(
        page,
        (search) => search.focused && search.query === '' && search.titles.length > 0,
        'the best snippets for this customer',
      );
      expect(best.expanded).toBe('true');
      await page.type('thanks writing');
      await waitForSearch(
        page,
        (search) => search.query === 'thanks writing' && search.titles.includes(THANKS.title),
        'the thanks snippet',
      );
      const listed = await readSearch(page);
      expect(listed.shortcuts[listed.titles.indexOf(THANKS.title)]).toBe(`;;${THANKS.shortcut}`);
      expect(listed.status).toMatch(/\d+ snippets? found/);
      // Only the body scrolls to bring the search box into view: the header stays where it was.
      expect(await headerOffset(page)).toBeGreaterThanOrEqual(0);
      if (browserName === 'chromium') {
        await mkdir(ARTIFACTS, { recursive: true });
        await page.screenshot(path.join(ARTIFACTS, 'sidebar-snippet-search.png'));
      }
      if (listed.titles.length > 1) {
        // The arrows move through the results and wrap around.
        await page.press('ArrowDown');
        await waitForSearch(
          page,
          (search) => search.selected === 1 && search.activeDescendantMatches,
          'the second result selected',
        );
        await page.press('ArrowUp');
        await waitForSearch(
          page,
          (search) => search.selected === 0 && search.activeDescendantMatches,
          'the first result selected again',
        );
      }
      await selectResult(page, THANKS.title);
      await page.press('Enter');

      const inserted = 'Thank you for writing in, Dana. I have looked into this for you.';
      const after = await pollUntil(
        () => ckEditorData(page, editor),
        (data) => data.includes(inserted),
        'the snippet in the reply',
      );
      // At the caret: the end of the draft, after what was there.
      expect(after.indexOf(inserted)).toBeGreaterThan(after.lastIndexOf(before.replace(/<\/p>$/, '').slice(-20)));
      // The reply has the focus again, and the search is cleared.
      await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), editor);
      await waitForSearch(page, (search) => search.titles.length === 0, 'the search closed');

      // A typed shortcut: the trigger, the shortcut and a space.
      await page.focus(editor);
      await moveCkEditorCaret(page, 'end', editor);
      await page.type(` ;;${THANKS.shortcut} `);
      await pollUntil(
        () => ckEditorData(page, editor),
        (data) => data.split(inserted).length === 3 && !data.includes(`;;${THANKS.shortcut}`),
        'the shortcut expanded',
      );
      await page.type('Done.');
      await pollUntil(
        () => ckEditorData(page, editor),
        (data) => data.includes(`${inserted} Done.`),
        'the caret after the expansion and its space',
      );

      // Undo takes back the typing after it, then the expansion in one step.
      for (let key = 0; key < 'Done.'.length && (await ckEditorData(page, editor)).includes('Done.'); key++)
        await page.press('Control+KeyZ');
      await pollUntil(
        () => ckEditorData(page, editor),
        (data) => !data.includes('Done.'),
        'the typing after the expansion undone',
      );
      await page.press('Control+KeyZ');
      await pollUntil(
        () => ckEditorData(page, editor),
        (data) => data.includes(`;;${THANKS.shortcut}`) && data.split(inserted).length === 2,
        'the expansion undone',
      );
      expect(page.errors()).toEqual([]);

      // Both uses counted in the library. (Read last: in Firefox a tab opened in front takes the
      // focus from the help desk's tab, and CKEditor then stops taking keys.)
      options = await session.newPage();
      expect(await usageOnOptionsPage(options, session.extensionOrigin, THANKS.title)).toBe('Used 2 times');
    } finally {
      await options?.close();
      await page.close();
    }
  });

  it('shows a snippet saved on the options page in a search already open, selects the unfilled placeholder, and expands its shortcut in a textarea', async () => {
    const page = await session.newPage();
    const options = await session.newPage();
    const title = `Quokka rollout ${browserName}`;
    const shortcut = `live-${browserName}`;
    try {
      await page.goto(`${demoUrl}/editors/textarea/`);
      await page.waitForFunction((selector) => !!document.querySelector(selector), TEXTAREA);
      await page.focus(TEXTAREA);
      await page.evaluate((selector) => {
        const field = document.querySelector<HTMLTextAreaElement>(selector)!;
        field.setSelectionRange(field.value.length, field.value.length);
      }, TEXTAREA);
      await waitForSidebar(page, (sidebar) => sidebar.visible, 'the sidebar');
      const original = (await textareaState(page)).value;

      await clickInSidebar(page, SEARCH_BOX);
      await page.type('quokka');
      await waitForSearch(
        page,
        (search) => search.query === 'quokka' && search.titles.length === 0 && /No snippet matches/.test(search.text),
        'no match yet',
      );

      await options.goto(`${session.extensionOrigin}/options.html`);
      await options.waitForFunction(() => !!document.querySelector('.tfo-toolbar .tfo-primary'));
      await options.click('.tfo-toolbar .tfo-primary');
      await options.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
      await options.type(title);
      await options.focus('.tfo-editor input[name="shortcut"]');
      await options.type(shortcut);
      await options.focus('.tfo-editor textarea[name="body"]');
      await options.type('Hi {{customer.firstName}}, the quokka rollout is done and the fix is live.');
      await options.click('.tfo-editor button[type="submit"]');
      await options.waitForFunction(
        (wanted) => document.querySelector('.tfo-toast')?.textContent?.includes(wanted),
        title,
      );

      // The open search runs again by itself when the library changes.
      await waitForSearch(
        page,
        (search) => search.query === 'quokka' && search.titles.includes(title),
        'the new snippet',
      );
      await selectResult(page, title);
      await page.press('Enter');
      const marker = "«customer's first name»";
      const filled = `Hi ${marker}, the quokka rollout is done and the fix is live.`;
      // Nobody's name on this page: the marker is selected, ready to type over, in the focused reply.
      // The selection moves onto it once the editor has taken the text, a step after the text shows.
      const inserted = await pollUntil(
        () => textareaState(page),
        (state) => state.value.includes(filled) && state.selected === marker,
        'the snippet in the textarea, its marker selected',
      );
      expect(inserted.value.startsWith(original)).toBe(true);
      expect(inserted.focused).toBe(true);
      await page.type('Sam');
      await pollUntil(
        () => textareaState(page),
        (state) => state.value.includes('Hi Sam, the quokka rollout is done'),
        'the marker typed over',
      );

      // The shortcut, typed at the end and ended with a comma this time.
      await page.press('Control+End');
      await page.type(` ;;${shortcut},`);
      // Expanded, and the marker selected again (a step after the text shows).
      await pollUntil(
        () => textareaState(page),
        (state) =>
          !state.value.includes(`;;${shortcut}`) && state.value.endsWith(`${filled},`) && state.selected === marker,
        'the shortcut expanded before the comma, its marker selected',
      );
      await page.press('Control+KeyZ');
      await pollUntil(
        () => textareaState(page),
        (state) => state.value.endsWith(`;;${shortcut},`),
        'the expansion undone in one step',
      );

      // An unknown shortcut stays as typed.
      await page.press('Control+End');
      await page.type(' ;;no-such-snippet ');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await textareaState(page)).value.endsWith(';;no-such-snippet ')).toBe(true);

      // Escape leaves the search for the reply, with the caret where the agent left it.
      const caret = () =>
        page.evaluate((selector) => document.querySelector<HTMLTextAreaElement>(selector)!.selectionStart, TEXTAREA);
      const leftAt = await caret();
      await clickInSidebar(page, SEARCH_BOX);
      await waitForSearch(page, (search) => search.focused, 'the search box focused');
      await page.press('Escape');
      await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), TEXTAREA);
      expect(await caret()).toBe(leftAt);

      expect(await usageOnOptionsPage(options, session.extensionOrigin, title)).toBe('Used 2 times');
      expect(page.errors()).toEqual([]);
    } finally {
      await options.close();
      await page.close();
    }
  });
});
