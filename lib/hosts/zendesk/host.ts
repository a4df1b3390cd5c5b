import { readEditableText } from '@/lib/editors/dom-text';
import { isRendered, visibleText } from '@/lib/hosts/page-reading';
import type { HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

export const zendeskHost: HostAdapter = {
  id: 'zendesk',
  findEditors(doc) {
    // Tickets in background tabs keep their composers on the page, hidden; the agent writes in the shown one.
    return Array.from(doc.querySelectorAll<HTMLElement>(selectors.replyEditor)).filter(isRendered);
  },
  customerMessage(editor) {
    // Several tickets can be open at once: only the editor's own ticket's conversation counts.
    const scope = editor.closest(selectors.ticketPane) ?? editor.ownerDocument;
    const messages = scope.querySelectorAll(selectors.endUserMessage);
    const latest = messages[messages.length - 1];
    const content = latest?.querySelector<HTMLElement>(selectors.messageContent);
    if (!latest || !content) return null;
    return {
      text: readEditableText(content).text,
      authorName: visibleText(latest.closest(selectors.logItem)?.querySelector(selectors.logItemSender) ?? null),
    };
  },
  agentName(doc) {
    return visibleText(doc.querySelector(selectors.currentAgent));
  },
  ticketId(editor) {
    return editor.closest(selectors.ticketPane)?.getAttribute(selectors.ticketIdAttribute)?.trim() || null;
  },
  replyChannel(editor) {
    return editor.closest(selectors.composer)?.querySelector(selectors.internalNoteSelected) ? 'internal' : 'public';
  },
};
