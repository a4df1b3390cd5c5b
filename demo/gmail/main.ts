import { createToast, formatClock, formatDay, minutesAgo } from '../shared/toast';

const showToast = createToast('mail-toast');
const messageBody = document.querySelector<HTMLElement>('div[role="textbox"][aria-label="Message Body"]');
const form = document.querySelector<HTMLFormElement>('.compose-form');
const messageList = document.querySelector<HTMLElement>('.message-list');
const agentEmail = document.body.dataset.agentEmail ?? '';
if (!messageBody || !form || !messageList) throw new Error('Demo mail markup is incomplete');

for (const stamp of document.querySelectorAll<HTMLElement>('.g3[data-minutes-ago]')) {
  const when = minutesAgo(Number(stamp.dataset.minutesAgo));
  stamp.title = `${formatDay(when)}, ${formatClock(when)}`;
}

// Like Gmail, the reply box is a bare contenteditable: the browser's own editing, one <div> per line.
function send(): void {
  const text = messageBody!.innerText.trim();
  if (!text) {
    showToast('Your message is empty.');
    return;
  }
  const item = document.createElement('div');
  item.className = 'adn ads';
  item.setAttribute('role', 'listitem');
  item.dataset.messageId = `msg-sent-${messageList!.children.length + 1}`;
  const gs = document.createElement('div');
  gs.className = 'gs';
  const head = document.createElement('div');
  head.className = 'message-head';
  head.innerHTML = `<span class="avatar avatar-agent" aria-hidden="true">BS</span>
    <h3 class="iw"><span class="gD" name="BrightBill Support">BrightBill Support</span>
    <span class="go"></span></h3><span class="g3"></span>`;
  head.querySelector('.gD')!.setAttribute('email', agentEmail);
  head.querySelector('.go')!.textContent = `<${agentEmail}>`;
  head.querySelector('.g3')!.textContent = formatClock(new Date());
  const body = document.createElement('div');
  body.className = 'ii gt';
  const content = document.createElement('div');
  content.className = 'a3s aiL';
  content.dir = 'ltr';
  for (const line of text.split('\n')) {
    const div = document.createElement('div');
    if (line) div.textContent = line;
    else div.append(document.createElement('br'));
    content.append(div);
  }
  body.append(content);
  gs.append(head, body);
  item.append(gs);
  messageList!.append(item);
  messageBody!.replaceChildren();
  showToast('Message sent.');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});

// Host-owned shortcut inside the editor, as in Gmail: Ctrl+Enter (Cmd+Enter on macOS) sends.
messageBody.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
    event.preventDefault();
    send();
  }
});
