import { createSelectionDrivenAdapter } from './input-path';
import type { EditorAdapter } from './types';
import { insertingAsOwnUndoStep } from './undo-grouping';

/** Quill renders its editable root as `.ql-editor`, inside the `.ql-container` it was created on. */
export const QUILL_EDITABLE = '.ql-editor';

/**
 * Quill's history merges every change made within `delay` ms (1000 by default) of the first change
 * of an undo step into that step.
 */
const HISTORY_DELAY_MS = 1000;

/**
 * Quill 2. Quill watches its editable with a MutationObserver and turns whatever the browser did to
 * the DOM into a Delta with source 'user', which its history records like typing; Quill 2 also
 * takes an `insertText` beforeinput over a selection, when the browser sends one, and makes the
 * same 'user' change through its API. execCommand('insertText') over the selection we set goes
 * down one of these two paths in every browser, and the native undo stack is not involved: Quill
 * binds Ctrl+Z (and the historyUndo input) to its own history.
 */
export function createQuillAdapter(root: HTMLElement): EditorAdapter {
  const adapter = createSelectionDrivenAdapter('quill', root, (editor, text) =>
    editor.ownerDocument.execCommand('insertText', false, text),
  );
  return insertingAsOwnUndoStep(adapter, HISTORY_DELAY_MS);
}
