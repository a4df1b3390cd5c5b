import { framesAround } from './frames';

export const SIDEBAR_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
const COLLAPSED_HEIGHT = 44;
const PREFERRED_HEIGHT = 680;
const MIN_HEIGHT = 160;

/** A rectangle in viewport coordinates (the shape of DOMRect's edges). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SidebarPosition {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the sidebar goes for an editor at `anchor` (top-viewport coordinates): to its right when
 * there is room, otherwise against the viewport's right edge; level with the editor's top, lifted
 * as far as needed to stay whole on screen.
 */
export function sidebarPosition(anchor: Box, viewport: { width: number; height: number }, collapsed: boolean): SidebarPosition {
  const roomOnRight = viewport.width - anchor.right - GAP - MARGIN;
  const left = roomOnRight >= SIDEBAR_WIDTH ? anchor.right + GAP : Math.max(MARGIN, viewport.width - SIDEBAR_WIDTH - MARGIN);
  const height = collapsed ? COLLAPSED_HEIGHT : Math.max(MIN_HEIGHT, Math.min(PREFERRED_HEIGHT, viewport.height - 2 * MARGIN));
  const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - height - MARGIN));
  return { left: Math.round(left), top: Math.round(top), width: SIDEBAR_WIDTH, height };
}

/**
 * A box given in a frame's own viewport, as the frame's parent sees it: moved by where the frame
 * shows its content (`frameViewport`, in the parent's coordinates) and cut to that area, since
 * content scrolled out of the frame is not on screen. A box wholly outside shrinks to the nearest
 * edge of the frame.
 */
export function boxOutsideFrame(box: Box, frameViewport: Box): Box {
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
  const { left, top, right, bottom } = frameViewport;
  return {
    left: clamp(box.left + left, left, right),
    top: clamp(box.top + top, top, bottom),
    right: clamp(box.right + left, left, right),
    bottom: clamp(box.bottom + top, top, bottom),
  };
}

/** Where a frame element shows its document, in its parent's viewport: inside its border and padding. */
function frameViewportOf(frame: Element): Box {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const inset = (property: string) => parseFloat(style?.getPropertyValue(property) ?? '') || 0;
  return {
    left: box.left + inset('border-left-width') + inset('padding-left'),
    top: box.top + inset('border-top-width') + inset('padding-top'),
    right: box.right - inset('border-right-width') - inset('padding-right'),
    bottom: box.bottom - inset('border-bottom-width') - inset('padding-bottom'),
  };
}

/** The element's box in the top document's viewport, through every frame it sits in. */
export function boxInTopViewport(element: Element): Box {
  let box: Box = element.getBoundingClientRect();
  for (const frame of framesAround(element)) box = boxOutsideFrame(box, frameViewportOf(frame));
  return box;
}

/**
 * Docks the sidebar beside the editor without covering it. The frame is fixed-position so the
 * page's own layout never moves; an editor inside an iframe is placed by where the iframe shows it.
 */
export function placeBeside(frame: HTMLElement, editor: HTMLElement, collapsed: boolean): void {
  const viewport = frame.ownerDocument.documentElement;
  const position = sidebarPosition(boxInTopViewport(editor), { width: viewport.clientWidth, height: viewport.clientHeight }, collapsed);
  const style = frame.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('z-index', '2147483000', 'important');
  style.setProperty('left', `${position.left}px`, 'important');
  style.setProperty('top', `${position.top}px`, 'important');
  style.setProperty('width', `${position.width}px`, 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('height', `${position.height}px`, 'important');
}
