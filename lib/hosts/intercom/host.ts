import { readEditableText } from '@/lib/editors/dom-text';
import { visibleText, writableEditors } from '@/lib/hosts/page-reading';
import { allMatches, firstMatch, unionMatches } from '@/lib/hosts/signals';
import type { CustomerMessage, HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

// Intercom's inbox: three signals for the customer's latest message, tried in order: the stream's
// own "last user comment" mark, the latest part typed as the customer's, and the latest part that
// is neither a teammate's, a bot's nor an internal note.

const matchesAny = (part: Element, signals: readonly string[]) =>
  signals.some((selector) => part.matches(selector) || part.querySelector(selector));

function isNote(part: Element): boolean {
  return part.matches(selectors.notePart) || !!part.querySelector(selectors.notePart);
}

function messageOf(part: Element, authorName: string | null): CustomerMessage | null {
  if (isNote(part)) return null;
  const body = firstMatch(part, selectors.partBody) ?? (part as HTMLElement);
  const text = readEditableText(body).text.trim();
  return text ? { text, authorName } : null;
}

function latestOf(parts: readonly Element[], authorName: string | null): CustomerMessage | null {
  for (const part of [...parts].reverse()) {
    const message = messageOf(part, authorName);
    if (message) return message;
  }
  return null;
}

function latestCustomerMessage(doc: Document): CustomerMessage | null {
  const stream = firstMatch(doc, selectors.conversationStream) ?? doc;
  const author = visibleText(firstMatch(doc, selectors.customerName));
  const marked = stream.querySelectorAll(selectors.lastCustomerComment);
  return (
    latestOf(Array.from(marked), author) ??
    latestOf(allMatches(stream, selectors.customerPart), author) ??
    latestOf(
      allMatches(stream, selectors.conversationPart).filter((part) => !matchesAny(part, selectors.teammatePart)),
      author,
    )
  );
}

/**
 * The signed-in teammate's name, as it shows on a part they wrote in the open conversation: their
 * id comes from their own inbox's address, their name from the profile link on their parts. Null
 * when they have not written in this conversation (no public code reads it from anywhere else),
 * so an {{agent}} placeholder stays for the agent to fill.
 */
function signedInTeammateName(doc: Document): string | null {
  const ownInbox = doc.querySelector(selectors.ownInboxLink)?.getAttribute('href') ?? '';
  const id = selectors.teammateIdInPath.exec(ownInbox)?.[1];
  if (!id) return null;
  const stream = firstMatch(doc, selectors.conversationStream) ?? doc;
  return visibleText(stream.querySelector(selectors.teammateNameLink(id))) || null;
}

export const intercomHost: HostAdapter = {
  id: 'intercom',
  findEditors(doc) {
    return writableEditors(unionMatches(doc, selectors.replyEditor));
  },
  customerMessage(editor) {
    return latestCustomerMessage(editor.ownerDocument);
  },
  agentName(doc) {
    return signedInTeammateName(doc);
  },
  ticketId(editor) {
    const doc = editor.ownerDocument;
    const fromPath = selectors.conversationPath.exec(doc.location?.pathname ?? '')?.[1];
    if (fromPath) return fromPath;
    const link = doc.querySelector(selectors.activeListItem)?.getAttribute('href') ?? '';
    return selectors.conversationPath.exec(link)?.[1] ?? null;
  },
  replyChannel(editor) {
    const [noteEditor, ...noteTabs] = selectors.noteComposer;
    const inNote = !!editor.closest(noteEditor!) || !!firstMatch(editor.ownerDocument, noteTabs);
    return inNote ? 'internal' : 'public';
  },
  conversationChannel(editor) {
    // Intercom's conversations are Messenger chats unless the customer wrote by email.
    return firstMatch(editor.ownerDocument, selectors.emailMarks) ? 'email' : 'chat';
  },
};
