// Quoted history the way Gmail writes it into a reply: each message in a div.gmail_quote with an
// "On <date> Name <address> wrote:" line and a blockquote, older messages nested inside newer ones.
import { minutesAgo } from '../shared/toast';

export interface ThreadMessage {
  senderName: string;
  senderEmail: string;
  sentAt: Date;
  /** The message body's markup, from the demo's own thread page. */
  bodyHtml: string;
}

/** The messages of the conversation shown on a mailbox page, oldest first. */
export function readThread(doc: Document): ThreadMessage[] {
  return Array.from(doc.querySelectorAll('div.adn'), (message) => {
    const sender = message.querySelector('span.gD[email]');
    const minutes = Number(message.querySelector<HTMLElement>('.g3[data-minutes-ago]')?.dataset.minutesAgo ?? 0);
    return {
      senderName: sender?.getAttribute('name') ?? '',
      senderEmail: sender?.getAttribute('email') ?? '',
      sentAt: minutesAgo(minutes),
      bodyHtml: message.querySelector('div.a3s')?.innerHTML ?? '',
    };
  });
}

/** "Mon, Jun 3, 2024 at 4:40 PM", as Gmail dates an attribution line in English. */
function attributionDate(date: Date): string {
  const day = date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  return `${day} at ${time}`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!,
  );
}

/** The thread as a reply quotes it: the newest message outermost. */
export function quoteThread(messages: readonly ThreadMessage[]): string {
  let quoted = '';
  for (const message of messages) {
    const email = escapeHtml(message.senderEmail);
    quoted =
      '<div class="gmail_quote gmail_quote_container">' +
      `<div dir="ltr" class="gmail_attr">On ${escapeHtml(attributionDate(message.sentAt))} ${escapeHtml(message.senderName)} ` +
      `&lt;<a href="mailto:${email}">${email}</a>&gt; wrote:<br></div>` +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
      message.bodyHtml +
      (quoted ? `<br>${quoted}` : '') +
      '</blockquote></div>';
  }
  return quoted;
}
