import { createToast } from '../shared/toast';
import { createComposeWindow } from './compose';
import { draftKey } from './popout-link';
import { quoteThread, readThread } from './quote';

const showToast = createToast('mail-toast');
const dock = document.querySelector<HTMLElement>('.popout-dock');
const threadId = new URLSearchParams(location.search).get('thread');
if (!dock || !threadId) throw new Error('The pop-out needs its dock and a ?thread= to reply to');

// Like Gmail's pop-out, the window loads the conversation itself: here from the mailbox page, which
// holds the demo's only thread.
const mailbox = new DOMParser().parseFromString(await (await fetch('./')).text(), 'text/html');
const thread = mailbox.querySelector<HTMLElement>(`[data-thread-id="${threadId}"]`);
if (!thread) throw new Error(`No conversation ${threadId} in the mailbox`);
const subject = thread.querySelector('h2.hP')?.textContent?.trim() ?? '';
const messages = readThread(mailbox);
const agentEmail = mailbox.body.dataset.agentEmail ?? '';
const customer = [...messages].reverse().find((message) => message.senderEmail !== agentEmail);

const draft = localStorage.getItem(draftKey(threadId)) ?? '<div><br></div>';
// The agent's signature as Gmail writes it into a reply, between the draft and the quoted thread,
// here without the "-- " line (Gmail mails in public archives show both; lib/hosts/EVIDENCE.md).
const signature =
  '<div><br></div>' +
  '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">BrightBill Support<br>' +
  'BILLING TEAM · MON–FRI 9–5</div>';
localStorage.removeItem(draftKey(threadId));

const compose = createComposeWindow({
  title: `Re: ${subject}`,
  fromAddress: agentEmail,
  to: customer ? `${customer.senderName} <${customer.senderEmail}>` : '',
  subject: `Re: ${subject}`,
  bodyHtml: `${draft}${signature}<br>${quoteThread(messages)}`,
  minimisable: false,
  onSend(sent) {
    if (!sent.text()) {
      showToast('Your message is empty.');
      return;
    }
    sent.body.replaceChildren();
    sent.body.contentEditable = 'false';
    showToast('Message sent. You can close this window.');
  },
  onDiscard(discarded) {
    discarded.close();
    showToast('Draft discarded. You can close this window.');
  },
});
compose.dialog.classList.add('is-popout');
dock.append(compose.dialog);
compose.body.focus();
