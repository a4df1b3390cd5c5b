// A Gmail-style compose window: a dialog holding a form with the hidden "from" field, recipients,
// subject and the bare contenteditable body Gmail uses (one <div> per line). The mailbox opens
// these for new messages; the pop-out page shows one filling its window.

export interface ComposeWindowOptions {
  /** "New Message", or the subject of the conversation a reply belongs to. */
  title: string;
  fromAddress: string;
  to?: string;
  subject?: string;
  /** Trusted markup from the demo itself (a saved draft, quoted history). */
  bodyHtml?: string;
  /** Pop-outs have no minimise button: they are their own window. */
  minimisable: boolean;
  onSend(compose: ComposeWindow): void;
  onDiscard(compose: ComposeWindow): void;
}

export interface ComposeWindow {
  dialog: HTMLElement;
  body: HTMLElement;
  text(): string;
  close(): void;
}

export function createComposeWindow(options: ComposeWindowOptions): ComposeWindow {
  const dialog = document.createElement('div');
  dialog.className = 'nH Hd compose-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', options.title);
  dialog.innerHTML = `
    <div class="compose-title">
      <h2 class="compose-heading"></h2>
      ${options.minimisable ? '<button type="button" class="compose-window-button" data-action="minimise" aria-label="Minimize">&#8211;</button>' : ''}
      <button type="button" class="compose-window-button" data-action="close" aria-label="Save &amp; close">&times;</button>
    </div>
    <form class="compose-form compose-window-form" method="post" action="#">
      <input type="hidden" name="from" />
      <label class="compose-field"><span>To</span><input type="text" name="to" aria-label="To recipients" /></label>
      <label class="compose-field"><input type="text" name="subjectbox" aria-label="Subject" placeholder="Subject" /></label>
      <div class="Am Al editable compose-window-body" aria-label="Message Body" aria-multiline="true" role="textbox"
        g_editable="true" contenteditable="true" tabindex="1"></div>
      <div class="compose-actions">
        <button type="submit" class="send-button" aria-label="Send ‪(Ctrl-Enter)‬">Send</button>
        <span class="header-spacer"></span>
        <button type="button" class="compose-window-button" data-action="discard" aria-label="Discard draft">Discard</button>
      </div>
    </form>`;
  dialog.querySelector('.compose-heading')!.textContent = options.title;
  const form = dialog.querySelector('form')!;
  form.querySelector<HTMLInputElement>('input[name="from"]')!.value = options.fromAddress;
  form.querySelector<HTMLInputElement>('input[name="to"]')!.value = options.to ?? '';
  form.querySelector<HTMLInputElement>('input[name="subjectbox"]')!.value = options.subject ?? '';
  const body = form.querySelector<HTMLElement>('[role="textbox"]')!;
  body.innerHTML = options.bodyHtml ?? '<div><br></div>';

  const compose: ComposeWindow = {
    dialog,
    body,
    text: () => body.innerText.trim(),
    close: () => dialog.remove(),
  };

  dialog.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'minimise') dialog.classList.toggle('is-minimised');
    else if (action === 'close') compose.close();
    else if (action === 'discard') options.onDiscard(compose);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSend(compose);
  });
  // Host-owned shortcut inside the editor, as in Gmail: Ctrl+Enter (Cmd+Enter on macOS) sends.
  body.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      options.onSend(compose);
    }
  });
  return compose;
}
