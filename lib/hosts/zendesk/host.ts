import { isRendered, visibleText } from '@/lib/hosts/page-reading';
import { closestMatch, firstMatch, unionMatches } from '@/lib/hosts/signals';
import type { ConversationChannel, HostAdapter, ReplyChannel } from '@/lib/hosts/types';
import { latestCustomerMessage } from './conversation';
import * as selectors from './selectors';

/** Where the composer's channel switcher sends the reply, by its `data-channel` or its label. */
const INTERNAL = /internal/i;
const EMAIL = /^(web|email|mail)$|e-?mail|web ?form|public reply/i;
const CHAT = /messag|chat|whatsapp|sms|facebook|instagram|twitter|wechat|telegram|viber/i;

function channelFromText(text: string | null | undefined): ConversationChannel | 'internal' | undefined {
  if (!text) return undefined;
  if (INTERNAL.test(text)) return 'internal';
  if (CHAT.test(text)) return 'chat';
  if (EMAIL.test(text)) return 'email';
  return undefined;
}

/** The ticket's pane around an editor: several tickets can be open at once, each in its own pane. */
function paneOf(editor: HTMLElement): Element | null {
  return closestMatch(editor, selectors.ticketPane);
}

/** The channel switcher of the editor's own composer. */
function switcherOf(editor: HTMLElement): HTMLElement | null {
  const scope = editor.closest(selectors.composer) ?? paneOf(editor);
  return scope?.querySelector<HTMLElement>(selectors.channelSwitcher) ?? null;
}

/** What the switcher says: its `data-channel` first (a stable value), its label second. */
function switcherChannel(editor: HTMLElement) {
  const switcher = switcherOf(editor);
  return channelFromText(switcher?.dataset.channel) ?? channelFromText(switcher?.getAttribute('aria-label'));
}

/** The outermost editable: widgets inside an editor are part of it, not editors of their own. */
const isOutermost = (element: HTMLElement) => !element.parentElement?.isContentEditable;

export const zendeskHost: HostAdapter = {
  id: 'zendesk',
  findEditors(doc) {
    // Tickets in background tabs keep their composers on the page, hidden; the agent writes in the shown one.
    return unionMatches(doc, selectors.replyEditor).filter((editor) => isOutermost(editor) && isRendered(editor));
  },
  customerMessage(editor) {
    // Only the editor's own ticket's conversation counts.
    const scope = paneOf(editor) ?? editor.ownerDocument;
    return latestCustomerMessage(scope, zendeskHost.agentName(editor.ownerDocument));
  },
  agentName(doc) {
    return visibleText(firstMatch(doc, selectors.currentAgent));
  },
  ticketId(editor) {
    const pane = paneOf(editor);
    for (const attribute of selectors.ticketIdAttributes) {
      const id = pane?.closest(`[${attribute}]`)?.getAttribute(attribute)?.trim();
      if (id) return id;
    }
    return selectors.ticketPath.exec(editor.ownerDocument.location?.pathname ?? '')?.[1] ?? null;
  },
  replyChannel(editor): ReplyChannel {
    if (switcherChannel(editor) === 'internal') return 'internal';
    return editor.getAttribute('aria-label') === selectors.internalNoteEditorLabel ? 'internal' : 'public';
  },
  conversationChannel(editor) {
    const fromSwitcher = switcherChannel(editor);
    if (fromSwitcher && fromSwitcher !== 'internal') return fromSwitcher;
    const via = channelFromText(visibleText(paneOf(editor)?.querySelector(selectors.viaLabel) ?? null));
    return via === 'internal' ? undefined : via;
  },
};
