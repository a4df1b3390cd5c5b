/** What a help desk page tells Tactful about the conversation an editor belongs to. */
export interface HostAdapter {
  readonly id: 'zendesk' | 'gmail' | 'any-editor';
  /** Reply editors on the page right now (the elements the agent types into). */
  findEditors(doc: Document): HTMLElement[];
  /** The customer's latest message in the conversation this editor answers, as plain text. */
  customerMessage(editor: HTMLElement): CustomerMessage | null;
  /** The signed-in agent's display name, for closings. */
  agentName(doc: Document): string | null;
  /**
   * Who will read what the agent writes in this editor, for hosts whose composer switches between
   * a reply to the customer and a note only colleagues see. Absent: every editor writes to the customer.
   */
  replyChannel?(editor: HTMLElement): ReplyChannel;
  /**
   * The id of the ticket this editor answers, for the {{ticket.id}} placeholder. Absent, or null,
   * where the page shows none (mail has no ticket numbers).
   */
  ticketId?(editor: HTMLElement): string | null;
}

/** 'public': the customer reads it. 'internal': only agents see it (Zendesk's internal notes). */
export type ReplyChannel = 'public' | 'internal';

export interface CustomerMessage {
  text: string;
  authorName: string | null;
}

export function firstName(fullName: string | null | undefined): string | undefined {
  const first = fullName?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}

/** Text a person sees in an element, without decorations hidden from assistive tech (avatars, icons). */
export function visibleText(element: Element | null): string | null {
  if (!element) return null;
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') !== 'true') {
      node.childNodes.forEach(walk);
    }
  };
  walk(element);
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed || null;
}

/**
 * False when the element is not rendered: inside a closed tab's pane, a minimised window or
 * anything else hidden with `hidden` or `display: none`. An editor the agent cannot see is not the
 * one they are writing in.
 */
export function isRendered(element: Element): boolean {
  if (element.closest('[hidden]')) return false;
  // checkVisibility() walks the computed styles (Chromium 105+, Firefox 106+); where it is missing,
  // an element without layout boxes is not rendered either.
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return element.getClientRects().length > 0;
}
