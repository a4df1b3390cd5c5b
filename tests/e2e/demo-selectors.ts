// Where the demo pages' reply editors are, for tests that type into them.

/** The Zendesk-style page's CKEditor 5 editable. */
export const CKEDITOR = '.ck-editor__editable';

/** The Gmail-style page's compose body. */
export const GMAIL_BODY = 'div[role="textbox"][aria-label="Message Body"]';
