import type { TextSnapshot } from './dom-text';

export type EditorKind = 'ckeditor5' | 'contenteditable';

/**
 * What Tactful needs from any reply editor. The host editor's own model is the truth: adapters
 * read what it rendered and change text only through the editor's own input path, then check
 * that the change landed.
 */
export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The element the agent types into. */
  readonly root: HTMLElement;
  read(): TextSnapshot;
  /** The agent's selection as offsets into read().text, or null when it is not in this editor. */
  caret(): { start: number; end: number } | null;
  /**
   * Replaces [start, end) of the last read text (or inserts at the caret when no range is given)
   * through the editor's input path. Resolves true only when the text is verifiably in the editor.
   */
  insertText(text: string, range?: { start: number; end: number }): Promise<boolean>;
}

export type { TextSnapshot };
