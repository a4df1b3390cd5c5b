import { useRef } from 'preact/hooks';
import type { Dock } from '@/lib/coach/placement';
import { t } from '@/lib/i18n';
import { keepEditorFocus } from './focus';

/** One arrow key press; with Shift, a bigger step. */
export const RESIZE_STEP = 16;
export const RESIZE_BIG_STEP = 64;

export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  /** Which edge moves: the right one beside the editor, the left one against the viewport's edge. */
  dock: Dock;
  /** While dragging or on each key press. */
  onResize(width: number): void;
  /** Once the agent settled on a width: end of a drag, or a key press. */
  onCommit(width: number): void;
}

/**
 * The sidebar's moving edge: drag it, or focus it (Tab) and use the arrow keys, Home and End. A
 * vertical separator in ARIA terms, so screen readers announce the width as its value.
 */
export function ResizeHandle({ width, min, max, dock, onResize, onCommit }: ResizeHandleProps) {
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  /** Arrow keys move the edge the way they point; beside the editor that edge is the right one. */
  const wider = dock === 'beside' ? 1 : -1;
  const drag = useRef<{
    pointerId: number;
    startX: number;
    startWidth: number;
    direction: number;
    width: number;
  } | null>(null);

  // Key presses can come faster than renders: each one starts from the width the previous asked for.
  const asked = useRef({ rendered: width, width });
  if (asked.current.rendered !== width) asked.current = { rendered: width, width };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? RESIZE_BIG_STEP : RESIZE_STEP;
    const current = asked.current.width;
    let next: number;
    if (event.key === 'ArrowRight') next = current + wider * step;
    else if (event.key === 'ArrowLeft') next = current - wider * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else return;
    event.preventDefault();
    const clamped = clamp(next);
    asked.current.width = clamped;
    onResize(clamped);
    onCommit(clamped);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    // Not preventDefault here: Chromium would then skip mousedown, whose keepEditorFocus is what
    // keeps focus and the caret in the editor (and stops text selection) during a drag.
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    // The direction is fixed for the whole drag, even if the sidebar changes dock on the way.
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startWidth: width, direction: wider, width };
  };
  const onPointerMove = (event: PointerEvent) => {
    const dragging = drag.current;
    if (!dragging || dragging.pointerId !== event.pointerId) return;
    dragging.width = clamp(dragging.startWidth + dragging.direction * (event.clientX - dragging.startX));
    onResize(dragging.width);
  };
  const endDrag = (event: PointerEvent) => {
    const dragging = drag.current;
    if (!dragging || dragging.pointerId !== event.pointerId) return;
    drag.current = null;
    onCommit(dragging.width);
  };

  return (
    <div
      class={`tf-resize tf-resize-${dock === 'beside' ? 'right' : 'left'}`}
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('sidebar_resize_label')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={t('sidebar_resize_value', width)}
      onMouseDown={keepEditorFocus}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
