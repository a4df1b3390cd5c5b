// The messages between Tactful's isolated content scripts and its small main-world script
// (lib/editors/page-bridge.ts, run by entrypoints/editor-bridge.content.ts).
//
// Some editors honour only input that arrives as the events a browser fires for typing, pasting or
// a spell-check replacement, and they read those events' target ranges or DataTransfer. A content
// script cannot hand the page such an event: in Firefox its event and DataTransfer objects reach
// the page wrapped and unreadable, and no world can give a script-made event target ranges except
// the page's own. So the content script puts the DOM selection on the words to change and fires
// one of these requests on the editor element, with the text as its `detail` (a string crosses
// worlds as it is). The main-world script fires the matching input event over the selection and
// cancels the request when the editor took the input.

/** Typing: `beforeinput` of type insertText with the text as its data (CKEditor 5). */
export const BEFOREINPUT_REQUEST = 'tactful:beforeinput';

/**
 * A writing suggestion replacing the selection: `beforeinput` of type insertReplacementText with
 * the text in its DataTransfer, as browsers report a spell checker's replacement (Lexical, Slate).
 */
export const REPLACEMENT_TEXT_REQUEST = 'tactful:replacement-text';

/** A paste of plain text: a `paste` ClipboardEvent carrying the text as text/plain (Draft.js). */
export const PASTE_REQUEST = 'tactful:paste';

export type PageInputRequest = typeof BEFOREINPUT_REQUEST | typeof REPLACEMENT_TEXT_REQUEST | typeof PASTE_REQUEST;

export const PAGE_INPUT_REQUESTS: readonly PageInputRequest[] = [
  BEFOREINPUT_REQUEST,
  REPLACEMENT_TEXT_REQUEST,
  PASTE_REQUEST,
];

/**
 * Asks the page world to put `text` over the current selection in `editorRoot` as the given kind of
 * input. True when the editor took it (cancelled the input event); the editor may still commit the
 * change a moment later. False also when no main-world script answered.
 */
export function requestPageInput(request: PageInputRequest, editorRoot: HTMLElement, text: string): boolean {
  const asking = new CustomEvent(request, { detail: text, bubbles: true, composed: true, cancelable: true });
  editorRoot.dispatchEvent(asking);
  return asking.defaultPrevented;
}

/** Asks the page world to type `text` over the current selection; true when the editor handled it. */
export function requestBeforeInput(editorRoot: HTMLElement, text: string): boolean {
  return requestPageInput(BEFOREINPUT_REQUEST, editorRoot, text);
}
