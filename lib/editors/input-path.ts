import { focusIsWithin, selectionFor } from './composed-tree';
import { readEditableText, type TextSnapshot } from './dom-text';
import { createFindingUnderlines } from './highlights';
import type { EditorAdapter, EditorKind } from './types';

// Editors whose input path starts from the DOM selection: select the words, let the editor's own
// input path type over them, then check the text reads as intended.

/** Where an insertion goes, in the editor's text as read just before it. */
export interface InsertionPlan {
  before: string;
  start: number;
  end: number;
}

/**
 * Types `text` over the current DOM selection through one editor's input path. Returns false when
 * the editor did not take it; it must then have changed nothing.
 */
export type TypeOverSelection = (root: HTMLElement, text: string) => boolean;

/** How an adapter reads its editor's text: all of it by default. */
export type ReadText = (root: HTMLElement) => TextSnapshot;
const readAll: ReadText = (root) => readEditableText(root);

export function createSelectionDrivenAdapter(
  kind: EditorKind,
  root: HTMLElement,
  typeOverSelection: TypeOverSelection,
  read: ReadText = readAll,
): EditorAdapter {
  return {
    kind,
    root,
    read: () => read(root),
    caret: () => caretOffsets(root, read),
    async insertText(text, range) {
      const plan = selectForInsertion(root, range, read);
      if (!plan || !typeOverSelection(root, text)) return false;
      // Most of these editors render the change before the input path returns; CKEditor 5 applies
      // an insertion at a collapsed caret a moment later (lib/editors/ckeditor5.ts).
      return waitForText(root, (current) => insertionLanded(plan, current, text), LATE_RENDER_MS, read);
    },
    select: (range) => selectForInsertion(root, range, read) !== null,
    watch: (onChange, signal) => watchDomChanges(root, onChange, signal),
    createUnderlines: () => createFindingUnderlines(root),
  };
}

/** How long an editor that took the text may take to render it before the insertion counts as failed. */
export const LATE_RENDER_MS = 300;

/** Editors that render every change into their DOM: a mutation anywhere under the root is a change. */
export function watchDomChanges(root: HTMLElement, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const typing = new MutationObserver(onChange);
  typing.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => typing.disconnect(), { once: true });
}

/**
 * Puts the editor's DOM selection on [start, end) of its current text, or keeps the agent's caret
 * when no range is given (the start of the text when the caret is elsewhere).
 * Returns null when the range no longer maps onto the editor's DOM.
 */
export function selectForInsertion(
  root: HTMLElement,
  range?: { start: number; end: number },
  read: ReadText = readAll,
): InsertionPlan | null {
  const doc = root.ownerDocument;
  const selection = selectionFor(root);
  if (!selection) return null;
  const snapshot = read(root);
  // A frame's document keeps its activeElement while the focus is outside the frame; only hasFocus()
  // tells, and editors such as TinyMCE ignore the DOM selection of an editor without focus.
  const focused = doc.hasFocus() && focusIsWithin(root);
  if (!focused) root.focus({ preventScroll: true });

  const target = range ?? caretOffsets(root, read) ?? { start: 0, end: 0 };
  const domRange = snapshot.toDomRange(target.start, target.end);
  if (!domRange) return null;
  selection.removeAllRanges();
  selection.addRange(domRange);
  return { before: snapshot.text, ...target };
}

/** The document selection as offsets into the editor's text, or null when it is elsewhere. */
export function caretOffsets(root: HTMLElement, read: ReadText = readAll): { start: number; end: number } | null {
  const selection = selectionFor(root);
  if (!selection || selection.rangeCount === 0) return null;
  const current = selection.getRangeAt(0);
  const snapshot = read(root);
  const start = snapshot.fromDomPoint(current.startContainer, current.startOffset);
  const end = snapshot.fromDomPoint(current.endContainer, current.endOffset);
  return start !== null && end !== null ? { start, end } : null;
}

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when the editor now reads as `before` with [start, end) replaced by `inserted`. */
export function insertionLanded(plan: InsertionPlan, after: string, inserted: string): boolean {
  const expected = plan.before.slice(0, plan.start) + inserted + plan.before.slice(plan.end);
  return collapseSpace(after) === collapseSpace(expected);
}

/** Resolves true as soon as the editor's text satisfies `done`, or false after `timeoutMs`. */
export function waitForText(
  root: HTMLElement,
  done: (text: string) => boolean,
  timeoutMs: number,
  read: ReadText = readAll,
): Promise<boolean> {
  const check = () => done(read(root).text);
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const rendering = new MutationObserver(() => {
      if (check()) finish(true);
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    const finish = (landed: boolean) => {
      rendering.disconnect();
      clearTimeout(timer);
      resolve(landed);
    };
    rendering.observe(root, { childList: true, characterData: true, subtree: true });
  });
}
