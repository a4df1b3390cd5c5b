import { readEditableText } from '@/lib/editors/dom-text';
import type { HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

const ACCOUNT_LABEL = /^Google Account:\s*(.*?)\s*\(([^()\s]+@[^()\s]+)\)\s*$/;

function signedInAccount(doc: Document): { name: string; email: string } | null {
  const label = doc.querySelector(selectors.accountButton)?.getAttribute('aria-label') ?? '';
  const match = ACCOUNT_LABEL.exec(label);
  return match ? { name: match[1] ?? '', email: (match[2] ?? '').toLowerCase() } : null;
}

export const gmailHost: HostAdapter = {
  id: 'gmail',
  findEditors(doc) {
    return Array.from(doc.querySelectorAll<HTMLElement>(selectors.composeBody));
  },
  customerMessage(editor) {
    const doc = editor.ownerDocument;
    const agentEmail = signedInAccount(doc)?.email;
    const scope = editor.closest(selectors.threadView) ?? doc;
    // The latest message in the thread that the agent did not write themselves.
    const messages = Array.from(scope.querySelectorAll(selectors.threadMessage)).reverse();
    for (const message of messages) {
      const sender = message.querySelector(selectors.messageSender);
      const body = message.querySelector<HTMLElement>(selectors.messageBody);
      if (!sender || !body) continue;
      if (agentEmail && sender.getAttribute('email')?.toLowerCase() === agentEmail) continue;
      return { text: readEditableText(body).text, authorName: sender.getAttribute('name') ?? sender.textContent };
    }
    return null;
  },
  agentName(doc) {
    return signedInAccount(doc)?.name || null;
  },
};
