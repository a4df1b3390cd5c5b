import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('quill');
const container = document.createElement('div');
root.append(container);

const quill = new Quill(container, {
  theme: 'snow',
  modules: { toolbar: [['bold', 'italic'], [{ list: 'ordered' }, { list: 'bullet' }], ['link']] },
  placeholder: 'Write a public reply…',
});
quill.setText(SEED_DRAFT, 'api');
// The seed is the starting point, not an edit the agent can undo.
quill.history.clear();
quill.root.setAttribute('aria-label', 'Public reply');

exposeFixtureEditor({
  kind: 'quill',
  // Quill's document always ends with a newline of its own.
  getText: () => quill.getText().replace(/\n$/, ''),
  getHtml: () => quill.getSemanticHTML(),
});
