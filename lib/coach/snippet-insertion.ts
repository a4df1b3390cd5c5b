// Puts a snippet into the reply: placeholders filled from what the page shows about the
// conversation, the text typed through the editor's own input path, and, when something could not
// be filled, the agent's selection on the first «…» marker so they can type over it.

import type { EditorAdapter } from '@/lib/editors/types';
import type { HostAdapter } from '@/lib/hosts/types';
import {
  fillPlaceholders,
  placeholderValues,
  type FieldValues,
  type FillResult,
  type PlaceholderValues,
} from '@/lib/library/placeholders';
import type { Snippet } from '@/lib/library/schema';
import type { Send } from './session';
import { padForInsertion } from './spacing';

/** The placeholder values for a snippet inserted into `editor` now. */
export function pageValues(
  host: HostAdapter,
  editor: HTMLElement,
  options: { now?: Date; locale?: string } = {},
): PlaceholderValues {
  const doc = editor.ownerDocument;
  return placeholderValues({
    customerName: host.customerMessage(editor)?.authorName ?? null,
    agentName: host.agentName(doc),
    ticketId: host.ticketId?.(editor) ?? null,
    now: options.now,
    // The agent's own language for {{today}}: the browser's, which the page's document reports.
    locale: options.locale ?? doc.defaultView?.navigator.language,
  });
}

/** The filled body without the spaces around it; marker offsets follow the trimmed text. */
export function fillTrimmed(body: string, values: PlaceholderValues, fieldValues: FieldValues = {}): FillResult {
  const filled = fillPlaceholders(body, values, fieldValues);
  const text = filled.text.trim();
  const cut = filled.text.length - filled.text.trimStart().length;
  const unfilled = filled.unfilled.map((marker) => ({ ...marker, start: marker.start - cut, end: marker.end - cut }));
  return { text, unfilled, firstUnfilled: unfilled[0] ?? null };
}

/** Longest wait for the document to report a selection change (it may not, when nothing moved). */
const SELECTION_REPORT_MS = 100;

/**
 * Puts the agent's selection on `range` and resolves once the document has reported the change,
 * so the editor has taken it as the agent's. CKEditor 5 closes its typing undo step when the agent
 * moves the selection; without this, text typed over a just-typed shortcut joins the typing's undo
 * step, and one undo would take back the typing along with the expansion.
 */
export async function selectAsAgent(editor: EditorAdapter, range: { start: number; end: number }): Promise<boolean> {
  const doc = editor.root.ownerDocument;
  const view = doc.defaultView ?? window;
  const reported = new Promise<void>((resolve) => {
    const done = () => {
      view.clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      // Listeners of the page's own run in the same task as ours: let them finish first.
      view.setTimeout(resolve, 0);
    };
    const timer = view.setTimeout(done, SELECTION_REPORT_MS);
    doc.addEventListener('selectionchange', done);
  });
  const selected = editor.select(range);
  await reported;
  return selected;
}

export interface SnippetInsertion {
  /** Whether the editor verifiably holds the snippet now. */
  landed: boolean;
  /** The text that was (or would have been) typed. */
  text: string;
  /** The offsets the first unfilled marker ended up at, when one was left. */
  selected: { start: number; end: number } | null;
}

export interface InsertSnippetOptions {
  /** The range to replace (a typed shortcut) or the caret to insert at. */
  at: { start: number; end: number };
  /** Adds the spaces the words around the insertion need (true for an insertion from the sidebar). */
  pad: boolean;
  /** Where to leave the caret when nothing stayed unfilled; the end of the insertion when absent. */
  caretAfter?: (insertedEnd: number) => number;
}

/**
 * Types the filled snippet over `at`. On success the agent's selection moves onto the first
 * unfilled marker, or (when everything was filled) to where they go on typing.
 */
export async function insertSnippet(
  editor: EditorAdapter,
  filled: FillResult,
  options: InsertSnippetOptions,
): Promise<SnippetInsertion> {
  const current = editor.read().text;
  const at = { start: Math.min(options.at.start, current.length), end: Math.min(options.at.end, current.length) };
  const text = options.pad ? padForInsertion(current, at, filled.text) : filled.text;
  // padForInsertion trims and may add a leading space: the markers move with the snippet's words.
  const shift =
    at.start +
    (filled.text ? text.indexOf(filled.text.trim()) - (filled.text.length - filled.text.trimStart().length) : 0);
  const landed = await editor.insertText(text, at);
  if (!landed) return { landed, text, selected: null };
  const marker = filled.firstUnfilled;
  if (marker) {
    const selected = { start: shift + marker.start, end: shift + marker.end };
    return { landed, text, selected: editor.select(selected) ? selected : null };
  }
  const insertedEnd = at.start + text.length;
  const caret = options.caretAfter?.(insertedEnd) ?? insertedEnd;
  editor.select({ start: caret, end: caret });
  return { landed, text, selected: null };
}

/** Counts an insertion for search ranking and today's stats. */
export function recordUsage(send: Send, snippet: Snippet): void {
  // A read-only library cannot count; the insertion itself has worked, so nothing to show.
  send('library.recordUsage', { id: snippet.id }).catch(() => {});
  send('stats.record', { kind: 'snippet' }).catch(() => {});
}
