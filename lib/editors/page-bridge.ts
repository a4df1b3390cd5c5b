import { deepActiveElement, selectionFor } from './composed-tree';
import {
  BEFOREINPUT_REQUEST,
  BRIDGE_HOST_TAG,
  PAGE_INPUT_REQUESTS,
  PASTE_REQUEST,
  REPLACEMENT_TEXT_REQUEST,
  type PageInputRequest,
} from './page-bridge-protocol';

// The main-world half of the bridge (see page-bridge-protocol.ts). It runs in the page's own
// JavaScript world, where the events it makes are the page's objects: it turns each request into
// the input event a browser would fire and tells the content script whether the editor took it.
// It adds no globals, exposes no data, and never lets an error of its own reach the page. It hears
// requests only on its own closed shadow root, which page scripts cannot reach: events the page
// fires anywhere else, however they are named, are not requests.

/** A window's own constructors: an editor in a same-origin frame gets events made from its frame's. */
type PageWindow = Window & typeof globalThis;

interface InputPlace {
  editor: HTMLElement;
  /** The DOM selection the content script put on the words to change. */
  range: Range;
  view: PageWindow;
}

interface PageInput {
  event: Event;
  target: Node;
}

const FIRED_AS_BY_BROWSER = { bubbles: true, cancelable: true, composed: true } as const;

/** Each request as the event a browser fires for that kind of input, and where it fires it. */
const PAGE_INPUTS: Record<PageInputRequest, (text: string, place: InputPlace) => PageInput> = {
  [BEFOREINPUT_REQUEST]: (text, { editor, range, view }) => ({
    event: withTargetRange(
      new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, ...FIRED_AS_BY_BROWSER }),
      range,
      view,
    ),
    target: editor,
  }),
  // In an editing host the replacement travels in dataTransfer and `data` stays null (Input Events
  // Level 2), which is also what lets editors split a multi-line text into paragraphs.
  [REPLACEMENT_TEXT_REQUEST]: (text, { editor, range, view }) => ({
    event: withTargetRange(
      new view.InputEvent('beforeinput', {
        inputType: 'insertReplacementText',
        dataTransfer: plainText(text, view),
        ...FIRED_AS_BY_BROWSER,
      }),
      range,
      view,
    ),
    target: editor,
  }),
  // The clipboard spec fires a paste at the element that holds the start of the selection.
  [PASTE_REQUEST]: (text, { range, view }) => ({
    event: plainTextPaste(text, view),
    target:
      range.startContainer.nodeType === 1
        ? range.startContainer
        : (range.startContainer.parentNode ?? range.startContainer),
  }),
};

/**
 * Answers Tactful's input requests for editors in `doc`, on a closed shadow root that only the
 * extension's content scripts can open. Call it once per document, from the main-world content
 * script; the element holding the root goes when `signal` aborts.
 */
export function answerInputRequests(doc: Document, signal?: AbortSignal): void {
  const host = doc.createElement(BRIDGE_HOST_TAG);
  host.hidden = true;
  const root = host.attachShadow({ mode: 'closed' });
  for (const request of PAGE_INPUT_REQUESTS) {
    root.addEventListener(request, (asking) => answer(request, asking, doc), { signal });
  }
  signal?.addEventListener('abort', () => host.remove(), { once: true });
  placeWhenPossible(host, doc, signal);
}

/** At document_start the page may have no root element yet: the host goes in once it has one. */
function placeWhenPossible(host: HTMLElement, doc: Document, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  if (doc.documentElement) {
    doc.documentElement.append(host);
    return;
  }
  const placing = new MutationObserver(() => {
    if (!doc.documentElement) return;
    placing.disconnect();
    doc.documentElement.append(host);
  });
  placing.observe(doc, { childList: true });
  signal?.addEventListener('abort', () => placing.disconnect(), { once: true });
}

function answer(request: PageInputRequest, asking: Event, doc: Document): void {
  try {
    const text = (asking as CustomEvent<unknown>).detail;
    const selection = focusedSelection(doc);
    if (typeof text !== 'string' || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const editor = editingHostOf(range.startContainer);
    const view = doc.defaultView as PageWindow | null;
    if (!view || !editor || !editor.contains(range.endContainer)) return;
    const input = PAGE_INPUTS[request](text, { editor, range, view });
    if (!editor.contains(input.target)) return;
    input.target.dispatchEvent(input.event);
    if (input.event.defaultPrevented) asking.preventDefault();
  } catch {
    // Not taken: the content script sees the request was not cancelled and changes nothing.
  }
}

/**
 * The selection where the focus is. The content script focused the editor and selected the words
 * before asking; in an open shadow root Chromium's document selection shows only the outermost
 * host, and the shadow root's own selection holds the words (Firefox's document selection does).
 */
function focusedSelection(doc: Document): Selection | null {
  const focused = deepActiveElement(doc);
  return focused ? selectionFor(focused) : doc.getSelection();
}

/**
 * The editor the selection is in: its outermost editable ancestor (an editor's widgets may hold
 * editable islands of their own, but input goes to the editor's root).
 */
function editingHostOf(node: Node): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let element = isElement(node) ? node : node.parentElement; element; element = element.parentElement) {
    if (isEditable(element)) host = element;
  }
  return host;
}

function isEditable(element: HTMLElement): boolean {
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/** Element check that holds across frames, where each frame has its own HTMLElement. */
function isElement(target: EventTarget | Node | null): target is HTMLElement {
  return target !== null && (target as Node).nodeType === 1;
}

/**
 * An event made by script has no target ranges of its own; editors that act on the range the
 * browser reports (rather than on their possibly stale copy of the selection) read it from here.
 */
function withTargetRange<E extends InputEvent>(event: E, range: Range, view: PageWindow): E {
  const target = new view.StaticRange(range);
  Object.defineProperty(event, 'getTargetRanges', { value: () => [target] });
  return event;
}

function plainText(text: string, view: PageWindow): DataTransfer {
  const transfer = new view.DataTransfer();
  transfer.setData('text/plain', text);
  return transfer;
}

function plainTextPaste(text: string, view: PageWindow): ClipboardEvent {
  const paste = new view.ClipboardEvent('paste', { clipboardData: plainText(text, view), ...FIRED_AS_BY_BROWSER });
  // Gecko's ClipboardEventInit has no clipboardData member (checked in Firefox ESR 153): the event
  // gets an empty DataTransfer of its own instead, which stays writable until it is dispatched.
  if (paste.clipboardData && paste.clipboardData.getData('text/plain') !== text)
    paste.clipboardData.setData('text/plain', text);
  return paste;
}
