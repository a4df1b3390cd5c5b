// Every selector the Zendesk host uses (lib/hosts/zendesk/selectors.ts, each seen in public code
// that runs on the real workspace) must match something on the demo pages built from that
// evidence: the Agent Workspace (an email ticket and a messaging ticket) and the older ticket
// layout. A selector that matches nothing there is a fact the host can no longer read, or a demo
// that drifted from the evidence. On each page the host then reads the customer's message.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as selectors from '../../lib/hosts/zendesk/selectors';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { zendeskChannelItem, zendeskChannelSwitcher, zendeskTab } from './demo-pages';
import { expectUsableSize, waitForSidebar } from './sidebar-driver';

/** Every selector in the module, with the names they are exported under. */
function everySelector(): Array<{ name: string; selector: string }> {
  const listed: Array<{ name: string; selector: string }> = [];
  for (const [name, value] of Object.entries(selectors)) {
    if (typeof value === 'string') {
      // The one label among the selectors: the editor's aria-label while it writes an internal note.
      const selector = name === 'internalNoteEditorLabel' ? `[aria-label="${value}"]` : value;
      listed.push({ name, selector });
    } else if (Array.isArray(value)) {
      const asSelector = name === 'ticketIdAttributes' ? (attribute: string) => `[${attribute}]` : (s: string) => s;
      (value as readonly string[]).forEach((item, index) =>
        listed.push({ name: `${name}[${index}]`, selector: asSelector(item) }),
      );
    }
  }
  return listed;
}

const SELECTORS = everySelector();

function matchedOn(page: TestPage): Promise<string[]> {
  return page.evaluate(
    (list) => list.filter(({ selector }) => document.querySelector(selector) !== null).map(({ name }) => name),
    SELECTORS,
  );
}

describe.each(E2E_BROWSERS)('Zendesk selectors against the demo pages in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;
  const matched = new Set<string>();

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the email ticket in the Agent Workspace, with both tickets and an internal note open', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('frustrated'), "Dana's frustration");
    await page.click(zendeskTab('4817'));
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('confused'), "Mei's confusion");
    await page.click(zendeskChannelSwitcher('4817'));
    await page.click(zendeskChannelItem('4817', 'internal'));
    await waitForSidebar(page, (s) => s.text.includes('Internal notes are not coached'), 'the internal note');
    await expectUsableSize(page);
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('reads the messaging ticket', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/messaging.html`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('frustrated'), "Leo's frustration");
    await expectUsableSize(page);
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('reads the older ticket layout by the requester name', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/classic.html`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('confused'), "Omar's confusion");
    await expectUsableSize(page);
    for (const name of await matchedOn(page)) matched.add(name);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('matches every selector on at least one demo page', () => {
    const unmatched = SELECTORS.map(({ name }) => name).filter((name) => !matched.has(name));
    expect(unmatched).toEqual([]);
  });
});
