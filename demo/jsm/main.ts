// The demo request's behaviour: the comment box is a ProseMirror editor with its own history (Jira's
// comment box is Atlassian's editor, built on ProseMirror; its editable is `#ak-editor-textarea`),
// the "Add internal note" / "Reply to customer" tabs switch what the agent writes, and the top bar's
// profile trigger opens a menu naming the signed-in agent.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';

const editorSlot = document.querySelector<HTMLElement>('[data-testid="issue.component.editor.default-editor"]');
if (!editorSlot) throw new Error('Demo request markup is incomplete');

const view = new EditorView(editorSlot, {
  state: EditorState.create({
    schema,
    doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Hi Dana,')])]),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  }),
  attributes: {
    id: 'ak-editor-textarea',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Reply to customer',
  },
});

// Tests read the comment box's own model, the way the editor fixtures expose theirs.
window.fixtureEditor = {
  kind: 'prosemirror',
  getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
};

/** While a note is written the comment box shows who can see it (CSE in lib/hosts/EVIDENCE.md). */
const visibility = document.createElement('div');
visibility.dataset.testid = 'issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper';
visibility.className = 'jsm-visibility';
visibility.textContent = 'Internal note · only your team can see this';

const tabs = document.querySelectorAll<HTMLButtonElement>('.jsm-comment-tabs [role="tab"]');
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    tabs.forEach((other) => other.setAttribute('aria-selected', String(other === tab)));
    if (tab.id === 'comment-editor-container-tabs-0') editorSlot.before(visibility);
    else visibility.remove();
    view.dom.setAttribute('aria-label', tab.textContent?.trim() ?? '');
    view.focus();
  });
}

/** The profile menu exists only while open (TOPBAR in lib/hosts/EVIDENCE.md clicks its trigger first). */
const profileTrigger = document.querySelector<HTMLButtonElement>('.jsm-profile-trigger');
const profileMenu = document.createElement('div');
profileMenu.className = 'jsm-profile-menu';
profileMenu.setAttribute('role', 'menu');
const profileName = document.createElement('div');
profileName.dataset.testid = 'atlassian-navigation--secondary-actions--profile--content--details--name';
profileName.textContent =
  document.querySelector<HTMLMetaElement>('meta[name="ajs-remote-user-fullname"]')?.content ?? '';
profileMenu.append(profileName);
profileTrigger?.addEventListener('click', () => {
  const open = !profileMenu.isConnected;
  if (open) profileTrigger.after(profileMenu);
  else profileMenu.remove();
  profileTrigger.setAttribute('aria-expanded', String(open));
});
