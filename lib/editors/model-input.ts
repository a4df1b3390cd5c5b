import { readEditableText } from './dom-text';
import { createFindingUnderlines } from './highlights';
import {
  caretOffsets,
  insertionLanded,
  selectForInsertion,
  waitForText,
  watchDomChanges,
  type InsertionPlan,
} from './input-path';

export { waitForText };
import type { EditorAdapter, EditorKind } from './types';

// Editors whose model is not the DOM (Lexical, Slate, Draft.js): they take text only through the
// input events they listen to, change their own model, and render it into the DOM when they commit,
// a frame or so later. So an insertion selects the words, hands the text to the editor through an
// input route, and then waits for the editor's rendering to show it.

/**
 * Hands `text` to the editor for the current DOM selection. True when the editor took it; false
 * when it refused, in which case it must have changed nothing.
 */
export type InputRoute = (root: HTMLElement, text: string) => boolean;

export interface ModelInputOptions {
  /**
   * Routes in order of preference. The next is tried only when the editor refused the previous one
   * and its text is unchanged, so a text never goes in twice.
   */
  routes: readonly InputRoute[];
  /**
   * For editors that act on their own copy of the selection, which they update on the document's
   * `selectionchange` (fired a task after the selection moves), instead of on the DOM selection.
   */
  actsOnSelectionCopy?: boolean;
}

/**
 * A React editor renders within a frame or two of a change. The wait ends as soon as the text shows,
 * so its length only matters when the editor took the input and still has not drawn it: on a busy
 * machine that has been seen to exceed a second, and giving up then would tell the agent nothing
 * changed just before the text appears.
 */
export const COMMIT_TIMEOUT_MS = 4000;
/** `selectionchange` comes a task after the selection moved; this only guards against it never coming. */
export const SELECTION_SYNC_TIMEOUT_MS = 200;

export function createModelInputAdapter(
  kind: EditorKind,
  root: HTMLElement,
  options: ModelInputOptions,
): EditorAdapter {
  return {
    kind,
    root,
    read: () => readEditableText(root),
    caret: () => caretOffsets(root),
    async insertText(text, range) {
      const plan = selectForInsertion(root, range);
      if (!plan) return false;
      if (options.actsOnSelectionCopy) {
        await nextSelectionChange(root.ownerDocument, SELECTION_SYNC_TIMEOUT_MS);
        // The agent (or the editor) moved things meanwhile: the words to change are no longer selected.
        if (!stillSelected(root, plan)) return false;
      }
      return typeThrough(options.routes, root, plan, text, COMMIT_TIMEOUT_MS);
    },
    select: (range) => selectForInsertion(root, range) !== null,
    watch: (onChange, signal) => watchDomChanges(root, onChange, signal),
    createUnderlines: () => createFindingUnderlines(root),
  };
}

/**
 * Tries the routes in order over the selection the plan was made for; resolves true once the
 * editor shows `text` in place of the planned range.
 */
export async function typeThrough(
  routes: readonly InputRoute[],
  root: HTMLElement,
  plan: InsertionPlan,
  text: string,
  timeoutMs: number,
): Promise<boolean> {
  for (const route of routes) {
    if (route(root, text)) return waitForText(root, (current) => insertionLanded(plan, current, text), timeoutMs);
    if (readEditableText(root).text !== plan.before) return false;
  }
  return false;
}

/**
 * Resolves after the document's next `selectionchange` has been handled by the page's listeners
 * (registered before ours, so they run first), or after `timeoutMs` if none comes.
 */
export function nextSelectionChange(doc: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

function stillSelected(root: HTMLElement, plan: InsertionPlan): boolean {
  const caret = caretOffsets(root);
  return (
    caret !== null &&
    caret.start === plan.start &&
    caret.end === plan.end &&
    readEditableText(root).text === plan.before
  );
}

/** The browser's own editing command, for editors that read typing back from the DOM. */
export function typeWithExecCommand(root: HTMLElement, text: string): boolean {
  return root.ownerDocument.execCommand('insertText', false, text);
}
