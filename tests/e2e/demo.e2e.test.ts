// Smoke test of the e2e fixture and harness with the real extension loaded: both demo pages
// load, their editors take real keyboard input, the host's shortcuts fire, and nothing the
// pages or the extension request leaves the demo server.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import type { RequestRecorder } from './browsers';
import { ckEditorData, moveCkEditorCaret } from './demo-pages';
import { pollUntil } from './poll';

const demoUrl = inject('demoUrl');
const DRAFT_HTML = '<p>I know exactly how you feel. Reset your router.</p>';

async function openZendesk(page: TestPage): Promise<void> {
  await page.goto(`${demoUrl}/zendesk/`);
  // CKEditor's own expando on the editable element: the way the extension and tests reach the editor.
  await page.waitForFunction(() => {
    const editable = document.querySelector('.ck-editor__editable') as
      (Element & { ckeditorInstance?: unknown }) | null;
    return !!editable?.ckeditorInstance;
  });
}

describe.each(E2E_BROWSERS)('demo help desk in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;
  let recorder: RequestRecorder;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
    recorder = session.recordRequests();
    page = await session.newPage();
  });

  afterAll(async () => {
    recorder?.stop();
    await session?.close();
  });

  it('loads the built extension', async () => {
    if (browserName === 'chromium') {
      expect(session.extensionOrigin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
    } else {
      expect(session.extensionId).toBe('tactful@tactful.dev');
      expect(session.extensionOrigin).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}$/);
    }
  });

  it("exposes the Zendesk-style composer through CKEditor's ckeditorInstance", async () => {
    await openZendesk(page);
    expect(await ckEditorData(page)).toBe(DRAFT_HTML);
    const structure = await page.evaluate(() => ({
      editableHasTestId: document.querySelector('.ck-editor__editable')?.getAttribute('data-test-id'),
      messages: [...document.querySelectorAll('[data-test-id="omni-log-comment-item"]')].map((article) => ({
        sender: article.querySelector('[data-test-id="omni-log-item-sender"]')?.textContent?.trim(),
        type: article.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type'),
      })),
    }));
    expect(structure.editableHasTestId).toBe('omnicomposer-rich-text-ckeditor');
    expect(structure.messages.map((message) => message.type)).toEqual(['end-user', 'agent', 'end-user', 'internal']);
    expect(structure.messages[2]?.sender).toBe('Dana Whitfield');
  });

  it("takes keyboard input in CKEditor and keeps the host's shortcuts working", async () => {
    await openZendesk(page);
    await page.click('.ck-editor__editable');
    await moveCkEditorCaret(page, 'end');
    await page.type(' Kind regards, Sam');
    // CKEditor may commit the last keys to its model a moment after their events.
    const typed = '<p>I know exactly how you feel. Reset your router. Kind regards, Sam</p>';
    await pollUntil(
      () => ckEditorData(page),
      (data) => data === typed,
      'the typing in the model',
    );
    await page.press('Control+Alt+KeyM');
    await page.waitForFunction(() =>
      document.querySelector('[data-test-id="toast-notification"]')?.textContent?.startsWith('Macro applied'),
    );
    await page.press('Control+Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-test-id="omni-log-comment-item"]').length === 5);
    expect(await ckEditorData(page)).toBe('');
  });

  it('offers a Gmail-style reply box and tells the customer from the agent', async () => {
    await page.goto(`${demoUrl}/gmail/`);
    const facts = await page.evaluate(() => {
      const agentEmail = document.body.dataset.agentEmail;
      const senders = [...document.querySelectorAll('div.adn .gs span.gD[email]')].map((sender) =>
        sender.getAttribute('email'),
      );
      const box = document.querySelector(
        'div.Am.Al.editable[role="textbox"][aria-label="Message Body"][contenteditable="true"]',
      );
      return {
        agentEmail,
        latestCustomer: senders.filter((email) => email !== agentEmail).at(-1),
        accountLabel: document.querySelector('[aria-label^="Google Account"]')?.getAttribute('aria-label'),
        boxInForm: !!box?.closest('form table'),
      };
    });
    expect(facts).toEqual({
      agentEmail: 'support@brightbill.example',
      latestCustomer: 'jordan.lee@example.com',
      accountLabel: 'Google Account: BrightBill Support (support@brightbill.example)',
      boxInForm: true,
    });

    await page.click('div[role="textbox"][aria-label="Message Body"]');
    await page.press('Control+End');
    await page.type(' Thanks, Alex');
    const text = await page.evaluate(
      () => (document.querySelector('div[aria-label="Message Body"]') as HTMLElement).innerText,
    );
    expect(text.trim()).toBe(
      'Per our billing policy, duplicate authorizations are voided automatically. No action is required on your end. Thanks, Alex',
    );
  });

  it('records requests, and none left the demo server', async () => {
    const documents = recorder.requests.filter((request) => request.resourceType === 'document');
    expect(documents.map((request) => new URL(request.url).pathname)).toEqual(
      expect.arrayContaining(['/zendesk/', '/gmail/']),
    );
    expect(documents.every((request) => request.source === 'page' && request.origin === demoUrl)).toBe(true);
    expect(recorder.outside([demoUrl])).toEqual([]);
    if (browserName === 'firefox') {
      // Firefox's own traffic is switched off by FIREFOX_QUIET_PREFS, so the sentry stays silent.
      expect(recorder.unattributedOutbound()).toEqual([]);
    }
  });
});
