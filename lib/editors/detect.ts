import { createCkEditor5Adapter, CKEDITOR5_EDITABLE } from './ckeditor5';
import { createContentEditableAdapter } from './contenteditable';
import { createDraftJsAdapter, DRAFTJS_EDITABLE } from './draftjs';
import { createLexicalAdapter, LEXICAL_EDITABLE } from './lexical';
import { createProseMirrorAdapter, PROSEMIRROR_EDITABLE } from './prosemirror';
import { createQuillAdapter, QUILL_EDITABLE } from './quill';
import { createSlateAdapter, SLATE_EDITABLE } from './slate';
import { createTextareaAdapter, isTextarea } from './textarea';
import { createTinyMceAdapter, TINYMCE_EDITABLE } from './tinymce';
import type { EditorAdapter, EditorKind } from './types';

/** One editor kind's DOM signature and the adapter made for an element that carries it. */
interface EditorSignature {
  kind: EditorKind;
  matches(element: HTMLElement): boolean;
  create(element: HTMLElement): EditorAdapter;
}

/**
 * Most specific first: every rich editor is also a contenteditable, so the plain contenteditable
 * adapter comes last and takes whatever no editor claimed.
 */
const EDITOR_SIGNATURES: readonly EditorSignature[] = [
  { kind: 'ckeditor5', matches: (element) => element.matches(CKEDITOR5_EDITABLE), create: createCkEditor5Adapter },
  { kind: 'tinymce', matches: (element) => element.matches(TINYMCE_EDITABLE), create: createTinyMceAdapter },
  {
    kind: 'prosemirror',
    matches: (element) => element.matches(PROSEMIRROR_EDITABLE),
    create: createProseMirrorAdapter,
  },
  { kind: 'quill', matches: (element) => element.matches(QUILL_EDITABLE), create: createQuillAdapter },
  { kind: 'lexical', matches: (element) => element.matches(LEXICAL_EDITABLE), create: createLexicalAdapter },
  { kind: 'slate', matches: (element) => element.matches(SLATE_EDITABLE), create: createSlateAdapter },
  { kind: 'draftjs', matches: (element) => element.matches(DRAFTJS_EDITABLE), create: createDraftJsAdapter },
  // Not an editable element at all, so no rich editor's signature can claim it.
  { kind: 'textarea', matches: isTextarea, create: (element) => createTextareaAdapter(element as HTMLTextAreaElement) },
  { kind: 'contenteditable', matches: (element) => element.isContentEditable, create: createContentEditableAdapter },
];

/** Picks the adapter from the editor's own DOM signature. */
export function detectEditor(element: HTMLElement): EditorAdapter | null {
  const signature = EDITOR_SIGNATURES.find((candidate) => candidate.matches(element));
  return signature ? signature.create(element) : null;
}
