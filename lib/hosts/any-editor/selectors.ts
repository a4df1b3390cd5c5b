// Any site the agent turns Tactful on for: no knowledge of the page, only of editors. Every
// selector the generic host uses lives here.

/** Multi-line plain-text fields; single-line inputs are search boxes and subjects, not replies. */
export const textField = 'textarea:not([readonly]):not([disabled])';

/**
 * Rich-text editing roots: contenteditable in any of its editable spellings. Nested editable
 * elements (widgets inside an editor) are filtered out by the host, which keeps only the outermost.
 */
export const editableRoot = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Frames an editor may live in (TinyMCE's classic mode, older desks); only same-origin ones are readable. */
export const editorFrame = 'iframe';
