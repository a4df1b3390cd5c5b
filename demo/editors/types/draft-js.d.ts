// The slice of Draft.js 0.11's API the Draft.js fixture uses (@types/draft-js is not installed).
declare module 'draft-js' {
  export class ContentState {
    static createFromText(text: string, delimiter?: string): ContentState;
    getPlainText(delimiter?: string): string;
  }
  export class EditorState {
    static createWithContent(content: ContentState): EditorState;
    getCurrentContent(): ContentState;
  }
  export interface EditorProps {
    editorState: EditorState;
    onChange(editorState: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    spellCheck?: boolean;
  }
  /** A React class component; only ever passed to createElement. */
  export const Editor: unknown;
}
