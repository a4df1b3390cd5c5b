// An editor may live in a same-origin iframe (TinyMCE's classic mode, older help desks). The top
// document sees only the <iframe> element: focus, geometry and "is it still there" have to be
// read through each frame between the editor and the top document.

import { focusIsWithin } from '@/lib/editors/composed-tree';

/**
 * The frame elements around a node's document, innermost first; empty for a node of the top
 * document. Stops where a frame boundary cannot be crossed (a cross-origin parent hides its
 * frame element).
 */
export function framesAround(node: Node): Element[] {
  const frames: Element[] = [];
  let frame = (node.ownerDocument ?? (node as Document)).defaultView?.frameElement ?? null;
  while (frame) {
    frames.push(frame);
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  return frames;
}

/**
 * True while the element is still part of the page the agent sees. A removed or reloaded frame
 * leaves its old document behind, where the element still counts as connected.
 */
export function isOnPage(element: Element): boolean {
  if (!element.isConnected) return false;
  let doc = element.ownerDocument;
  for (;;) {
    const view = doc.defaultView;
    if (!view) return false;
    const frame = view.frameElement;
    if (!frame) return true;
    if (!frame.isConnected || (frame as HTMLIFrameElement).contentDocument !== doc) return false;
    doc = frame.ownerDocument;
  }
}

/**
 * True when the agent's focus is in the element. A frame's document keeps its active element when
 * the focus leaves the frame, so each frame on the way must be its parent document's active
 * element too.
 */
export function hasFocusWithin(element: Element): boolean {
  if (!focusIsWithin(element)) return false;
  return framesAround(element).every((frame) => frame.ownerDocument.activeElement === frame);
}
