// The Intercom, Help Scout and Jira Service Management hosts on demo pages built from public evidence of their real pages
// (lib/hosts/EVIDENCE.md), in real Chromium and Firefox: the sidebar shows at a usable size, reads
// the customer's message, underlines a flagged word, inserts a snippet through the editor's own
// input path that one undo takes back, and coaches for the conversation's channel (email or chat).
// Every selector of these hosts must match something on these pages: one that matches nothing is a
// fact the host can no longer read, or a demo that drifted from the evidence.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../coaching';
import * as helpScoutSelectors from '../../lib/hosts/helpscout/selectors';
import * as intercomSelectors from '../../lib/hosts/intercom/selectors';
import * as jsmSelectors from '../../lib/hosts/jsm/selectors';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { createCheckMatrix } from './check-matrix';
import { clickIntoEditor, readModelText, settleSelection } from './fixture-pages';
import { pollUntil } from './poll';
import { clickInSidebar, expectUsableSize, waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

const demoUrl = inject('demoUrl');
const TYPED = ' Calm down.';
const SNIPPET = 'Thanks for writing in';
const CLOSING_HINT = {
  chat: 'End the chat with a short closing line',
  email: 'End with a sign-off and your name',
} as const;

interface HostPage {
  id: string;
  label: string;
  path: string;
  editor: string;
  /** What the page's customer feels, which the sidebar shows once it read their message. */
  emotion: 'frustrated' | 'confused';
  customerFirstName: string;
  channel: 'email' | 'chat';
  /** Brings the conversation up, where the page opens on another. */
  open?: (page: TestPage) => Promise<void>;
}

const INTERCOM_EDITOR = '.composer-inbox .ProseMirror[contenteditable="true"]';
const JSM_EDITOR = '#ak-editor-textarea[contenteditable="true"]';
const PAGES: HostPage[] = [
  {
    id: 'intercom-chat',
    label: 'Intercom inbox, chat',
    path: '/intercom/',
    editor: INTERCOM_EDITOR,
    emotion: 'frustrated',
    customerFirstName: 'Dana',
    channel: 'chat',
  },
  {
    id: 'intercom-email',
    label: 'Intercom inbox, email',
    path: '/intercom/',
    editor: INTERCOM_EDITOR,
    emotion: 'confused',
    customerFirstName: 'Mei',
    channel: 'email',
    open: (page) => page.click('.conversation__list__item[data-conversation="215470002"]'),
  },
  {
    id: 'intercom-inbox2',
    label: 'Intercom newer inbox',
    path: '/intercom/inbox2.html',
    editor: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    emotion: 'frustrated',
    customerFirstName: 'Leo',
    channel: 'email',
  },
  {
    id: 'helpscout-email',
    label: 'Help Scout, email',
    path: '/helpscout/',
    editor: '.redactor_editor[contenteditable="true"]',
    emotion: 'frustrated',
    customerFirstName: 'Omar',
    channel: 'email',
  },
  {
    id: 'helpscout-chat',
    label: 'Help Scout, Beacon chat',
    path: '/helpscout/chat.html',
    editor: '.redactor_editor[contenteditable="true"]',
    emotion: 'confused',
    customerFirstName: 'Mei',
    channel: 'chat',
  },
  {
    id: 'jsm-email',
    label: 'Jira Service Management request',
    path: '/jsm/',
    editor: JSM_EDITOR,
    emotion: 'frustrated',
    customerFirstName: 'Dana',
    channel: 'email',
  },
];

const CHECKS = ['sidebar', 'customer', 'underline', 'channel', 'insert', 'undo'] as const;
const matrix = createCheckMatrix('New hosts (page × browser × check)', PAGES, E2E_BROWSERS, CHECKS);

/** Every selector of a host's module, named as exported; a lone attribute name becomes `[name]`. */
function selectorsOf(host: string, module: Record<string, unknown>): Array<{ name: string; selector: string }> {
  const asSelector = (value: string) => (/^[a-z-]+$/.test(value) ? `[${value}]` : value);
  return Object.entries(module).flatMap(([name, value]) => {
    if (typeof value === 'string') return [{ name: `${host}.${name}`, selector: asSelector(value) }];
    if (!Array.isArray(value)) return [];
    return (value as string[]).map((item, index) => ({ name: `${host}.${name}[${index}]`, selector: item }));
  });
}
const SELECTORS = [
  ...selectorsOf('intercom', intercomSelectors),
  ...selectorsOf('helpscout', helpScoutSelectors),
  ...selectorsOf('jsm', jsmSelectors),
];

function matchedOn(page: TestPage): Promise<string[]> {
  return page.evaluate(
    (list) => list.filter(({ selector }) => document.querySelector(selector) !== null).map(({ name }) => name),
    SELECTORS,
  );
}

/** The words the engine flags as hostile in the draft, so the test follows the engine's wording. */
function hostileWords(draft: string) {
  const finding = analyze(draft).findings.find((candidate) => candidate.ruleId === 'hostility');
  if (!finding) throw new Error(`The engine no longer flags hostility in ${JSON.stringify(draft)}`);
  return { words: draft.slice(finding.start, finding.end), severity: finding.severity };
}

afterAll(() => {
  console.log(matrix.format());
});

describe.each(E2E_BROWSERS)('Intercom, Help Scout and Jira Service Management hosts in %s', (browserName) => {
  let session: ExtensionSession;
  const matched = new Set<string>();

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(PAGES)('$label', (host) => {
    let page: TestPage;
    let beforeInsert = '';
    const model = async () => (await readModelText(page)) ?? '';
    const check = (name: (typeof CHECKS)[number], body: () => Promise<void>) =>
      matrix.record(host.id, browserName, name, body);

    beforeAll(async () => {
      page = await session.newPage();
    });
    afterAll(async () => {
      for (const name of await matchedOn(page)) matched.add(name);
      expect(page.errors()).toEqual([]);
      await page?.close();
    });

    it('shows the sidebar at a usable size', async () => {
      await check('sidebar', async () => {
        await page.goto(`${demoUrl}${host.path}`);
        await host.open?.(page);
        await waitForSidebar(page, (s) => s.visible, 'itself');
        await expectUsableSize(page);
      });
    });

    it("reads the customer's message", async () => {
      await check('customer', async () => {
        await waitForSidebar(page, (s) => s.emotions.includes(host.emotion), `the customer ${host.emotion}`);
      });
    });

    it('underlines a flagged word the agent types', async () => {
      await check('underline', async () => {
        await clickIntoEditor(page, { editableSelector: host.editor });
        await page.press('Control+End');
        await settleSelection(page);
        await page.type(TYPED);
        const flagged = hostileWords(await pollUntil(model, (text) => text.endsWith(TYPED.trim()), 'the typing'));
        await waitForUnderlines(
          page,
          (u) => !!u[flagged.severity]?.includes(flagged.words),
          `"${flagged.words}" underlined`,
        );
      });
    });

    it(`coaches the reply as ${host.channel === 'chat' ? 'a chat' : 'an email'}`, async () => {
      await check('channel', async () => {
        // The closing finding names the channel: a chat ends with a closing line, an email with a
        // sign-off. (The checklist below always words its closing item for an email.)
        const sidebar = await waitForSidebar(
          page,
          (s) => s.text.includes(CLOSING_HINT[host.channel]),
          `the ${host.channel} closing hint`,
        );
        if (host.channel === 'email') expect(sidebar.text).not.toContain(CLOSING_HINT.chat);
      });
    });

    it("inserts a snippet with the customer's name through the editor's own input path", async () => {
      await check('insert', async () => {
        await clickIntoEditor(page, { editableSelector: host.editor });
        await page.press('Control+End');
        await settleSelection(page);
        beforeInsert = await model();
        await clickInSidebar(page, '.tf-snippets-input');
        await page.type('thanks writing');
        await insertSearchResult(page, 'thanks writing', SNIPPET);
        const inserted = `Thank you for writing in, ${host.customerFirstName}.`;
        const text = await pollUntil(model, (current) => current.includes(inserted), 'the snippet in the editor');
        expect(text.split(inserted).length).toBe(2);
        const told = await waitForSidebar(page, (s) => !s.busy, 'the insertion confirmed');
        expect(told.error).toBeNull();
      });
    });

    it('takes the snippet back with one undo', async () => {
      await check('undo', async () => {
        await page.waitForFunction((selector) => !!document.activeElement?.closest(selector), host.editor);
        await page.press('Control+KeyZ');
        await pollUntil(model, (text) => text === beforeInsert, 'the reply as it was before the snippet');
      });
    });
  });

  it('does not coach an Intercom note as a reply to the customer', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/intercom/`);
    await page.click('.conversation__list__item[data-conversation="215470002"]');
    await page.click('[data-intercom-target="note-tab"]');
    await waitForSidebar(page, (s) => s.text.includes('Internal notes are not coached'), 'the note left alone');
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('does not coach a Jira Service Management internal note as a reply to the customer', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/jsm/`);
    await page.click('#comment-editor-container-tabs-0');
    await waitForSidebar(page, (s) => s.text.includes('Internal notes are not coached'), 'the note left alone');
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it("signs a Jira Service Management closing with the agent's name from the page's head, else the open profile menu", async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/jsm/`);
    const typeInReply = async (words: string) => {
      await clickIntoEditor(page, { editableSelector: JSM_EDITOR });
      await page.press('Control+End');
      await settleSelection(page);
      await page.type(words);
    };
    const signed = 'Kind regards,\nSam';
    await typeInReply(' The export works again now.');
    await waitForSidebar(page, (s) => s.text.includes(signed), 'the closing signed with the name in the head');
    await page.evaluate(() => document.querySelector('meta[name="ajs-remote-user-fullname"]')?.remove());
    await typeInReply(' I checked the logs.');
    await waitForSidebar(
      page,
      (s) => s.text.includes('Kind regards,') && !s.text.includes(signed),
      'the closing unsigned without a name',
    );
    await page.click('[data-testid="atlassian-navigation--secondary-actions--profile--trigger"]');
    await typeInReply(' All rows export.');
    await waitForSidebar(page, (s) => s.text.includes(signed), 'the closing signed with the name in the profile menu');
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('matches every selector of these hosts on at least one demo page', () => {
    expect(SELECTORS.map(({ name }) => name).filter((name) => !matched.has(name))).toEqual([]);
  });
});

/**
 * Picks `title` among the snippet search's results for `query` with the arrows and inserts it with
 * Enter. The search answers a moment after each key: the results of a part of the query would be
 * replaced, and their selection with them, while the arrows move through them.
 */
async function insertSearchResult(page: TestPage, query: string, title: string): Promise<void> {
  const readTitles = () =>
    page.evaluate(() => {
      const root = document.querySelector('tactful-sidebar')?.shadowRoot;
      const list = root?.querySelector('.tf-snippets-results');
      const options = Array.from(list?.querySelectorAll('[role="option"]') ?? []);
      return {
        query: list?.getAttribute('data-query') ?? null,
        titles: options.map((option) => option.querySelector('.tf-snippet-title')?.textContent ?? ''),
        selected: options.findIndex((option) => option.getAttribute('aria-selected') === 'true'),
      };
    });
  let search = await pollUntil(
    readTitles,
    (s) => s.query === query && s.titles.includes(title),
    `the "${title}" snippet listed for "${query}"`,
  );
  while (search.titles[search.selected] !== title) {
    await page.press('ArrowDown');
    const previous = search.selected;
    search = await pollUntil(readTitles, (s) => s.selected !== previous, 'the next result selected');
  }
  await page.press('Enter');
}
