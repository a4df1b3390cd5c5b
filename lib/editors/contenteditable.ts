import { createSelectionDrivenAdapter } from './input-path';
import type { EditorAdapter } from './types';

/**
 * A plain contenteditable, such as Gmail's compose body. The browser's own editing command is its
 * input path: execCommand('insertText') goes through the native undo stack and fires the input
 * events the page listens to.
 */
export function createContentEditableAdapter(root: HTMLElement): EditorAdapter {
  return createSelectionDrivenAdapter('contenteditable', root, (editor, text) =>
    editor.ownerDocument.execCommand('insertText', false, text),
  );
}
