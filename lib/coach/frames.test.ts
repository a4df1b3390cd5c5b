import { describe, expect, it } from 'vitest';
import { framesAround, hasFocusWithin, isOnPage } from './frames';

// happy-dom loads no iframe documents, so the page is modelled with the few members the frame
// walk reads: each document's window and its frame element, each element's document, connection
// and focus.

interface FakeDocument {
  defaultView: { frameElement: FakeElement | null } | null;
  activeElement: FakeElement | null;
}

interface FakeElement {
  ownerDocument: FakeDocument;
  isConnected: boolean;
  contentDocument?: FakeDocument;
  contains(other: unknown): boolean;
}

function fakeDocument(frameElement: FakeElement | null): FakeDocument {
  return { defaultView: { frameElement }, activeElement: null };
}

function fakeElement(ownerDocument: FakeDocument, contentDocument?: FakeDocument): FakeElement {
  const element: FakeElement = {
    ownerDocument,
    isConnected: true,
    contentDocument,
    contains: (other) => other === element,
  };
  return element;
}

/** A top document with an iframe, and an editor body inside the frame's document. */
function framedEditor() {
  const top = fakeDocument(null);
  const frame = fakeElement(top);
  const inner = fakeDocument(frame);
  frame.contentDocument = inner;
  const body = fakeElement(inner);
  return { top, frame, inner, body, asElement: (element: FakeElement) => element as unknown as Element };
}

describe('framesAround', () => {
  it('is empty for an element of the top document', () => {
    const top = fakeDocument(null);
    expect(framesAround(fakeElement(top) as unknown as Node)).toEqual([]);
  });

  it('lists the frames around an element, innermost first', () => {
    const { frame, inner, asElement } = framedEditor();
    const nestedFrame = fakeElement(inner);
    const nested = fakeDocument(nestedFrame);
    expect(framesAround(asElement(fakeElement(nested)))).toEqual([nestedFrame, frame]);
  });
});

describe('isOnPage', () => {
  it('holds for an editor in a frame that still shows its document', () => {
    const { body, asElement } = framedEditor();
    expect(isOnPage(asElement(body))).toBe(true);
  });

  it('fails when the frame was taken out of the page', () => {
    const { frame, body, asElement } = framedEditor();
    frame.isConnected = false;
    expect(isOnPage(asElement(body))).toBe(false);
  });

  it('fails when the frame loaded another document', () => {
    const { frame, body, asElement } = framedEditor();
    frame.contentDocument = fakeDocument(frame);
    expect(isOnPage(asElement(body))).toBe(false);
  });

  it("fails when the editor's document has no window any more", () => {
    const { inner, body, asElement } = framedEditor();
    inner.defaultView = null;
    expect(isOnPage(asElement(body))).toBe(false);
  });
});

describe('hasFocusWithin', () => {
  it('needs the frame to be focused in the top document, not only the body in its own', () => {
    const { top, frame, inner, body, asElement } = framedEditor();
    inner.activeElement = body;
    expect(hasFocusWithin(asElement(body))).toBe(false);
    top.activeElement = frame;
    expect(hasFocusWithin(asElement(body))).toBe(true);
  });

  it("is false when the frame has focus but its document's focus is elsewhere", () => {
    const { top, frame, inner, body, asElement } = framedEditor();
    top.activeElement = frame;
    inner.activeElement = fakeElement(inner);
    expect(hasFocusWithin(asElement(body))).toBe(false);
  });
});
