import { detachedTextSnapshot } from './plain-text';
import { createTextareaUnderlines } from './textarea-mirror';
import type { EditorAdapter } from './types';

/** A native multi-line text field: the element itself is the editor. */
export const TEXTAREA = 'textarea';

export function isTextarea(element: Element): element is HTMLTextAreaElement {
  // A selector, not `instanceof`: a textarea in a frame comes from another window's constructors.
  return element.matches(TEXTAREA);
}

/**
 * A plain <textarea>. Its value is the truth and its selection offsets index that value directly,
 * so reading needs no DOM walk; its text has no DOM positions, which is why its underlines are
 * drawn on a mirror (lib/editors/textarea-mirror.ts).
 */
export function createTextareaAdapter(field: HTMLTextAreaElement): EditorAdapter {
  return {
    kind: 'textarea',
    root: field,
    read: () => detachedTextSnapshot(field.value),
    // A textarea keeps its selection while focus is elsewhere (in our sidebar, say): that is still
    // where the agent left the caret.
    caret: () => ({ start: field.selectionStart, end: field.selectionEnd }),
    insertText: (text, range) => Promise.resolve(insertIntoTextarea(field, text, range)),
    select({ start, end }) {
      if (start < 0 || start > end || end > field.value.length) return false;
      if (field.ownerDocument.activeElement !== field) field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
      return true;
    },
    watch(onChange, signal) {
      if (signal.aborted) return;
      // Typing, pasting, dropping and undo fire `input`. A script that sets `value` fires nothing at
      // all, so such a change is seen at the next input, or at the `change` a page that does that
      // usually fires after.
      field.addEventListener('input', onChange);
      field.addEventListener('change', onChange);
      signal.addEventListener(
        'abort',
        () => {
          field.removeEventListener('input', onChange);
          field.removeEventListener('change', onChange);
        },
        { once: true },
      );
    },
    createUnderlines: () => createTextareaUnderlines(field),
  };
}

/**
 * Replaces [start, end) of the value (the selection when no range is given) with `text` the way
 * typing would, and reports whether the value now reads as intended.
 */
export function insertIntoTextarea(
  field: HTMLTextAreaElement,
  text: string,
  range?: { start: number; end: number },
): boolean {
  const before = field.value;
  const start = range?.start ?? field.selectionStart;
  const end = range?.end ?? field.selectionEnd;
  if (start < 0 || start > end || end > before.length) return false;
  const expected = before.slice(0, start) + text + before.slice(end);

  const doc = field.ownerDocument;
  if (doc.activeElement !== field) field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  // The browser's own editing command types into the focused field: it fires beforeinput and
  // input like typing, so the page's listeners (a framework's bound value) see it, and it goes on
  // the textarea's native undo stack in Chromium and Firefox alike.
  try {
    doc.execCommand('insertText', false, text);
  } catch {
    // Fall through: the value tells what happened.
  }
  if (field.value === expected) return true;
  // The page answered the command its own way; inserting again could put the text in twice.
  if (field.value !== before) return false;

  // The command did nothing (the browser refused it, or a page script cancelled its beforeinput).
  // Setting the value directly still lands the text and tells the page through an `input` event,
  // but it bypasses the browser's editing: the native undo stack does not get this change.
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return field.value === expected;
}
