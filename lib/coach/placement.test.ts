import { describe, expect, it } from 'vitest';
import { boxOutsideFrame, SIDEBAR_WIDTH, sidebarPosition, type Box } from './placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const VIEWPORT = { width: 1400, height: 900 };

describe('sidebarPosition', () => {
  it('docks to the right of an editor with room beside it, level with its top', () => {
    expect(sidebarPosition(box(100, 120, 700, 400), VIEWPORT, false)).toEqual({ left: 712, top: 120, width: SIDEBAR_WIDTH, height: 680 });
  });

  it('goes against the viewport edge when the editor leaves no room', () => {
    expect(sidebarPosition(box(100, 120, 1200, 400), VIEWPORT, false).left).toBe(1400 - SIDEBAR_WIDTH - 8);
  });

  it('is lifted to stay whole on screen, and never above the top margin', () => {
    expect(sidebarPosition(box(100, 600, 700, 800), VIEWPORT, false).top).toBe(900 - 680 - 8);
    expect(sidebarPosition(box(100, -300, 700, 100), VIEWPORT, false).top).toBe(8);
  });

  it('collapsed, it is a bar that can sit level with the editor', () => {
    expect(sidebarPosition(box(100, 600, 700, 800), VIEWPORT, true)).toMatchObject({ top: 600, height: 44 });
  });

  it('fits a short viewport, down to its minimum height', () => {
    expect(sidebarPosition(box(0, 0, 100, 100), { width: 1400, height: 500 }, false).height).toBe(500 - 16);
    expect(sidebarPosition(box(0, 0, 100, 100), { width: 1400, height: 100 }, false).height).toBe(160);
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

  it('places the sidebar beside the frame, not at the body\'s frame-relative position', () => {
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
