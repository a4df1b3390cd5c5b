import { describe, expect, it } from 'vitest';
import type { Finding } from '@/coaching/types';
import { cardPosition, findingAtCaret, findingAtPoint, isCardShortcut } from './card-geometry';
import type { Box } from './placement';
import { findingAt as finding } from './test-support';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** An underlined finding whose words are laid out in `lines` (one box per line they cover). */
const laidOut = (underlined: Finding, ...lines: Box[]) => ({
  finding: underlined,
  range: { getClientRects: () => lines },
});

describe('findingAtPoint', () => {
  const sympathy = laidOut(finding('sympathy', 0, 27), box(100, 20, 260, 38));
  const wrapped = laidOut(finding('jargon', 40, 70), box(400, 20, 500, 38), box(10, 40, 90, 58));

  it('finds the finding whose words are under the pointer', () => {
    expect(findingAtPoint([sympathy, wrapped], { x: 150, y: 30 })).toEqual({ underlined: sympathy, line: 0 });
  });

  it('counts the wavy underline just below the words as on them, but not the line below', () => {
    expect(findingAtPoint([sympathy], { x: 150, y: 41 })?.underlined).toBe(sympathy);
    expect(findingAtPoint([sympathy], { x: 150, y: 50 })).toBeNull();
  });

  it('finds nothing beside the words, in blank space, or when nothing is underlined', () => {
    expect(findingAtPoint([sympathy], { x: 99, y: 30 })).toBeNull();
    expect(findingAtPoint([sympathy], { x: 300, y: 30 })).toBeNull();
    expect(findingAtPoint([], { x: 150, y: 30 })).toBeNull();
  });

  it('says which line of words that wrap the pointer is on', () => {
    expect(findingAtPoint([wrapped], { x: 50, y: 50 })).toEqual({ underlined: wrapped, line: 1 });
  });

  it('ignores empty line boxes (a line break inside the words)', () => {
    const withBreak = laidOut(finding('shouting', 0, 10), box(50, 0, 50, 18), box(10, 20, 90, 38));
    expect(findingAtPoint([withBreak], { x: 50, y: 10 })).toBeNull();
    expect(findingAtPoint([withBreak], { x: 50, y: 30 })?.line).toBe(1);
  });

  it('prefers the more serious finding where underlines overlap, then the narrower one', () => {
    const wide = laidOut(finding('wide', 0, 30, 'suggestion'), box(0, 0, 300, 18));
    const narrowWarning = laidOut(finding('narrow-warning', 5, 10, 'warning'), box(50, 0, 100, 18));
    const error = laidOut(finding('error', 0, 30, 'error'), box(0, 0, 300, 18));
    expect(findingAtPoint([wide, narrowWarning], { x: 60, y: 9 })?.underlined).toBe(narrowWarning);
    expect(findingAtPoint([narrowWarning, error], { x: 60, y: 9 })?.underlined).toBe(error);
    const narrowSuggestion = laidOut(finding('narrow', 5, 10, 'suggestion'), box(50, 0, 100, 18));
    expect(findingAtPoint([wide, narrowSuggestion], { x: 60, y: 9 })?.underlined).toBe(narrowSuggestion);
  });
});

describe('findingAtCaret', () => {
  const sympathy = { finding: finding('sympathy', 0, 27) };
  const simply = { finding: finding('minimizing', 40, 46) };

  it('finds the finding the caret or selection is in, its ends included', () => {
    expect(findingAtCaret([sympathy, simply], { start: 10, end: 10 })).toBe(sympathy);
    expect(findingAtCaret([sympathy, simply], { start: 46, end: 46 })).toBe(simply);
    expect(findingAtCaret([sympathy, simply], { start: 40, end: 46 })).toBe(simply);
  });

  it('finds nothing between findings or for a selection reaching past the words', () => {
    expect(findingAtCaret([sympathy, simply], { start: 30, end: 30 })).toBeNull();
    expect(findingAtCaret([sympathy, simply], { start: 20, end: 41 })).toBeNull();
  });

  it('prefers the more serious of overlapping findings', () => {
    const error = { finding: finding('hostility', 5, 15, 'error') };
    expect(findingAtCaret([sympathy, error], { start: 8, end: 8 })).toBe(error);
  });
});

describe('cardPosition', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 300, height: 120 };

  it('sits just below the words, starting where they start', () => {
    expect(cardPosition(box(100, 200, 260, 218), size, viewport)).toEqual({ left: 100, top: 224, side: 'below' });
  });

  it('goes above words near the bottom of the viewport', () => {
    expect(cardPosition(box(100, 700, 260, 718), size, viewport)).toEqual({
      left: 100,
      top: 700 - 6 - 120,
      side: 'above',
    });
  });

  it('stays below when neither side fits but below has more room', () => {
    expect(cardPosition(box(100, 60, 260, 78), size, { width: 1000, height: 200 }).side).toBe('below');
  });

  it('keeps within the viewport on the right and the left', () => {
    expect(cardPosition(box(900, 200, 980, 218), size, viewport).left).toBe(1000 - 300 - 8);
    expect(cardPosition(box(-40, 200, 20, 218), size, viewport).left).toBe(8);
  });
});

describe('isCardShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) => ({
    key: 'Enter',
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...init,
  });

  it('is Alt+Enter and nothing else', () => {
    expect(isCardShortcut(key({ altKey: true }))).toBe(true);
    expect(isCardShortcut(key({}))).toBe(false);
    // Ctrl+Enter sends in help desks; Shift+Enter is a soft line break.
    expect(isCardShortcut(key({ altKey: true, ctrlKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, shiftKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, metaKey: true }))).toBe(false);
    expect(isCardShortcut(key({ altKey: true, key: 'a' }))).toBe(false);
  });
});

// The card layer in a page, with an editor whose underlines are laid out where the test says:
// happy-dom lays nothing out, so the Ranges are stand-ins with the boxes and text a browser would give.
