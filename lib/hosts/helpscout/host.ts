import { readEditableText } from '@/lib/editors/dom-text';
import { visibleText, writableEditors } from '@/lib/hosts/page-reading';
import { allMatches, firstMatch, unionMatches } from '@/lib/hosts/signals';
import type { CustomerMessage, HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

// Help Scout's conversation page: two signals for the customer's latest message, tried in order:
// the thread's type (a customer or Beacon chat thread), then a thread whose header names the
// customer shown in the sidebar. Notes are never the customer's.

/** The article a thread's content belongs to (the thread itself when the page shows no article). */
const articleOf = (thread: Element) => thread.closest('article.thread') ?? thread;

const isInternal = (thread: Element) => articleOf(thread).matches(selectors.internalThread);

function messageOf(thread: Element, authorName: string | null): CustomerMessage | null {
  const body = firstMatch(thread, selectors.threadBody) ?? (thread as HTMLElement);
  const text = readEditableText(body).text.trim();
  return text ? { text, authorName } : null;
}

function latestOf(threads: readonly Element[], accept: (thread: Element) => boolean, author: string | null) {
  for (const thread of [...threads].reverse()) {
    if (isInternal(thread) || !accept(thread)) continue;
    const message = messageOf(thread, author);
    if (message) return { thread, message };
  }
  return null;
}

function latestCustomerThread(doc: Document) {
  const threads = allMatches(doc, selectors.thread);
  const customer = visibleText(doc.querySelector(selectors.customerName));
  const byType = latestOf(threads, (t) => articleOf(t).matches(selectors.customerThread.join(', ')), customer);
  if (byType || !customer) return byType;
  const namesCustomer = (t: Element) =>
    visibleText(articleOf(t).querySelector(selectors.threadHeader))?.includes(customer) ?? false;
  return latestOf(threads, namesCustomer, customer);
}

export const helpScoutHost: HostAdapter = {
  id: 'helpscout',
  findEditors(doc) {
    return writableEditors(unionMatches(doc, selectors.replyEditor));
  },
  customerMessage(editor) {
    return latestCustomerThread(editor.ownerDocument)?.message ?? null;
  },
  agentName() {
    // No public code we found reads the signed-in user's name from Help Scout's markup (what we
    // searched is in lib/hosts/EVIDENCE.md).
    return null;
  },
  ticketId(editor) {
    const doc = editor.ownerDocument;
    const number = selectors.conversationPath.exec(doc.location?.pathname ?? '')?.[2];
    if (number) return number;
    const attribute = selectors.conversationIdAttribute;
    return doc.querySelector(`[${attribute}]`)?.getAttribute(attribute)?.trim() || null;
  },
  conversationChannel(editor) {
    // Help Scout is a shared mailbox: a conversation is email unless the customer wrote in a Beacon chat.
    const latest = latestCustomerThread(editor.ownerDocument);
    return latest && articleOf(latest.thread).matches(selectors.chatThread) ? 'chat' : 'email';
  },
};
