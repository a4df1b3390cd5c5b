import type { TestPage } from './browsers';

// The demo pages' reply editors, for tests that type into them and read them back.

/** The Zendesk-style page's CKEditor 5 editable. */
export const CKEDITOR = '.ck-editor__editable';

/** The Gmail-style page's compose body. */
export const GMAIL_BODY = 'div[role="textbox"][aria-label="Message Body"]';

/** One ticket's tab in the Zendesk-style workspace's header. */
export const zendeskTab = (ticketId: string) => `[data-test-id="header-tab"][data-tab-ticket-id="${ticketId}"]`;

/** The close button on a ticket's tab. */
export const zendeskTabClose = (ticketId: string) => `${zendeskTab(ticketId)} [data-test-id="header-tab-close"]`;

/** One open ticket's pane. */
export const zendeskPane = (ticketId: string) => `.ticket-pane[data-ticket-id="${ticketId}"]`;

/** One ticket's CKEditor 5 editable. */
export const zendeskEditor = (ticketId: string) => `${zendeskPane(ticketId)} ${CKEDITOR}`;

/** One ticket's channel switcher: a menu button offering the public reply and the internal note. */
export const zendeskChannelSwitcher = (ticketId: string) =>
  `${zendeskPane(ticketId)} [data-test-id="omnichannel-channel-switcher-button"]`;

/** The switcher menu's item for a public reply (by email) or an internal note. */
export const zendeskChannelItem = (ticketId: string, channel: 'public' | 'internal') =>
  `${zendeskPane(ticketId)} [data-test-id="omnichannel-channel-switcher-menuitem-${channel === 'public' ? 'web' : 'internal'}"]`;

/** The Gmail-style mailbox's Compose button (opens a new-message window). */
export const GMAIL_COMPOSE_BUTTON = '[data-action="compose"]';

/** A compose window's body (new message or pop-out); the inline reply is not in a dialog. */
export const GMAIL_DIALOG_BODY = `[role="dialog"] ${GMAIL_BODY}`;

/** The inline reply's pop-out button. */
export const GMAIL_POPOUT_BUTTON = '[data-action="popout"]';

/** Quoted history inside a compose body. */
export const GMAIL_QUOTE = 'div.gmail_quote';

/** CKEditor's own model, serialised: the truth about what the agent will send. */
export function ckEditorData(page: TestPage, editableSelector = CKEDITOR): Promise<string> {
  return page.evaluate((selector) => {
    const editable = document.querySelector(selector) as
      (HTMLElement & { ckeditorInstance?: { getData(): string } }) | null;
    if (!editable?.ckeditorInstance) throw new Error('CKEditor instance not found');
    return editable.ckeditorInstance.getData();
  }, editableSelector);
}

/**
 * Moves the caret to the start or end of the CKEditor draft with the keyboard, then waits until
 * CKEditor's model selection has caught up. CKEditor reads the DOM selection on `selectionchange`,
 * which fires asynchronously: a key pressed in the same instant (Enter, a letter) would otherwise
 * act at the old model position. A person never types that fast; a test driver does.
 */
export async function moveCkEditorCaret(
  page: TestPage,
  to: 'start' | 'end',
  editableSelector = CKEDITOR,
): Promise<void> {
  // CKEditor takes a selection change as the agent's only once it counts itself focused, which it
  // settles a moment after the DOM focus event.
  await page.waitForFunction((selector) => {
    type Editor = { editing: { view: { document: { isFocused: boolean } } } };
    const editor = (document.querySelector(selector) as (HTMLElement & { ckeditorInstance?: Editor }) | null)
      ?.ckeditorInstance;
    return editor?.editing.view.document.isFocused === true;
  }, editableSelector);
  await page.press(to === 'start' ? 'Control+Home' : 'Control+End');
  await page.waitForFunction(
    ({ selector, edge }) => {
      type ModelPosition = { parent: unknown; isAtStart: boolean; isAtEnd: boolean };
      type Editor = {
        model: {
          document: {
            selection: { isCollapsed: boolean; getFirstPosition(): ModelPosition | null };
            getRoot(): { childCount: number; getChild(index: number): unknown };
          };
        };
      };
      const editor = (document.querySelector(selector) as (HTMLElement & { ckeditorInstance?: Editor }) | null)
        ?.ckeditorInstance;
      if (!editor) return false;
      const { selection } = editor.model.document;
      const root = editor.model.document.getRoot();
      const position = selection.getFirstPosition();
      if (!selection.isCollapsed || !position) return false;
      const block = root.getChild(edge === 'start' ? 0 : root.childCount - 1);
      return position.parent === block && (edge === 'start' ? position.isAtStart : position.isAtEnd);
    },
    { selector: editableSelector, edge: to },
  );
}
