import type { EditorAdapter } from './types';

// Editors with an undo history of their own group changes made close together in time into one
// undo step: Quill merges every change made within `delay` ms of a group's first change,
// prosemirror-history merges adjacent changes made less than `newGroupDelay` ms apart. An
// insertion made just after the agent typed would join their typing, and one undo would take back
// both. The calls that close a group (Quill's history.cutoff(), prosemirror-history's
// closeHistory) need the editor instance, which lives in the page's own JavaScript where a content
// script cannot reach it; so the adapter waits until the window since the editor's last change
// has passed, and then the editor itself starts a new step.

/** Timers may fire a little early and clocks may be coarsened (Firefox's timer precision). */
const CLOCK_MARGIN_MS = 50;

export interface UndoGrouping {
  /** Notes that the editor's content changed just now. */
  noteChange(): void;
  /** Resolves once a change made then would start an undo step of its own. */
  waitForNewStep(): Promise<void>;
}

/**
 * `windowMs` is how long after a change the editor may still merge the next one into it. Changes
 * before this was created are unseen, so creation counts as one: the first insertion may wait a
 * window it did not need to, never less than one it did.
 */
export function createUndoGrouping(windowMs: number): UndoGrouping {
  let lastChangeAt = Date.now();
  const remaining = () => lastChangeAt + windowMs + CLOCK_MARGIN_MS - Date.now();
  return {
    noteChange() {
      lastChangeAt = Date.now();
    },
    async waitForNewStep() {
      // Checked again after each sleep: the agent may change the text while we wait.
      while (remaining() > 0) await new Promise((resolve) => setTimeout(resolve, remaining()));
    },
  };
}

/**
 * The adapter, with every insertion made as an undo step of its own. An insertion waits out the
 * grouping window first; if the agent changed the text meanwhile, the offsets it was given no
 * longer hold, so it changes nothing and reports that it did not land.
 */
export function insertingAsOwnUndoStep(adapter: EditorAdapter, windowMs: number): EditorAdapter {
  const grouping = createUndoGrouping(windowMs);
  return {
    ...adapter,
    async insertText(text, range) {
      const before = adapter.read().text;
      await grouping.waitForNewStep();
      if (range && adapter.read().text !== before) return false;
      const landed = await adapter.insertText(text, range);
      // Also when nobody watches: the next insertion must not join this one.
      grouping.noteChange();
      return landed;
    },
    watch(onChange, signal) {
      adapter.watch(() => {
        grouping.noteChange();
        onChange();
      }, signal);
    },
  };
}
