import { readEditableText } from './dom-text';
import { caretOffsets, insertionLanded, selectForInsertion } from './input-path';
import type { EditorAdapter } from './types';

/**
 * A plain contenteditable, such as Gmail's compose body. The browser's own editing command is its
 * input path: execCommand('insertText') goes through the native undo stack and fires input events
 * the page listens to.
 */
export function createContentEditableAdapter(root: HTMLElement): EditorAdapter {
  return {
    kind: 'contenteditable',
    root,
    read: () => readEditableText(root),
    caret: () => caretOffsets(root),
    async insertText(text, range) {
      const plan = selectForInsertion(root, range);
      if (!plan) return false;
      root.ownerDocument.execCommand('insertText', false, text);
      return insertionLanded(plan, readEditableText(root).text, text);
    },
  };
}
