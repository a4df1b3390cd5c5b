import type { TextSnapshot } from './dom-text';
import type { FindingUnderlines } from './highlights';

/**
 * The editor kinds Tactful knows by their DOM signature (lib/editors/detect.ts). TipTap is
 * ProseMirror underneath and shares its adapter.
 */
export type EditorKind =
  'textarea' | 'contenteditable' | 'ckeditor5' | 'prosemirror' | 'tinymce' | 'quill' | 'lexical' | 'slate' | 'draftjs';

/**
 * What Tactful needs from any reply editor. The host editor's own model is the truth: adapters
 * read what it rendered and change text only through the editor's own input path, then check
 * that the change landed.
 */
export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The element the agent types into (for an iframe editor, the body inside the frame). */
  readonly root: HTMLElement;
  read(): TextSnapshot;
  /** The agent's selection as offsets into read().text, or null when it is not in this editor. */
  caret(): { start: number; end: number } | null;
  /**
   * Replaces [start, end) of the last read text (or inserts at the caret when no range is given)
   * through the editor's input path. Resolves true only when the text is verifiably in the editor.
   */
  insertText(text: string, range?: { start: number; end: number }): Promise<boolean>;
  /**
   * Focuses the editor and puts the agent's selection on [start, end) of the last read text, as a
   * click and drag would (the editor follows it into its own model). False when the range no longer
   * maps onto the editor's text.
   */
  select(range: { start: number; end: number }): boolean;
  /** Calls `onChange` whenever the editor's text may have changed, until `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
  /** The underlines for this editor's findings, drawn without touching the editor's DOM. */
  createUnderlines(): FindingUnderlines;
}

export type { TextSnapshot };
