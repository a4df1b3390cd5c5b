import { readEditableText } from './dom-text';
import { caretOffsets, insertionLanded, nextFrame, selectForInsertion } from './input-path';
import type { EditorAdapter } from './types';

/**
 * CKEditor 5 (Zendesk's composer). Its model is the truth and it re-renders the DOM from it, so
 * text written into the DOM directly (or with execCommand in Chromium) is reverted. CKEditor takes
 * typing from `beforeinput` events and turns them into model changes, which also makes them one
 * undo step; a synthetic `beforeinput` with inputType insertText is therefore its own input path.
 * It reads the DOM selection on `selectionchange`, which fires asynchronously, hence the wait.
 */
export function createCkEditor5Adapter(root: HTMLElement): EditorAdapter {
  return {
    kind: 'ckeditor5',
    root,
    read: () => readEditableText(root),
    caret: () => caretOffsets(root),
    async insertText(text, range) {
      const plan = selectForInsertion(root, range);
      if (!plan) return false;
      const view = root.ownerDocument.defaultView;
      if (!view) return false;
      await nextFrame(view);
      const event = new view.InputEvent('beforeinput', {
        inputType: 'insertText',
        data: text,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      root.dispatchEvent(event);
      // CKEditor cancels the native action when its model took the text; if it did not, the
      // browser did nothing either (synthetic events have no default action): nothing doubled.
      return insertionLanded(plan, readEditableText(root).text, text);
    },
  };
}

/** CKEditor 5 marks every editable root it renders with this class. */
export const CKEDITOR5_EDITABLE = '.ck-editor__editable';
