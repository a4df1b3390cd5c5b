import { readEditableText } from './dom-text';
import { createFindingUnderlines } from './highlights';
import { caretOffsets, insertionLanded, selectForInsertion, watchDomChanges } from './input-path';
import type { EditorAdapter } from './types';

/**
 * TinyMCE's editable element: the body of its content iframe in classic mode
 * (`body#tinymce.mce-content-body`), or the target element itself in inline mode. TinyMCE puts this
 * class on it in both modes.
 */
export const TINYMCE_EDITABLE = '.mce-content-body';

/** How long a paste TinyMCE did not take at once may take to land (its paste-bin route waits a tick). */
const LATE_PASTE_MS = 250;
const LATE_PASTE_POLL_MS = 25;

/**
 * TinyMCE 5 to 8, in an iframe or inline. TinyMCE keeps its own undo stack: it records a level
 * around its own commands, on navigation keys, on blur and on paste, but a native
 * execCommand('insertText') fires an `input` it does not record, so one undo would take back our
 * insertion together with whatever the agent did before it. A paste goes through TinyMCE's paste
 * handling, which inserts with its own command: one undo level for exactly our text, and the host
 * page's paste filters still apply.
 */
export function createTinyMceAdapter(root: HTMLElement): EditorAdapter {
  return {
    kind: 'tinymce',
    root,
    read: () => readEditableText(root),
    caret: () => caretOffsets(root),
    async insertText(text, range) {
      const plan = selectForInsertion(root, range);
      if (!plan) return false;
      const landed = () => insertionLanded(plan, readEditableText(root).text, text);
      if (pasteOverSelection(root, text)) return landed();
      // Not taken at once: TinyMCE may be reading it through its paste bin, which lands a tick later.
      // Nothing else is tried, or a late paste would insert the text twice.
      for (let waited = 0; waited < LATE_PASTE_MS; waited += LATE_PASTE_POLL_MS) {
        if (landed()) return true;
        await new Promise((resolve) => setTimeout(resolve, LATE_PASTE_POLL_MS));
      }
      return landed();
    },
    select: (range) => selectForInsertion(root, range) !== null,
    watch: (onChange, signal) => watchDomChanges(root, onChange, signal),
    createUnderlines: () => createFindingUnderlines(root),
  };
}

/** Gecko's own ClipboardEventInit members: it has no `clipboardData` member, but takes one type of data. */
interface GeckoClipboardEventInit extends ClipboardEventInit {
  dataType?: string;
  data?: string;
}

/** The text as HTML that reads back as the same text (TinyMCE turns plain-text HTML back into text). */
export function plainTextAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}

/**
 * Fires a paste of `text` at the editor, over the current selection. The event carries the text the
 * way each engine lets a script build one: Chromium takes a DataTransfer as `clipboardData`, Gecko
 * ignores that member and takes `dataType`/`data` instead; each engine ignores the other's members.
 * The event is built from the editor's own window (an iframe editor has its own). True when the
 * editor handled it (it cancels the paste to insert the text itself).
 */
export function pasteOverSelection(root: HTMLElement, text: string): boolean {
  const view = root.ownerDocument.defaultView;
  if (!view) return false;
  const html = plainTextAsHtml(text);
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  clipboardData.setData('text/html', html);
  const init: GeckoClipboardEventInit = {
    clipboardData,
    dataType: 'text/html',
    data: html,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const paste = new view.ClipboardEvent('paste', init);
  return !root.dispatchEvent(paste);
}
