import type { TestPage } from './browsers';

// The demo pages' reply editors, for tests that type into them and read them back.

/** The Zendesk-style page's CKEditor 5 editable. */
export const CKEDITOR = '.ck-editor__editable';

/** The Gmail-style page's compose body. */
export const GMAIL_BODY = 'div[role="textbox"][aria-label="Message Body"]';

/** CKEditor's own model, serialised: the truth about what the agent will send. */
export function ckEditorData(page: TestPage): Promise<string> {
  return page.evaluate((selector) => {
    const editable = document.querySelector(selector) as (HTMLElement & { ckeditorInstance?: { getData(): string } }) | null;
    if (!editable?.ckeditorInstance) throw new Error('CKEditor instance not found');
    return editable.ckeditorInstance.getData();
  }, CKEDITOR);
}

/**
 * Moves the caret to the start or end of the CKEditor draft with the keyboard, then waits until
 * CKEditor's model selection has caught up. CKEditor reads the DOM selection on `selectionchange`,
 * which fires asynchronously: a key pressed in the same instant (Enter, a letter) would otherwise
 * act at the old model position. A person never types that fast; a test driver does.
 */
export async function moveCkEditorCaret(page: TestPage, to: 'start' | 'end'): Promise<void> {
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
      const editor = (document.querySelector(selector) as (HTMLElement & { ckeditorInstance?: Editor }) | null)?.ckeditorInstance;
      if (!editor) return false;
      const { selection } = editor.model.document;
      const root = editor.model.document.getRoot();
      const position = selection.getFirstPosition();
      if (!selection.isCollapsed || !position) return false;
      const block = root.getChild(edge === 'start' ? 0 : root.childCount - 1);
      return position.parent === block && (edge === 'start' ? position.isAtStart : position.isAtEnd);
    },
    { selector: CKEDITOR, edge: to },
  );
}
