import { Bold, DecoupledEditor, Essentials, Italic, Link, List, Paragraph, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { createToast, formatClock, minutesAgo } from '../shared/toast';

type Channel = 'public' | 'internal';

const showToast = createToast('toast-notification');
const editableElement = document.querySelector<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]');
const toolbarSlot = document.querySelector<HTMLElement>('[data-test-id="omnichannel-composer-toolbar"]');
const log = document.querySelector<HTMLElement>('[data-test-id="omni-log-container"]');
const composer = document.querySelector<HTMLFormElement>('[data-test-id="omnichannel-composer"]');
const submitButton = document.querySelector<HTMLButtonElement>('[data-test-id="submit_button-button"]');
const macroButton = document.querySelector<HTMLButtonElement>('[data-test-id="ticket-footer-macro-button"]');
if (!editableElement || !toolbarSlot || !log || !composer || !submitButton || !macroButton) {
  throw new Error('Demo workspace markup is incomplete');
}

for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-minutes-ago]')) {
  const when = minutesAgo(Number(time.dataset.minutesAgo));
  time.dateTime = when.toISOString();
  time.title = when.toLocaleString('en-US');
}

// DecoupledEditor turns the existing element into the editable (as the real workspace does),
// so the data-test-id stays on the `.ck-editor__editable` element itself.
const editor = await DecoupledEditor.create(editableElement, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Link, List, Undo],
  toolbar: ['bold', 'italic', '|', 'link', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
  placeholder: 'Write a public reply…',
});
if (editor.ui.view.toolbar.element) toolbarSlot.append(editor.ui.view.toolbar.element);
editableElement.setAttribute('aria-label', 'Rich text editor: public reply');

// Like the real workspace, open the log at its newest entry.
log.scrollTop = log.scrollHeight;

let channel: Channel = 'public';

function selectChannel(next: Channel): void {
  channel = next;
  composer!.dataset.channel = next;
  for (const option of composer!.querySelectorAll<HTMLButtonElement>('[data-channel]')) {
    const selected = option.dataset.channel === next;
    option.classList.toggle('is-selected', selected);
    option.setAttribute('aria-checked', String(selected));
  }
  const label = next === 'public' ? 'public reply' : 'internal note';
  editableElement!.setAttribute('aria-label', `Rich text editor: ${label}`);
  const placeholder = next === 'public' ? 'Write a public reply…' : 'Add an internal note (only agents see it)…';
  editableElement!.dataset.placeholder = placeholder;
  editableElement!.querySelector('p.ck-placeholder')?.setAttribute('data-placeholder', placeholder);
}

composer.addEventListener('click', (event) => {
  const option = (event.target as Element).closest<HTMLButtonElement>('[data-channel]');
  if (option?.dataset.channel === 'public' || option?.dataset.channel === 'internal') {
    selectChannel(option.dataset.channel);
  }
});

function appendToLog(html: string, kind: Channel): void {
  const article = document.createElement('article');
  article.className = kind === 'internal' ? 'log-item log-item-internal' : 'log-item';
  article.dataset.testId = 'omni-log-comment-item';
  const now = new Date();
  article.innerHTML = `
    <span class="avatar avatar-agent" aria-hidden="true">SR</span>
    <div class="log-body">
      <div class="log-heading">
        <span data-test-id="omni-log-item-sender"><strong>Sam Rivera</strong></span>
        ${kind === 'internal' ? '<div class="internal-tag" data-test-id="omni-log-internal-note-tag">Internal note</div>' : '<span class="role-badge">Agent</span>'}
        <time data-test-id="timestamp-relative"></time>
      </div>
      <div class="message ${kind === 'internal' ? 'message-internal' : 'message-agent'}"
        data-test-id="omni-log-item-message" type="${kind === 'internal' ? 'internal' : 'agent'}">
        <div data-test-id="omni-log-message-content"></div>
      </div>
    </div>`;
  const time = article.querySelector('time')!;
  time.dateTime = now.toISOString();
  time.textContent = `Today ${formatClock(now)}`;
  // The editor's own getData() output is sanitised by CKEditor's schema (only the loaded plugins'
  // markup survives), so it can be shown as HTML the way the host shows sent replies.
  article.querySelector('[data-test-id="omni-log-message-content"]')!.innerHTML = html;
  log!.append(article);
  article.scrollIntoView({ block: 'nearest' });
}

function submit(): void {
  const html = editor.getData();
  if (!html.trim()) {
    showToast('Nothing to submit: the reply is empty.');
    return;
  }
  appendToLog(html, channel);
  editor.setData('');
  showToast(channel === 'public' ? 'Ticket #4821 updated: public reply sent.' : 'Ticket #4821 updated: internal note added.');
}

composer.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});

function applyMacro(): void {
  showToast('Macro applied: "Connectivity – arrange engineer visit".');
}

macroButton.addEventListener('click', applyMacro);

// Host-owned keyboard shortcuts. The extension must leave these working.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey && event.altKey && !event.shiftKey && event.code === 'KeyM') {
    event.preventDefault();
    applyMacro();
  } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && editableElement.contains(event.target as Node)) {
    event.preventDefault();
    submit();
  }
});
