import type { ConversationChannel } from '@/coaching';
import type { EditorAdapter } from '@/lib/editors/types';
import type { HostId } from './matches';

export type { ConversationChannel };

/** What a help desk page tells Tactful about the conversation an editor belongs to. */
export interface HostAdapter {
  readonly id: HostId;
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
  /**
   * How the customer will read the reply written in this editor: a mail ('email') or a chat or
   * messaging window ('chat'). Absent, or undefined, where the page does not say.
   */
  conversationChannel?(editor: HTMLElement): ConversationChannel | undefined;
  /**
   * An editor adapter of the host's own for an editor it found, where the generic one for its kind
   * would read more than the agent's words. Absent, or null: lib/editors/detect.ts decides.
   */
  createEditor?(editor: HTMLElement): EditorAdapter | null;
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
