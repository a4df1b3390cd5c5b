// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepShadowRoots } from '@/lib/coach/test-support';
import { answerInputRequests } from './page-bridge';
import {
  BEFOREINPUT_REQUEST,
  BRIDGE_HOST_TAG,
  PASTE_REQUEST,
  REPLACEMENT_TEXT_REQUEST,
  requestBeforeInput,
  requestPageInput,
} from './page-bridge-protocol';

// happy-dom 21 has no StaticRange; browsers build one from any object with a range's boundary points.
class BoundaryPoints {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

beforeAll(() => {
  if (typeof window.StaticRange !== 'function') Object.assign(window, { StaticRange: BoundaryPoints });
  // What chrome.dom.openOrClosedShadowRoot gives a content script in Chromium.
  vi.stubGlobal('chrome', { dom: { openOrClosedShadowRoot: keepShadowRoots() } });
});

afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

let bridge: AbortController;
let editor: HTMLElement;
let received: Event[];

function selectWords(node: Node, start: number, end: number) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** An editor that records the input events it gets and takes the ones of `takes` types. */
function listen(...takes: string[]) {
  for (const type of ['beforeinput', 'paste']) {
    editor.addEventListener(type, (event) => {
      received.push(event);
      if (takes.includes(type)) event.preventDefault();
    });
  }
}

beforeEach(() => {
  document.body.innerHTML =
    '<div contenteditable="true"><p><span>I know exactly how you feel.</span></p></div><p id="outside">Elsewhere</p>';
  editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  received = [];
  bridge = new AbortController();
  answerInputRequests(document, bridge.signal);
});

afterEach(() => bridge.abort());

const words = () => editor.querySelector('span')!.firstChild!;

describe('answerInputRequests', () => {
  it('turns a replacement request into an insertReplacementText beforeinput over the selection', () => {
    listen('beforeinput');
    selectWords(words(), 7, 14);
    expect(requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, 'truly')).toBe(true);

    const input = received[0] as InputEvent;
    expect(received).toHaveLength(1);
    expect(input.type).toBe('beforeinput');
    expect(input.inputType).toBe('insertReplacementText');
    // No text in `data` (browsers report null, happy-dom an empty string).
    expect(input.data ?? '').toBe('');
    expect(input.dataTransfer?.getData('text/plain')).toBe('truly');
    expect(input.cancelable).toBe(true);
    const [target] = input.getTargetRanges();
    expect([target?.startContainer, target?.startOffset, target?.endContainer, target?.endOffset]).toEqual([
      words(),
      7,
      words(),
      14,
    ]);
  });

  it('turns a typing request into an insertText beforeinput carrying the text as data', () => {
    listen('beforeinput');
    selectWords(words(), 28, 28);
    expect(requestBeforeInput(editor, ' Thanks!')).toBe(true);

    const input = received[0] as InputEvent;
    expect(input.inputType).toBe('insertText');
    expect(input.data).toBe(' Thanks!');
    expect(input.getTargetRanges()[0]?.startOffset).toBe(28);
  });

  it('turns a paste request into a paste of plain text at the element holding the selection', () => {
    listen('paste');
    selectWords(words(), 7, 14);
    expect(requestPageInput(PASTE_REQUEST, editor, 'truly')).toBe(true);

    const paste = received[0] as ClipboardEvent;
    expect(paste.type).toBe('paste');
    expect(paste.target).toBe(editor.querySelector('span'));
    expect(paste.clipboardData?.getData('text/plain')).toBe('truly');
  });

  it('reports a request the editor did not take as not handled', () => {
    listen();
    selectWords(words(), 7, 14);
    expect(requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, 'truly')).toBe(false);
    expect(received).toHaveLength(1);
  });

  it('fires nothing when the selection is not in the editor', () => {
    listen('beforeinput', 'paste');
    selectWords(document.getElementById('outside')!.firstChild!, 0, 4);
    for (const request of [BEFOREINPUT_REQUEST, REPLACEMENT_TEXT_REQUEST, PASTE_REQUEST] as const) {
      expect(requestPageInput(request, editor, 'truly')).toBe(false);
    }
    expect(received).toEqual([]);
  });

  it('refuses without throwing when the page cannot build the event', () => {
    listen('beforeinput', 'paste');
    const { DataTransfer } = window;
    Object.assign(window, { DataTransfer: undefined });
    try {
      selectWords(words(), 7, 14);
      expect(requestPageInput(PASTE_REQUEST, editor, 'truly')).toBe(false);
    } finally {
      Object.assign(window, { DataTransfer });
    }
    expect(received).toEqual([]);
  });

  it('hides its root from page scripts, and takes no request the page fires where it can reach', () => {
    listen('beforeinput', 'paste');
    selectWords(words(), 7, 14);
    const host = document.querySelector(BRIDGE_HOST_TAG)!;
    expect(host.shadowRoot).toBeNull();
    for (const request of [BEFOREINPUT_REQUEST, REPLACEMENT_TEXT_REQUEST, PASTE_REQUEST]) {
      for (const target of [editor, host, document, window]) {
        const forged = new CustomEvent(request, { detail: 'pwned', bubbles: true, composed: true, cancelable: true });
        target.dispatchEvent(forged);
        expect(forged.defaultPrevented).toBe(false);
      }
    }
    expect(received).toEqual([]);
  });

  it('sends nothing to a look-alike element whose root the page can open', () => {
    listen('beforeinput');
    bridge.abort();
    const seen: Event[] = [];
    const decoy = document.createElement(BRIDGE_HOST_TAG);
    decoy.attachShadow({ mode: 'open' }).addEventListener(REPLACEMENT_TEXT_REQUEST, (event) => seen.push(event));
    document.documentElement.prepend(decoy);
    selectWords(words(), 7, 14);
    expect(requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, 'truly')).toBe(false);
    expect(seen).toEqual([]);
    decoy.remove();
  });

  it('stops answering once its signal aborts, and nothing then handles a request', () => {
    listen('beforeinput');
    bridge.abort();
    selectWords(words(), 7, 14);
    expect(requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, 'truly')).toBe(false);
    expect(received).toEqual([]);
    expect(document.querySelector(BRIDGE_HOST_TAG)).toBeNull();
  });
});
