// Never blind, never invisible: on a built-in host whose own selectors find no editor, coaching
// follows the editor the agent types in; where the customer's message cannot be found, the agent
// picks it on the page once and it is read from then on, on that site; and the sidebar is always
// of a usable size, as the page measures it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { coachUnreadThenPick, expectUsableSize, waitForSidebar } from './sidebar-driver';

const EDITOR = '[aria-label="Public reply composer"]';

/** The workspace renders itself anew under markup the host does not know: no test ids, no known classes. */
function renameEverything(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll('[data-test-id]'))) {
      element.setAttribute('data-qa-id', element.getAttribute('data-test-id')!.replace(/^omni/, 'conv'));
      element.removeAttribute('data-test-id');
    }
    for (const element of Array.from(document.querySelectorAll('.zendesk-editor--rich-text-container'))) {
      element.classList.remove('zendesk-editor--rich-text-container');
    }
    for (const element of Array.from(
      document.querySelectorAll('[data-side-conversations-anchor-id], [data-ticket-id]'),
    )) {
      element.removeAttribute('data-side-conversations-anchor-id');
      element.removeAttribute('data-ticket-id');
    }
  });
}

describe.each(E2E_BROWSERS)('never blind, never invisible in %s', (browserName) => {
  let session: ExtensionSession;
  let demoUrl: string;

  beforeAll(async () => {
    demoUrl = inject('demoUrl');
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('coaches the focused editor when the host no longer recognises the page, and offers to pick the message', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/messaging.html`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('frustrated'), "Leo's frustration");
    await expectUsableSize(page);
    await renameEverything(page);
    // The latest customer message is the third in the log.
    await coachUnreadThenPick(page, EDITOR, '[aria-label="Conversation log"] article:nth-of-type(3) p');
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('reads the picked message again on the next visit to the site', async () => {
    const page = await session.newPage();
    await page.goto(`${demoUrl}/zendesk/messaging.html`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('frustrated'), "Leo's frustration");
    await renameEverything(page);
    await page.click(EDITOR);
    await waitForSidebar(
      page,
      (s) => s.visible && s.emotions.includes('frustrated') && !s.text.includes("Pick the customer's message"),
      'the message read at the remembered place',
    );
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
