import { readEditableText } from '@/lib/editors/dom-text';
import { personName, visibleText, writableEditors } from '@/lib/hosts/page-reading';
import { allMatches, firstMatch, unionMatches } from '@/lib/hosts/signals';
import type { CustomerMessage, HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

// Jira Service Management: the customer's latest message is the latest comment the request's
// reporter wrote, never an internal note; before they have commented, it is the request itself.

function textOf(element: Element | null): string {
  return element ? readEditableText(element as HTMLElement).text.trim() : '';
}

/** A comment's number: Jira numbers comments in the order they were written. */
function commentNumber(comment: Element): number {
  const marked = comment.getAttribute('data-testid') ?? comment.getAttribute('data-componentid') ?? '';
  return Number(selectors.commentNumber.exec(marked)?.[1] ?? Number.NaN);
}

/** The comments newest first, whichever order the activity shows them in (newest or oldest first). */
function newestFirst(comments: Element[]): Element[] {
  const numbered = comments.every((comment) => Number.isFinite(commentNumber(comment)));
  return numbered ? comments.sort((a, b) => commentNumber(b) - commentNumber(a)) : comments.reverse();
}

function latestReporterComment(doc: Document, reporter: string): CustomerMessage | null {
  for (const comment of newestFirst(allMatches(doc, selectors.comment))) {
    if (comment.querySelector(selectors.internalComment)) continue;
    if (visibleText(firstMatch(comment, selectors.commentAuthor))?.trim() !== reporter) continue;
    const text = textOf(firstMatch(comment, selectors.commentBody));
    if (text) return { text, authorName: reporter };
  }
  return null;
}

function latestCustomerMessage(doc: Document): CustomerMessage | null {
  const reporter = visibleText(firstMatch(doc, selectors.reporter))?.trim() || null;
  const fromComments = reporter ? latestReporterComment(doc, reporter) : null;
  if (fromComments) return fromComments;
  const request = textOf(doc.querySelector(selectors.description));
  return request ? { text: request, authorName: reporter } : null;
}

/**
 * The signed-in agent's name: the one Jira puts in the page's head, else the one in the profile
 * menu while the agent has it open. Null when neither gives a name, so an {{agent.firstName}}
 * placeholder stays for the agent to fill.
 */
function signedInAgentName(doc: Document): string | null {
  const fromHead = personName(doc.querySelector<HTMLMetaElement>(selectors.agentNameMeta)?.content);
  return fromHead ?? personName(visibleText(doc.querySelector(selectors.profileMenuName)));
}

export const jsmHost: HostAdapter = {
  id: 'jsm',
  findEditors(doc) {
    return writableEditors(unionMatches(doc, selectors.replyEditor));
  },
  customerMessage(editor) {
    return latestCustomerMessage(editor.ownerDocument);
  },
  agentName(doc) {
    return signedInAgentName(doc);
  },
  ticketId(editor) {
    const location = editor.ownerDocument.location;
    return selectors.issueKey.exec(`${location?.pathname ?? ''}${location?.search ?? ''}`)?.[1] ?? null;
  },
  replyChannel(editor) {
    return firstMatch(editor.ownerDocument, selectors.internalNoteComposer) ? 'internal' : 'public';
  },
  conversationChannel() {
    // A request's replies reach the customer as mail (and on the portal): JSM has no chat composer.
    return 'email';
  },
};
