import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('tiptap');

const editor = new Editor({
  element: root,
  extensions: [StarterKit],
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: SEED_DRAFT }] }] },
  editorProps: { attributes: { 'aria-label': 'Public reply', role: 'textbox', 'aria-multiline': 'true' } },
});

exposeFixtureEditor({
  kind: 'tiptap',
  getText: () => editor.getText({ blockSeparator: '\n' }),
  getHtml: () => editor.getHTML(),
});
