import { createSelectionDrivenAdapter } from './input-path';
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
  return createSelectionDrivenAdapter('ckeditor5', root, requestBeforeInput);
}

/** CKEditor 5 marks every editable root it renders with this class. */
export const CKEDITOR5_EDITABLE = '.ck-editor__editable';
