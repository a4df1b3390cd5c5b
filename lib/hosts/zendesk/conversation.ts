// Reading a Zendesk ticket's conversation log: which entry is the customer's latest message. Three
// independent signals, tried in order: the log's own "end-user" type, the requester's name on the
// entry, and the latest entry that is neither internal nor written by an agent.

import { readEditableText } from '@/lib/editors/dom-text';
import { visibleText } from '@/lib/hosts/page-reading';
import { allMatches, firstMatch } from '@/lib/hosts/signals';
import type { CustomerMessage } from '@/lib/hosts/types';
import * as selectors from './selectors';

function isInternal(item: Element): boolean {
  if (selectors.internalNoteItem.some((selector) => item.querySelector(selector))) return true;
  // The older layout marks the public comments instead.
  return (
    item.matches(selectors.logItem.at(-1)!) &&
    !item.closest(selectors.legacyPublicComment) &&
    !item.querySelector(selectors.legacyPublicComment)
  );
}

function ownerDocument(scope: ParentNode): Document {
  return scope instanceof Document ? scope : ((scope as Node).ownerDocument ?? document);
}

function senderOf(item: Element): string | null {
  return visibleText(firstMatch(item, selectors.logItemSender));
}

function messageOf(item: Element, authorName: string | null): CustomerMessage | null {
  const content =
    firstMatch(item, selectors.messageContent) ?? item.querySelector<HTMLElement>(selectors.logItemMessage);
  const text = content ? readEditableText(content).text.trim() : '';
  return text ? { text, authorName } : null;
}

/** Whom an entry's message type says wrote it: "end-user", "agent", "internal", or null when untyped. */
function typeOf(item: Element): string | null {
  return item.querySelector(selectors.logItemMessage)?.getAttribute('type') ?? null;
}

/** The latest entry, newest first, that passes `accept`, read as the customer's message. */
function latest(items: readonly Element[], accept: (item: Element) => boolean, author?: string | null) {
  for (const item of [...items].reverse()) {
    if (isInternal(item) || !accept(item)) continue;
    const message = messageOf(item, author ?? senderOf(item));
    if (message) return message;
  }
  return null;
}

/**
 * The customer's latest message in one ticket's log (`scope`: the ticket's pane, or the page).
 * `agentName` is the signed-in agent's, whose own entries are never the customer's.
 */
export function latestCustomerMessage(scope: ParentNode, agentName: string | null): CustomerMessage | null {
  const items = allMatches(scope, selectors.logItem);
  if (items.length === 0) return null;
  const typed = items.some((item) => typeOf(item) !== null);
  if (typed) return latest(items, (item) => typeOf(item) === 'end-user');
  const requester =
    visibleText(firstMatch(scope, selectors.requesterName)) ??
    visibleText(firstMatch(ownerDocument(scope), selectors.requesterName));
  const byRequester = requester ? latest(items, (item) => senderOf(item) === requester, requester) : null;
  return byRequester ?? latest(items, (item) => !agentName || senderOf(item) !== agentName);
}
