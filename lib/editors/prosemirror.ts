import { createSelectionDrivenAdapter } from './input-path';
import type { EditorAdapter } from './types';
import { insertingAsOwnUndoStep } from './undo-grouping';

/**
 * ProseMirror's view puts this class on every editable root it renders; TipTap, built on it, adds
 * `.tiptap` to the same element, so both are found here.
 */
export const PROSEMIRROR_EDITABLE = '.ProseMirror';

/**
 * prosemirror-history starts a new undo step only when a change comes more than `newGroupDelay`
 * (500 ms by default, in TipTap's undo-redo extension too) after the last one, or is not adjacent
 * to it.
 */
const HISTORY_GROUP_DELAY_MS = 500;

/**
 * ProseMirror and TipTap. ProseMirror leaves typing to the browser and reads the result back: its
 * DOM observer (a MutationObserver on the editable) parses the changed part of the DOM into a
 * transaction, through the same handleTextInput props and input rules as a keystroke ("When the
 * browser updates the DOM, the editor notices, re-parses the changed part of the document, and
 * translates the change into a transaction", prosemirror.net/docs/guide/#view). Its `beforeinput`
 * handler only patches Android backspace, so a synthetic beforeinput would be ignored;
 * execCommand('insertText') is the browser's own typing over the selection we set, and
 * prosemirror-history records the resulting transaction as one undo step.
 */
export function createProseMirrorAdapter(root: HTMLElement): EditorAdapter {
  const adapter = createSelectionDrivenAdapter('prosemirror', root, (editor, text) =>
    editor.ownerDocument.execCommand('insertText', false, text),
  );
  return insertingAsOwnUndoStep(adapter, HISTORY_GROUP_DELAY_MS);
}
