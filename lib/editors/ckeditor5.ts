import { createSelectionDrivenAdapter } from './input-path';
import { requestBeforeInput } from './page-bridge-protocol';
import type { EditorAdapter } from './types';

/**
 * CKEditor 5 (Zendesk's composer). Its model is the truth and it re-renders the DOM from it, so
 * text written into the DOM directly (or with execCommand in Chromium) is reverted. It takes typing
 * from `beforeinput` events with target ranges and turns them into model changes (one undo step
 * each); without target ranges it would type at its own model selection, which lags the DOM
 * selection. The page-world bridge gives the event its target ranges.
 *
 * At a collapsed caret CKEditor leaves an insertText `beforeinput` uncancelled: it waits for the
 * browser's own DOM change and, when none comes (an event a script fired has no default action),
 * applies the text itself about 50 ms later. So an uncancelled request is no refusal here; the
 * adapter waits for the text to show either way, and reports failure only when it never does.
 */
export function createCkEditor5Adapter(root: HTMLElement): EditorAdapter {
  return createSelectionDrivenAdapter('ckeditor5', root, (editor, text) => {
    requestBeforeInput(editor, text);
    return true;
  });
}

/** CKEditor 5 marks every editable root it renders with this class. */
export const CKEDITOR5_EDITABLE = '.ck-editor__editable';
