import { readEditableText } from './dom-text';
import { caretOffsets, insertionLanded, selectForInsertion } from './input-path';
import { requestBeforeInput } from './page-bridge-protocol';
import type { EditorAdapter } from './types';

/**
 * CKEditor 5 (Zendesk's composer). Its model is the truth and it re-renders the DOM from it, so
 * text written into the DOM directly (or with execCommand in Chromium) is reverted. It takes typing
 * from `beforeinput` events with target ranges and turns them into model changes (one undo step
 * each); without target ranges it would type at its own model selection, which lags the DOM
 * selection. The page-world bridge gives the event its target ranges.
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
      if (!requestBeforeInput(root, text)) return false;
      return insertionLanded(plan, readEditableText(root).text, text);
    },
  };
}

/** CKEditor 5 marks every editable root it renders with this class. */
export const CKEDITOR5_EDITABLE = '.ck-editor__editable';
