// The editor fixtures, one per editor kind the extension has to support. The demo build, the
// fixtures index page and the e2e tests all read this list, so a new fixture is added in one place.

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'tiptap'
  | 'tinymce'
  | 'quill'
  | 'lexical'
  | 'slate'
  | 'draftjs';

export interface EditorFixture {
  kind: EditorKind;
  label: string;
  /** The npm packages the page is built from, as the index page shows them. */
  packages: string;
  /** The element that takes the caret. For an iframe editor, a selector inside the frame's document. */
  editableSelector: string;
  /** Set when the editable lives in an iframe: a selector for the iframe in the page. */
  frameSelector?: string;
}

export const EDITOR_FIXTURES: readonly EditorFixture[] = [
  {
    kind: 'textarea',
    label: 'Textarea',
    packages: 'none (native <textarea>)',
    editableSelector: 'textarea.reply-textarea',
  },
  {
    kind: 'contenteditable',
    label: 'Plain contenteditable',
    packages: 'none (native contenteditable)',
    editableSelector: '.reply-contenteditable[contenteditable="true"]',
  },
  {
    kind: 'ckeditor5',
    label: 'CKEditor 5',
    packages: 'ckeditor5 (GPL)',
    editableSelector: '.ck-editor__editable[contenteditable="true"]',
  },
  {
    kind: 'prosemirror',
    label: 'ProseMirror',
    packages: 'prosemirror-view, -state, -model, -schema-basic, -history, -keymap, -commands',
    editableSelector: '.ProseMirror[contenteditable="true"]',
  },
  {
    kind: 'tiptap',
    label: 'TipTap',
    packages: '@tiptap/core, @tiptap/starter-kit',
    editableSelector: '.tiptap.ProseMirror[contenteditable="true"]',
  },
  {
    kind: 'tinymce',
    label: 'TinyMCE 8 (iframe)',
    packages: 'tinymce (self-hosted, GPL)',
    editableSelector: 'body#tinymce[contenteditable="true"]',
    frameSelector: 'iframe.tox-edit-area__iframe',
  },
  { kind: 'quill', label: 'Quill 2', packages: 'quill', editableSelector: '.ql-editor[contenteditable="true"]' },
  {
    kind: 'lexical',
    label: 'Lexical',
    packages: 'lexical, @lexical/rich-text, @lexical/history',
    editableSelector: '[data-lexical-editor="true"][contenteditable="true"]',
  },
  {
    kind: 'slate',
    label: 'Slate',
    packages: 'slate, slate-react, slate-history (React 18)',
    editableSelector: '[data-slate-editor="true"][contenteditable="true"]',
  },
  {
    kind: 'draftjs',
    label: 'Draft.js',
    packages: 'draft-js (React 18)',
    editableSelector: '.public-DraftEditor-content[contenteditable="true"]',
  },
];

/** The agent's flawed first draft every fixture starts with. */
export const SEED_DRAFT = 'I know exactly how you feel. Reset your router.';

/**
 * What a fixture page exposes, for tests only, once its editor is ready: the content as the
 * editor's own model holds it (through the editor's API, not the DOM), so a test can tell text
 * the editor accepted from text that only reached the screen.
 */
export interface FixtureEditorHandle {
  readonly kind: EditorKind;
  /** The model's plain text, blocks joined by "\n", without a trailing newline. */
  getText(): string;
  /** The model serialised as HTML, for editors whose API offers it. */
  getHtml?(): string;
}

declare global {
  interface Window {
    fixtureEditor?: FixtureEditorHandle;
  }
}
