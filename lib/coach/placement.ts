export const SIDEBAR_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
const COLLAPSED_HEIGHT = 44;
const PREFERRED_HEIGHT = 680;

/**
 * Docks the sidebar beside the editor without covering it: to its right when there is room,
 * otherwise against the viewport's right edge. The frame is fixed-position so the page's own
 * layout never moves.
 */
export function placeBeside(frame: HTMLElement, editor: HTMLElement, collapsed: boolean): void {
  const anchor = editor.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const roomOnRight = viewportWidth - anchor.right - GAP - MARGIN;
  const left = roomOnRight >= SIDEBAR_WIDTH ? anchor.right + GAP : Math.max(MARGIN, viewportWidth - SIDEBAR_WIDTH - MARGIN);
  const height = collapsed ? COLLAPSED_HEIGHT : Math.max(160, Math.min(PREFERRED_HEIGHT, viewportHeight - 2 * MARGIN));
  // Level with the editor's top, lifted as far as needed to stay whole on screen.
  const top = Math.max(MARGIN, Math.min(anchor.top, viewportHeight - height - MARGIN));
  const style = frame.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('z-index', '2147483000', 'important');
  style.setProperty('left', `${Math.round(left)}px`, 'important');
  style.setProperty('top', `${Math.round(top)}px`, 'important');
  style.setProperty('width', `${SIDEBAR_WIDTH}px`, 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('height', `${height}px`, 'important');
}
