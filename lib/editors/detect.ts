import { createCkEditor5Adapter, CKEDITOR5_EDITABLE } from './ckeditor5';
import { createContentEditableAdapter } from './contenteditable';
import type { EditorAdapter } from './types';

/** Picks the adapter from the editor's own DOM signature. */
export function detectEditor(element: HTMLElement): EditorAdapter | null {
  if (element.matches(CKEDITOR5_EDITABLE)) return createCkEditor5Adapter(element);
  if (element.isContentEditable) return createContentEditableAdapter(element);
  return null;
}
