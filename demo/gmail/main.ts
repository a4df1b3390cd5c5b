import { createToast, formatClock, formatDay, minutesAgo } from '../shared/toast';
import { createComposeWindow, type ComposeWindow } from './compose';
import { draftKey } from './popout-link';

const showToast = createToast('mail-toast');
const messageBody = document.querySelector<HTMLElement>('div[role="textbox"][aria-label="Message Body"]');
const form = document.querySelector<HTMLFormElement>('.compose-form');
const messageList = document.querySelector<HTMLElement>('.message-list');
const agentEmail = document.body.dataset.agentEmail ?? '';
const composeButton = document.querySelector<HTMLButtonElement>('[data-action="compose"]');
const popoutButton = document.querySelector<HTMLButtonElement>('[data-action="popout"]');
const composeDock = document.querySelector<HTMLElement>('.compose-dock');
const threadId = document.querySelector<HTMLElement>('[data-thread-id]')?.dataset.threadId;
if (!messageBody || !form || !messageList || !composeButton || !popoutButton || !composeDock || !threadId) {
  throw new Error('Demo mail markup is incomplete');
}

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

// New messages open in compose windows docked at the bottom right, several at once, newest on the left.
const MAX_COMPOSE_WINDOWS = 3;

composeButton.addEventListener('click', () => {
  if (composeDock.childElementCount >= MAX_COMPOSE_WINDOWS) {
    showToast('Close a draft to open another compose window.');
    return;
  }
  const compose: ComposeWindow = createComposeWindow({
    title: 'New Message',
    fromAddress: agentEmail,
    minimisable: true,
    onSend(sent) {
      if (!sent.text()) {
        showToast('Your message is empty.');
        return;
      }
      sent.close();
      showToast('Message sent.');
    },
    onDiscard(discarded) {
      discarded.close();
      showToast('Draft discarded.');
    },
  });
  composeDock.prepend(compose.dialog);
  compose.body.focus();
});

// Pop-out: the reply moves to a window of its own. Its draft is saved first (Gmail keeps drafts on
// its server; the demo keeps them in localStorage) and the new window quotes the conversation.
popoutButton.addEventListener('click', () => {
  localStorage.setItem(draftKey(threadId), messageBody.innerHTML);
  const url = new URL('popout.html', location.href);
  url.searchParams.set('thread', threadId);
  const popout = window.open(url.href, `reply-${threadId}`, 'popup,width=760,height=680');
  if (!popout) {
    localStorage.removeItem(draftKey(threadId));
    showToast('The pop-out window was blocked. Allow pop-ups for this page and try again.');
    return;
  }
  // The reply now lives in the other window; the thread shows where it went.
  const replyBox = form.closest('.reply-box');
  const note = document.createElement('p');
  note.className = 'reply-moved';
  note.textContent = 'Your reply is open in another window.';
  replyBox?.replaceWith(note);
});
