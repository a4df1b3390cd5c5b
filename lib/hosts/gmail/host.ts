import { readEditableText } from '@/lib/editors/dom-text';
import { parseQuoteAttribution } from './quote-attribution';
import { isRendered } from '@/lib/hosts/page-reading';
import type { CustomerMessage, HostAdapter } from '@/lib/hosts/types';
import { unionMatches } from '@/lib/hosts/signals';
import { createGmailComposeAdapter } from './compose-editor';
import * as selectors from './selectors';

const ACCOUNT_LABEL = /^Google Account:\s*(.*?)\s*\(([^()\s]+@[^()\s]+)\)\s*$/;

function signedInAccount(doc: Document): { name: string; email: string } | null {
  const label = doc.querySelector(selectors.accountButton)?.getAttribute('aria-label') ?? '';
  const match = ACCOUNT_LABEL.exec(label);
  return match ? { name: match[1] ?? '', email: (match[2] ?? '').toLowerCase() } : null;
}

/** The address this editor's message goes out from: the compose form's own, else the signed-in account's. */
function agentAddress(editor: HTMLElement): string | undefined {
  const from = editor
    .closest(selectors.composeForm)
    ?.querySelector<HTMLInputElement>(selectors.composeFromAddress)
    ?.value.trim();
  return from ? from.toLowerCase() : signedInAccount(editor.ownerDocument)?.email;
}

/** An inline reply answers the conversation shown around it; a compose window floats apart from it. */
function isInlineReply(editor: HTMLElement): boolean {
  return !!editor.closest(selectors.threadView) && !editor.closest(selectors.composeDialog);
}

/** The latest message in the open conversation that the agent did not write themselves. */
function latestThreadMessageFromOthers(editor: HTMLElement, agentEmail: string | undefined): CustomerMessage | null {
  const scope = editor.closest(selectors.threadView) ?? editor.ownerDocument;
  const messages = Array.from(scope.querySelectorAll(selectors.threadMessage)).reverse();
  for (const message of messages) {
    const sender = message.querySelector(selectors.messageSender);
    const body = message.querySelector<HTMLElement>(selectors.messageBody);
    if (!sender || !body) continue;
    if (agentEmail && sender.getAttribute('email')?.toLowerCase() === agentEmail) continue;
    return { text: readEditableText(body).text, authorName: sender.getAttribute('name') ?? sender.textContent };
  }
  return null;
}

/**
 * The newest quoted message in the draft that the agent did not write: the quotes nest from newest
 * (outermost) to oldest, each introduced by its "On …, Name <address> wrote:" line.
 */
function latestQuotedMessageFromOthers(editor: HTMLElement, agentEmail: string | undefined): CustomerMessage | null {
  let quote = editor.querySelector(selectors.quote);
  while (quote) {
    const author = parseQuoteAttribution(quote.querySelector(selectors.quoteAttribution)?.textContent ?? '');
    const message = quote.querySelector<HTMLElement>(selectors.quotedMessage);
    if (!message) return null;
    // A quote whose author cannot be read is not known to be the agent's own.
    if (!author || author.email !== agentEmail) {
      return { text: textOutsideQuotes(message), authorName: author?.name ?? null };
    }
    quote = message.querySelector(selectors.quote);
  }
  return null;
}

/** A quoted message's own words, without the older messages quoted inside it. */
function textOutsideQuotes(message: HTMLElement): string {
  const own = message.cloneNode(true) as HTMLElement;
  own.querySelectorAll(selectors.quote).forEach((older) => older.remove());
  return readEditableText(own).text.trim();
}

export const gmailHost: HostAdapter = {
  id: 'gmail',
  findEditors(doc) {
    // A minimised compose window keeps its body on the page, hidden.
    return unionMatches(doc, selectors.composeBody).filter(isRendered);
  },
  customerMessage(editor) {
    const agentEmail = agentAddress(editor);
    const fromThread = isInlineReply(editor) ? latestThreadMessageFromOthers(editor, agentEmail) : null;
    // A compose window or pop-out knows its conversation only from the history quoted in it; a new
    // message quotes nothing and has no customer yet.
    return fromThread ?? latestQuotedMessageFromOthers(editor, agentEmail);
  },
  agentName(doc) {
    return signedInAccount(doc)?.name || null;
  },
  // Everything written in Gmail is read as mail.
  conversationChannel: () => 'email',
  createEditor: createGmailComposeAdapter,
};
