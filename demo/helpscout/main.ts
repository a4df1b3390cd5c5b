// The demo's reply box behaves as Redactor 9 does: a contenteditable edited through the browser's
// own editing commands (so the browser's undo is the editor's undo), a toolbar of those commands,
// and the hidden textarea kept in sync with the box for the form to send.
const box = document.querySelector<HTMLElement>('.redactor_box');
const editable = box?.querySelector<HTMLElement>('.redactor_editor');
const source = box?.querySelector<HTMLTextAreaElement>('textarea');
if (!box || !editable || !source) throw new Error('Demo conversation markup is incomplete');

const sync = () => (source.value = editable.innerHTML);
editable.addEventListener('input', sync);
sync();

for (const button of box.querySelectorAll<HTMLButtonElement>('.redactor_toolbar [data-command]')) {
  // Keep the caret in the box: a toolbar click must not take the focus.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    document.execCommand(button.dataset.command!);
    sync();
  });
}

// Tests read the box's text, the only model a contenteditable has, the way the editor fixtures expose theirs.
window.fixtureEditor = { kind: 'contenteditable', getText: () => editable.innerText.replace(/\n+$/, '') };
