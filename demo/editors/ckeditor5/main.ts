import { Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';
import './style.css';

const root = mountTicketLayout('ckeditor5');
const container = document.createElement('div');
root.append(container);
// Set as text, so the draft reaches the editor as one paragraph of plain words.
const seed = document.createElement('p');
seed.textContent = SEED_DRAFT;

// The classic editor, toolbar above the editable (it takes the container's place in the page): CKEditor 5 as most help desks embed it. Zendesk's
// own decoupled setup is in demo/zendesk.
const editor = await ClassicEditor.create(container, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'link'],
  placeholder: 'Write a public reply…',
  // Initial data is the starting point, not an edit the agent can undo.
  initialData: seed.outerHTML,
});
editor.editing.view.change((writer) => {
  const editable = editor.editing.view.document.getRoot();
  if (editable) writer.setAttribute('aria-label', 'Public reply', editable);
});

/** A block's text as the model holds it: its text nodes in order (inline objects have none). */
function blockText(block: ModelElement): string {
  let text = '';
  for (const item of editor.model.createRangeIn(block).getItems()) {
    if (item.is('$textProxy')) text += item.data;
  }
  return text;
}

exposeFixtureEditor({
  kind: 'ckeditor5',
  getText: () => {
    const modelRoot = editor.model.document.getRoot();
    if (!modelRoot) return '';
    return Array.from(modelRoot.getChildren(), (block) => (block.is('element') ? blockText(block) : '')).join('\n');
  },
  getHtml: () => editor.getData(),
});
