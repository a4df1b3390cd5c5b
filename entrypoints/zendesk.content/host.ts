import { readEditableText } from '@/lib/editors/dom-text';
import { visibleText, type HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

export const zendeskHost: HostAdapter = {
  id: 'zendesk',
  findEditors(doc) {
    return Array.from(doc.querySelectorAll<HTMLElement>(selectors.replyEditor));
  },
  customerMessage(editor) {
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
};
