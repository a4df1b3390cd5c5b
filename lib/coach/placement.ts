export const SIDEBAR_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
const COLLAPSED_HEIGHT = 44;

/**
 * Docks the sidebar beside the editor without covering it: to its right when there is room,
 * otherwise against the viewport's right edge. The host element is fixed-position so the page's
 * own layout never moves.
 */
export function placeBeside(sidebar: HTMLElement, editor: HTMLElement, collapsed: boolean): void {
  const anchor = editor.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const roomOnRight = viewportWidth - anchor.right - GAP - MARGIN;
  const left = roomOnRight >= SIDEBAR_WIDTH ? anchor.right + GAP : Math.max(MARGIN, viewportWidth - SIDEBAR_WIDTH - MARGIN);
  const top = Math.min(Math.max(MARGIN, anchor.top), Math.max(MARGIN, viewportHeight - 240));
  const style = sidebar.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('z-index', '2147483000', 'important');
  style.setProperty('left', `${Math.round(left)}px`, 'important');
  style.setProperty('top', `${Math.round(top)}px`, 'important');
  style.setProperty('width', `${SIDEBAR_WIDTH}px`, 'important');
  style.setProperty('height', collapsed ? `${COLLAPSED_HEIGHT}px` : `${Math.max(200, viewportHeight - top - MARGIN)}px`, 'important');
}
