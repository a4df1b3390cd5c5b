import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMSerializer } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('prosemirror');

const state = EditorState.create({
  schema,
  doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text(SEED_DRAFT)])]),
  plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
});
const view = new EditorView(root, {
  state,
  attributes: { 'aria-label': 'Public reply', role: 'textbox', 'aria-multiline': 'true' },
});

const serializer = DOMSerializer.fromSchema(schema);

exposeFixtureEditor({
  kind: 'prosemirror',
  getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  getHtml: () => {
    const container = document.createElement('div');
    container.append(serializer.serializeFragment(view.state.doc.content));
    return container.innerHTML;
  },
});
