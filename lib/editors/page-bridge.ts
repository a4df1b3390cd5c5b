import {
  BEFOREINPUT_REQUEST,
  PAGE_INPUT_REQUESTS,
  PASTE_REQUEST,
  REPLACEMENT_TEXT_REQUEST,
  type PageInputRequest,
} from './page-bridge-protocol';

// The main-world half of the bridge (see page-bridge-protocol.ts). It runs in the page's own
// JavaScript world, where the events it makes are the page's objects: it turns each request into
// the input event a browser would fire and tells the content script whether the editor took it.
// It adds no globals, exposes no data, and never lets an error of its own reach the page.

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
 * Answers Tactful's input requests fired on editors in `doc`. Call it once per document: the top
 * document from the main-world content script, and any same-origin frame document whose editor
 * Tactful coaches.
 */
export function answerInputRequests(doc: Document, signal?: AbortSignal): void {
  for (const request of PAGE_INPUT_REQUESTS) {
    doc.addEventListener(request, (asking) => answer(request, asking), { capture: true, signal });
  }
}

function answer(request: PageInputRequest, asking: Event): void {
  try {
    const text = (asking as CustomEvent<unknown>).detail;
    // The request is composed, so past a shadow root its target reads as the host; the path keeps the editor.
    const editor = asking.composedPath()[0] ?? null;
    if (typeof text !== 'string' || !isElement(editor)) return;
    const doc = editor.ownerDocument;
    const view = doc.defaultView as PageWindow | null;
    const selection = doc.getSelection();
    if (!view || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
    const input = PAGE_INPUTS[request](text, { editor, range, view });
    if (!editor.contains(input.target)) return;
    input.target.dispatchEvent(input.event);
    if (input.event.defaultPrevented) asking.preventDefault();
  } catch {
    // Not taken: the content script sees the request was not cancelled and changes nothing.
  }
}

/** Element check that holds across frames, where each frame has its own HTMLElement. */
function isElement(target: EventTarget | null): target is HTMLElement {
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
