// The demo inbox's behaviour: a ProseMirror composer with its own history (Intercom's composer is
// embercom-prosemirror-composer, built on ProseMirror), the Reply / Note tabs, and the conversation
// list switching the stream as the single-page inbox does.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';

const emberComposer = document.querySelector<HTMLElement>('.composer-inbox');
const composerSlot = emberComposer ?? document.querySelector<HTMLElement>('[data-conversation-reply-composer]');
if (!composerSlot) throw new Error('Demo inbox markup is incomplete');

function stateWith(draft: string): EditorState {
  const paragraph = draft ? schema.node('paragraph', null, [schema.text(draft)]) : schema.node('paragraph');
  return EditorState.create({
    schema,
    doc: schema.node('doc', null, [paragraph]),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  });
}

const view = new EditorView(composerSlot, {
  state: stateWith(''),
  attributes: {
    // The Ember inbox's editor carries embercom-prosemirror-composer-editor (lib/hosts/EVIDENCE.md).
    class: emberComposer ? 'embercom-prosemirror-composer-editor' : '',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Reply',
  },
});

// Tests read the composer's own model, the way the editor fixtures expose theirs.
window.fixtureEditor = {
  kind: 'prosemirror',
  getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
};

/** The Reply and Note tabs: a note is written in `.conversation__text.o__note`, with the Note tab selected. */
function setUpTabs(): void {
  const tabs = document.querySelectorAll<HTMLAnchorElement>('.inbox__conversation-controls__pane-selector .tabs__tab');
  for (const tab of tabs) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      const note = tab.dataset.intercomTarget === 'note-tab';
      tabs.forEach((other) => other.classList.toggle('o__selected', other === tab));
      emberComposer?.classList.toggle('o__note', note);
      view.dom.setAttribute('aria-label', note ? 'Note' : 'Reply');
      view.focus();
    });
  }
}

/** Shows one conversation: its stream from its template, its customer in the header, its list item active. */
function openConversation(id: string): void {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-conversation-template="${id}"]`);
  const stream = document.querySelector<HTMLElement>('.conversation__stream');
  const header = document.querySelector<HTMLAnchorElement>('.conversation__card__header a');
  if (!template || !stream || !header) return;
  stream.replaceChildren(template.content.cloneNode(true));
  header.href = `/a/apps/demo/users/${template.dataset.userId}`;
  header.querySelector('span')!.textContent = template.dataset.customer ?? '';
  for (const item of document.querySelectorAll<HTMLElement>('.conversation__list__item'))
    item.classList.toggle('o__active', item.dataset.conversation === id);
  const firstName = (template.dataset.customer ?? '').split(' ')[0];
  view.updateState(stateWith(`Hi ${firstName},`));
}

if (emberComposer) {
  setUpTabs();
  for (const item of document.querySelectorAll<HTMLAnchorElement>('.conversation__list__item')) {
    item.addEventListener('click', (event) => {
      event.preventDefault();
      openConversation(item.dataset.conversation!);
    });
  }
  openConversation('215470001');
} else {
  view.updateState(stateWith('Hi Leo,'));
}
