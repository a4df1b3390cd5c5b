import { describe, expect, it } from 'vitest';
import {
  boxOutsideFrame,
  clampWidth,
  MAX_SIDEBAR_WIDTH,
  MIN_SIDEBAR_WIDTH,
  SIDEBAR_WIDTH,
  sidebarPosition,
  TAB_HEIGHT,
  TAB_WIDTH,
  widthRange,
  type Box,
} from './placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const VIEWPORT = { width: 1400, height: 900 };

describe('sidebarPosition', () => {
  it('docks to the right of an editor with room beside it, level with its top', () => {
    expect(sidebarPosition(box(100, 120, 700, 400), VIEWPORT, false)).toEqual({
      left: 712,
      top: 120,
      width: SIDEBAR_WIDTH,
      height: 680,
      dock: 'beside',
      maxWidth: MAX_SIDEBAR_WIDTH,
    });
  });

  it('goes against the viewport edge when the editor leaves no room', () => {
    expect(sidebarPosition(box(100, 120, 1200, 400), VIEWPORT, false)).toMatchObject({
      left: 1400 - SIDEBAR_WIDTH - 8,
      dock: 'edge',
    });
  });

  it('is lifted to stay whole on screen, and never above the top margin', () => {
    expect(sidebarPosition(box(100, 600, 700, 800), VIEWPORT, false).top).toBe(900 - 680 - 8);
    expect(sidebarPosition(box(100, -300, 700, 100), VIEWPORT, false).top).toBe(8);
  });

  it('collapsed, it is a small tab beside the editor that can sit level with it', () => {
    expect(sidebarPosition(box(100, 600, 700, 800), VIEWPORT, true)).toEqual({
      left: 712,
      top: 600,
      width: TAB_WIDTH,
      height: TAB_HEIGHT,
      dock: 'beside',
      maxWidth: MAX_SIDEBAR_WIDTH,
    });
  });

  it('collapsed beside an editor that fills the viewport, the tab sits at the viewport edge', () => {
    expect(sidebarPosition(box(0, 100, 1390, 800), VIEWPORT, true)).toMatchObject({
      left: 1400 - TAB_WIDTH - 8,
      dock: 'edge',
    });
  });

  it('takes the width the agent chose where it fits beside the editor', () => {
    expect(sidebarPosition(box(100, 120, 700, 400), VIEWPORT, false, 480)).toMatchObject({
      left: 712,
      width: 480,
      dock: 'beside',
    });
  });

  it('narrows below the chosen width rather than cover the editor, and can grow only as wide as the room', () => {
    // 1400 - 1000 - 12 - 8 = 380px beside the editor: enough for 320, not for 480.
    expect(sidebarPosition(box(100, 120, 1000, 400), VIEWPORT, false, 320)).toMatchObject({
      width: 320,
      dock: 'beside',
      maxWidth: 380,
    });
    expect(sidebarPosition(box(100, 120, 1000, 400), VIEWPORT, false, 480)).toMatchObject({
      left: 1012,
      width: 380,
      dock: 'beside',
      maxWidth: 380,
    });
  });

  it('goes to the viewport edge, at the chosen width, only when not even the minimum fits beside the editor', () => {
    // 1400 - 1150 - 20 = 230px: less than the minimum.
    expect(sidebarPosition(box(100, 120, 1150, 400), VIEWPORT, false, 480)).toMatchObject({
      left: 1400 - 480 - 8,
      width: 480,
      dock: 'edge',
      maxWidth: MAX_SIDEBAR_WIDTH,
    });
  });

  it('fits a short viewport, down to its minimum height', () => {
    expect(sidebarPosition(box(0, 0, 100, 100), { width: 1400, height: 500 }, false).height).toBe(500 - 16);
    expect(sidebarPosition(box(0, 0, 100, 100), { width: 1400, height: 100 }, false).height).toBe(160);
  });
});

describe('sidebar width', () => {
  it('keeps a chosen width between the minimum and the maximum', () => {
    expect(clampWidth(100, 1400)).toBe(MIN_SIDEBAR_WIDTH);
    expect(clampWidth(5000, 1400)).toBe(MAX_SIDEBAR_WIDTH);
    expect(clampWidth(401.6, 1400)).toBe(402);
  });

  it('never lets the sidebar be wider than the viewport', () => {
    expect(widthRange(400)).toEqual({ min: MIN_SIDEBAR_WIDTH, max: 400 - 16 });
    expect(clampWidth(560, 400)).toBe(384);
    // A phone-narrow window: narrower than the minimum, still whole on screen.
    expect(clampWidth(320, 200)).toBe(184);
  });

  it('falls back to the default for a width that is not a number', () => {
    expect(clampWidth(Number.NaN, 1400)).toBe(SIDEBAR_WIDTH);
  });
});

describe('boxOutsideFrame', () => {
  // An iframe whose content area starts at (26, 421) in the top viewport and is 1048×211.
  const frameViewport = box(26, 421, 1074, 632);

  it('moves a box in the frame by where the frame shows its content', () => {
    expect(boxOutsideFrame(box(16, 16, 500, 40), frameViewport)).toEqual(box(42, 437, 526, 461));
  });

  it('cuts a box to what the frame shows', () => {
    // A body taller than its frame, scrolled down by 100px.
    expect(boxOutsideFrame(box(16, -100, 1032, 500), frameViewport)).toEqual(box(42, 421, 1058, 632));
  });

  it('shrinks a box scrolled wholly out of the frame to the frame edge', () => {
    expect(boxOutsideFrame(box(16, -300, 1032, -200), frameViewport)).toEqual(box(42, 421, 1058, 421));
  });

  it("places the sidebar beside the frame, not at the body's frame-relative position", () => {
    // A 500px-wide TinyMCE iframe at the left of the page: its body, 16px inside, ends at x=484 in
    // the frame's own coordinates, which is x=509 in the top viewport.
    const narrowFrame = box(25, 330, 525, 543);
    const body = boxOutsideFrame(box(16, 16, 484, 38), narrowFrame);
    expect(sidebarPosition(body, VIEWPORT, false).left).toBe(509 + 12);
  });

  it('composes through nested frames, innermost first', () => {
    const inner = box(10, 10, 210, 110);
    const outer = box(100, 200, 700, 600);
    expect(boxOutsideFrame(boxOutsideFrame(box(5, 5, 50, 20), inner), outer)).toEqual(box(115, 215, 160, 230));
  });
});
