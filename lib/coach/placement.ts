import { Z_INDEX } from '@/lib/page-elements';
import { framesAround } from './frames';

/** The sidebar's width until the agent resizes it on a site. */
export const SIDEBAR_WIDTH = 320;
/** Narrower than this and the finding cards' buttons wrap onto lines of their own. */
export const MIN_SIDEBAR_WIDTH = 260;
/** Wider than this and the sidebar takes room the help desk's own panels need. */
export const MAX_SIDEBAR_WIDTH = 560;
/** The collapsed sidebar: a small tab at the editor's edge. */
export const TAB_WIDTH = 36;
export const TAB_HEIGHT = 112;
const GAP = 12;
const MARGIN = 8;
const PREFERRED_HEIGHT = 680;
const MIN_HEIGHT = 160;

/** A rectangle in viewport coordinates (the shape of DOMRect's edges). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * 'beside': right of the editor, so the sidebar grows rightwards and its resize handle is on its
 * right edge. 'edge': against the viewport's right edge (no room beside the editor), so it grows
 * leftwards and the handle is on its left edge.
 */
export type Dock = 'beside' | 'edge';

export interface SidebarPosition {
  left: number;
  top: number;
  width: number;
  height: number;
  dock: Dock;
  /** The widest the agent can make the sidebar here: beside the editor, as wide as the room there. */
  maxWidth: number;
}

/** The widths the agent may choose on a viewport this wide: a whole sidebar always fits on screen. */
export function widthRange(viewportWidth: number): { min: number; max: number } {
  const max = Math.max(MIN_SIDEBAR_WIDTH, Math.min(MAX_SIDEBAR_WIDTH, viewportWidth - 2 * MARGIN));
  return { min: MIN_SIDEBAR_WIDTH, max };
}

/** `width` brought within widthRange(viewportWidth), and within the viewport when even the minimum is too wide. */
export function clampWidth(width: number, viewportWidth: number): number {
  const { min, max } = widthRange(viewportWidth);
  const chosen = Number.isFinite(width) ? Math.round(width) : SIDEBAR_WIDTH;
  return Math.min(Math.min(Math.max(chosen, min), max), Math.max(0, viewportWidth - 2 * MARGIN));
}

/**
 * Where the sidebar goes for an editor at `anchor` (top-viewport coordinates): to its right when
 * there is room for at least its minimum width (narrower than the agent chose if need be, so it
 * never covers the editor), otherwise against the viewport's right edge; level with the editor's
 * top, lifted as far as needed to stay whole on screen. Collapsed, it is a small tab in the same
 * spot, so the agent finds it where the sidebar was.
 */
export function sidebarPosition(
  anchor: Box,
  viewport: { width: number; height: number },
  collapsed: boolean,
  preferredWidth = SIDEBAR_WIDTH,
): SidebarPosition {
  const roomOnRight = Math.floor(viewport.width - anchor.right - GAP - MARGIN);
  const chosen = clampWidth(preferredWidth, viewport.width);
  const widest = widthRange(viewport.width).max;
  let width: number;
  let dock: Dock;
  let maxWidth: number;
  if (collapsed) {
    width = TAB_WIDTH;
    dock = roomOnRight >= TAB_WIDTH ? 'beside' : 'edge';
    maxWidth = widest;
  } else if (roomOnRight >= MIN_SIDEBAR_WIDTH) {
    dock = 'beside';
    maxWidth = Math.min(widest, roomOnRight);
    width = Math.min(chosen, maxWidth);
  } else {
    dock = 'edge';
    maxWidth = widest;
    width = chosen;
  }
  const left = dock === 'beside' ? anchor.right + GAP : Math.max(MARGIN, viewport.width - width - MARGIN);
  const height = collapsed
    ? TAB_HEIGHT
    : Math.max(MIN_HEIGHT, Math.min(PREFERRED_HEIGHT, viewport.height - 2 * MARGIN));
  const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - height - MARGIN));
  return { left: Math.round(left), top: Math.round(top), width, height, dock, maxWidth };
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
export function frameViewportOf(frame: Element): Box {
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
 * Answers the position, so the resize handle can sit on the edge that moves.
 */
export function placeBeside(
  frame: HTMLElement,
  editor: HTMLElement,
  collapsed: boolean,
  preferredWidth = SIDEBAR_WIDTH,
): SidebarPosition {
  const position = sidebarPosition(
    boxInTopViewport(editor),
    viewportSize(frame.ownerDocument),
    collapsed,
    preferredWidth,
  );
  const style = frame.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('z-index', String(Z_INDEX.sidebar), 'important');
  style.setProperty('left', `${position.left}px`, 'important');
  style.setProperty('top', `${position.top}px`, 'important');
  style.setProperty('width', `${position.width}px`, 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('height', `${position.height}px`, 'important');
  // Its size is set here, never by what it holds: with size and layout contained, a change inside
  // the sidebar (results as the agent types) is laid out inside it, not from the page's root down.
  style.setProperty('contain', 'size layout style', 'important');
  return position;
}

/** The top viewport's size without scroll bars. */
export function viewportSize(doc: Document): { width: number; height: number } {
  return { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
}
