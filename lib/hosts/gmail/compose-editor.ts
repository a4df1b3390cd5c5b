// Gmail's compose body is a plain contenteditable, but not all of it is the agent's reply: Gmail
// puts the quoted conversation and the agent's signature into the same editable. Coaching the
// quote would flag the customer's own angry words as the agent's; coaching the signature would
// read a job title as the reply's last line. This adapter reads only what the agent wrote.

import { createSelectionDrivenAdapter } from '@/lib/editors/input-path';
import { readEditableText } from '@/lib/editors/dom-text';
import type { EditorAdapter } from '@/lib/editors/types';
import { notTheAgentsWords } from './selectors';

const NOT_THE_AGENTS_WORDS = notTheAgentsWords.join(', ');

export function createGmailComposeAdapter(root: HTMLElement): EditorAdapter {
  return createSelectionDrivenAdapter(
    'contenteditable',
    root,
    // Gmail's own editing path: the browser's insertText goes through its undo stack and input events.
    (editor, text) => editor.ownerDocument.execCommand('insertText', false, text),
    (editor) => readEditableText(editor, (element) => element.matches(NOT_THE_AGENTS_WORDS)),
  );
}
