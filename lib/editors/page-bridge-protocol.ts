// The messages between Tactful's isolated content scripts and its small main-world script
// (lib/editors/page-bridge.ts, run by entrypoints/editor-bridge.content.ts).
//
// Some editors honour only input that arrives as the events a browser fires for typing, pasting or
// a spell-check replacement, and they read those events' target ranges or DataTransfer. A content
// script cannot hand the page such an event: in Firefox its event and DataTransfer objects reach
// the page wrapped and unreadable, and no world can give a script-made event target ranges except
// the page's own. So the content script puts the DOM selection on the words to change and fires
// one of these requests, with the text as its `detail` (a string crosses worlds as it is). The
// main-world script fires the matching input event over the selection and cancels the request when
// the editor took the input.
//
// The page must not be able to send these requests, nor see them. The main-world script listens on
// a CLOSED shadow root of its own (on a <tactful-bridge> element it adds to the page): the page's
// scripts cannot reach a closed root, but an extension's content scripts can
// (chrome.dom.openOrClosedShadowRoot in Chromium, Element.openOrClosedShadowRoot in Firefox). A
// request fired on that root neither bubbles nor leaves it, so no page listener sees it or its answer.

import { selectionFor } from './composed-tree';

/** The element the main-world script hangs its closed shadow root on. */
export const BRIDGE_HOST_TAG = 'tactful-bridge';

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
  const selection = selectionFor(editorRoot);
  if (!selection || selection.rangeCount === 0 || !editorRoot.contains(selection.getRangeAt(0).startContainer))
    return false;
  const bridge = bridgeRoot(editorRoot.ownerDocument);
  if (!bridge) return false;
  const asking = new CustomEvent(request, { detail: text, cancelable: true });
  bridge.dispatchEvent(asking);
  return asking.defaultPrevented;
}

/**
 * Opens a closed shadow root as only an extension's content script can: Firefox gives content
 * scripts a method on the element, Chromium a function in its `dom` namespace. Page scripts have neither.
 */
function openClosedRoot(host: Element): ShadowRoot | null {
  type Opener = (host: Element) => ShadowRoot | null;
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: Opener } } }).chrome?.dom;
  if (typeof chromeDom?.openOrClosedShadowRoot === 'function') return chromeDom.openOrClosedShadowRoot(host);
  // Firefox ESR 153 gives it as a property (checked); MDN describes a method of that name, so both.
  const opened = (host as Element & { openOrClosedShadowRoot?: ShadowRoot | (() => ShadowRoot | null) | null })
    .openOrClosedShadowRoot;
  return (typeof opened === 'function' ? opened.call(host) : opened) ?? null;
}

/** The main-world script's closed root in `doc`; a look-alike with an open root (a page's) is not it. */
function bridgeRoot(doc: Document): ShadowRoot | null {
  const host = doc.querySelector(BRIDGE_HOST_TAG);
  if (!host || host.shadowRoot) return null;
  const root = openClosedRoot(host);
  return root?.mode === 'closed' ? root : null;
}

/** Asks the page world to type `text` over the current selection; true when the editor handled it. */
export function requestBeforeInput(editorRoot: HTMLElement, text: string): boolean {
  return requestPageInput(BEFOREINPUT_REQUEST, editorRoot, text);
}
