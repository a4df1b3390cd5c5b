// Never blind on the Intercom and Help Scout demo pages: when the page is re-rendered under markup
// the host does not know (every class and attribute it reads renamed), coaching follows the editor the agent
// types in, and the sidebar offers "Pick the customer's message"; the message the agent clicks is
// then read. Each host runs in a session of its own, so that a message picked on one demo page is
// not remembered for the other (both are served from the same local site).
import { afterEach, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { coachUnreadThenPick, waitForSidebar } from './sidebar-driver';

const PICK_TARGET = 'picked-customer-message';

interface BlindCase {
  label: string;
  path: string;
  /** The customer's messages; the test marks the last one's paragraph before the markup is renamed. */
  message: string;
  editor: string;
  /** Classes and attributes the host reads, taken off the page (lib/hosts/<id>/selectors.ts). */
  classes: string[];
  attributes: string[];
}

const CASES: BlindCase[] = [
  {
    label: 'Intercom',
    path: '/intercom/',
    message: '[data-intercom-target="last-user-comment"] p',
    editor: '.composer-inbox .ProseMirror',
    classes: [
      'embercom-prosemirror-composer-editor',
      'composer-inbox',
      'conversation__text',
      'conversation__part',
      'conversation__stream',
      'o__user-comment',
      'o__admin',
      'o__for-admin',
      'o__admin-note',
      'conversation__card__header',
    ],
    attributes: ['data-intercom-target'],
  },
  {
    label: 'Help Scout',
    path: '/helpscout/',
    message: 'article.thread.customer section.messageBody p',
    editor: '.redactor_editor',
    classes: [
      'redactor_editor',
      'redactor_redactor',
      'redactor_box',
      'thread',
      'customer',
      'note',
      'js-thread-content',
      'messageBody',
      'c-profile__name',
    ],
    attributes: [],
  },
];

/**
 * Marks the customer's latest message and the editor, then renames every class and attribute the
 * host reads, as a new release of the help desk would: the page keeps its shape, the host its old names.
 */
function renameEverything(page: TestPage, blind: BlindCase): Promise<void> {
  return page.evaluate(
    ({ blind, target }) => {
      Array.from(document.querySelectorAll(blind.message)).at(-1)!.id = target;
      document.querySelector(blind.editor)!.id = 'reply-editor';
      for (const name of blind.classes)
        for (const element of Array.from(document.getElementsByClassName(name)))
          element.classList.replace(name, `renamed-${name}`);
      for (const name of blind.attributes)
        for (const element of Array.from(document.querySelectorAll(`[${name}]`))) {
          element.setAttribute(`${name}-renamed`, element.getAttribute(name)!);
          element.removeAttribute(name);
        }
    },
    { blind, target: PICK_TARGET },
  );
}

describe.each(E2E_BROWSERS)('Intercom and Help Scout never blind in %s', (browserName) => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it.each(CASES)('coaches the focused editor on an unknown $label page and reads the picked message', async (blind) => {
    session = await launchWithExtension(browserName);
    const page = await session.newPage();
    await page.goto(`${inject('demoUrl')}${blind.path}`);
    await waitForSidebar(page, (s) => s.visible && s.emotions.includes('frustrated'), 'the customer read');
    await renameEverything(page, blind);
    await coachUnreadThenPick(page, '#reply-editor', `#${PICK_TARGET}`);
    expect(page.errors()).toEqual([]);
  });
});
