import { createModelInputAdapter, typeWithExecCommand } from './model-input';
import { REPLACEMENT_TEXT_REQUEST, requestPageInput } from './page-bridge-protocol';
import type { EditorAdapter } from './types';

/** Lexical marks the root element it renders into with this attribute once the editor is attached. */
export const LEXICAL_EDITABLE = '[data-lexical-editor="true"]';

/**
 * Lexical. Its editor state is the truth and it re-renders the DOM from it. Its `beforeinput`
 * handler prevents the browser's own change for an insertReplacementText and inserts the event's
 * DataTransfer text over the DOM selection, which it reads afresh for a beforeinput (for a paste
 * it would use its own copy of the selection, which lags until `selectionchange`). Lexical's
 * history joins only one-character edits made within its delay of each other, so an insertion of
 * several characters is always an undo step of its own. If no main-world bridge answers,
 * execCommand('insertText') still reaches Lexical, which reads text changes back from the DOM
 * (checked in Chromium 156 and Firefox ESR 153).
 */
export function createLexicalAdapter(root: HTMLElement): EditorAdapter {
  return createModelInputAdapter('lexical', root, {
    routes: [(editor, text) => requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, text), typeWithExecCommand],
  });
}
