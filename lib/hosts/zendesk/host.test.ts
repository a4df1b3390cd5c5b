// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { zendeskHost } from '@/lib/hosts/zendesk/host';

/** A log entry as the Agent Workspace marks it up (lib/hosts/EVIDENCE.md). */
function logEntry(sender: string, type: 'end-user' | 'agent' | 'internal', text: string) {
  const tag = type === 'internal' ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : '';
  return `
    <article data-test-id="omni-log-comment-item">
      <span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link"><strong>${sender}</strong></a></span>
      ${tag}
      <div data-test-id="omni-log-item-message" type="${type}">
        <div data-test-id="omni-log-message-content"><p>${text}</p></div>
      </div>
    </article>`;
}

/** One ticket's pane in the Agent Workspace: its log and its composer (only the parts the host reads). */
function ticketPane(
  id: string,
  options: {
    customer: string;
    lastCustomerText: string;
    hidden?: boolean;
    channel?: { data: string; label: string };
    via?: string;
  },
) {
  const channel = options.channel ?? { data: 'web', label: 'Email' };
  return `
    <div class="ticket-pane" data-ticket-id="${id}" ${options.hidden ? 'hidden' : ''}>
      <section data-side-conversations-anchor-id="${id}">
        <div data-test-id="omni-header-via-label">${options.via ?? 'via Email'}</div>
        <div data-test-id="omni-log-container">
          ${logEntry(options.customer, 'end-user', `First message from ${options.customer}.`)}
          ${logEntry(options.customer, 'end-user', options.lastCustomerText)}
          ${logEntry('Priya Kaur', 'internal', 'Internal: the customer is furious, escalate.')}
        </div>
        <div data-test-id="editor-view">
          <button data-test-id="omnichannel-channel-switcher-button" data-channel="${channel.data}" aria-label="${channel.label}"></button>
          <div data-test-id="ticket-rich-text-editor">
            <div data-test-id="omnicomposer-rich-text-ckeditor" class="ck-editor__editable" contenteditable="true" role="textbox" id="editor-${id}"><p>Draft for ${id}</p></div>
          </div>
        </div>
      </section>
    </div>`;
}

function editor(id: string): HTMLElement {
  return document.getElementById(`editor-${id}`)!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('zendeskHost', () => {
  it("reads each editor's own ticket: the latest end-user message, never an internal note", () => {
    document.body.innerHTML =
      ticketPane('4821', { customer: 'Dana Whitfield', lastCustomerText: 'It is STILL dropping.' }) +
      ticketPane('4817', { customer: 'Mei Tanaka', lastCustomerText: "I'm confused about the invoice." });
    expect(zendeskHost.customerMessage(editor('4821'))).toEqual({
      text: 'It is STILL dropping.',
      authorName: 'Dana Whitfield',
    });
    expect(zendeskHost.customerMessage(editor('4817'))).toEqual({
      text: "I'm confused about the invoice.",
      authorName: 'Mei Tanaka',
    });
    expect(zendeskHost.ticketId?.(editor('4817'))).toBe('4817');
  });

  it('offers only the editors of shown ticket panes, each once', () => {
    document.body.innerHTML =
      ticketPane('4821', { customer: 'Dana Whitfield', lastCustomerText: 'Still dropping.', hidden: true }) +
      ticketPane('4817', { customer: 'Mei Tanaka', lastCustomerText: 'Confused.' });
    expect(zendeskHost.findEditors(document)).toEqual([editor('4817')]);

    document.querySelector<HTMLElement>('[data-ticket-id="4821"]')!.hidden = false;
    document.querySelector<HTMLElement>('[data-ticket-id="4817"]')!.style.display = 'none';
    expect(zendeskHost.findEditors(document)).toEqual([editor('4821')]);
  });

  it('finds the editor by its composer when the editable lost its own test id', () => {
    document.body.innerHTML = ticketPane('4821', { customer: 'Dana Whitfield', lastCustomerText: 'x' });
    editor('4821').removeAttribute('data-test-id');
    expect(zendeskHost.findEditors(document)).toEqual([editor('4821')]);
  });

  it("tells a public reply from an internal note by the editor's own channel switcher, else its label", () => {
    document.body.innerHTML =
      ticketPane('4821', {
        customer: 'Dana Whitfield',
        lastCustomerText: 'Still dropping.',
        channel: { data: 'internal', label: 'Internal note' },
      }) + ticketPane('4817', { customer: 'Mei Tanaka', lastCustomerText: 'Confused.' });
    expect(zendeskHost.replyChannel?.(editor('4821'))).toBe('internal');
    expect(zendeskHost.replyChannel?.(editor('4817'))).toBe('public');

    document.querySelectorAll('[data-test-id="omnichannel-channel-switcher-button"]').forEach((b) => b.remove());
    editor('4817').setAttribute('aria-label', 'Internal note composer');
    expect(zendeskHost.replyChannel?.(editor('4817'))).toBe('internal');
    expect(zendeskHost.replyChannel?.(editor('4821'))).toBe('public');
  });

  it('tells email from chat by the switcher, else by how the ticket came in', () => {
    document.body.innerHTML =
      ticketPane('1', { customer: 'A', lastCustomerText: 'x' }) +
      ticketPane('2', {
        customer: 'B',
        lastCustomerText: 'y',
        channel: { data: 'native_messaging', label: 'Messaging' },
      }) +
      ticketPane('3', {
        customer: 'C',
        lastCustomerText: 'z',
        channel: { data: 'internal', label: 'Internal note' },
        via: 'via Chat',
      }) +
      ticketPane('4', { customer: 'D', lastCustomerText: 'w', channel: { data: '', label: '' }, via: 'via Web form' });
    expect(zendeskHost.conversationChannel?.(editor('1'))).toBe('email');
    expect(zendeskHost.conversationChannel?.(editor('2'))).toBe('chat');
    expect(zendeskHost.conversationChannel?.(editor('3'))).toBe('chat');
    expect(zendeskHost.conversationChannel?.(editor('4'))).toBe('email');
  });

  it('finds no customer in a ticket with only agent and internal messages', () => {
    document.body.innerHTML = ticketPane('4900', { customer: 'Dana Whitfield', lastCustomerText: 'x' });
    document.querySelectorAll('[type="end-user"]').forEach((message) => message.setAttribute('type', 'agent'));
    expect(zendeskHost.customerMessage(editor('4900'))).toBeNull();
  });

  it("reads the older layout: the requester's latest public comment, the agent by the assignee", () => {
    document.body.innerHTML = `
      <span data-test-id="assignee-field-selected-agent-tag">Ana Costa</span>
      <main data-ticket-id="3702">
        <span data-test-id="tooltip-requester-name">Omar Haddad</span>
        <div class="event is-public" data-comment-id="1"><div class="actor"><span class="name">Omar Haddad</span></div><div class="zd-comment"><p>Where is my refund?</p></div></div>
        <div class="event is-public" data-comment-id="2"><div class="actor"><span class="name">Ana Costa</span></div><div class="zd-comment"><p>Issued Monday.</p></div></div>
        <div class="event is-public" data-comment-id="3"><div class="actor"><span class="name">Omar Haddad</span></div><div class="zd-comment"><p>Still nothing.</p></div></div>
        <div class="event" data-comment-id="4"><div class="actor"><span class="name">Omar Haddad</span></div><div class="zd-comment"><p>Forwarded privately.</p></div></div>
        <div class="zendesk-editor--rich-text-container"><div id="editor-old" contenteditable="true"><p>Hi</p></div></div>
      </main>`;
    expect(zendeskHost.findEditors(document)).toEqual([editor('old')]);
    expect(zendeskHost.customerMessage(editor('old'))).toEqual({ text: 'Still nothing.', authorName: 'Omar Haddad' });
    expect(zendeskHost.agentName(document)).toBe('Ana Costa');
    expect(zendeskHost.ticketId?.(editor('old'))).toBe('3702');

    // Without a requester name: the latest public comment the agent did not write.
    document.querySelector('[data-test-id="tooltip-requester-name"]')!.remove();
    document.querySelector('[data-comment-id="3"] .name')!.textContent = 'Ana Costa';
    expect(zendeskHost.customerMessage(editor('old'))).toEqual({
      text: 'Where is my refund?',
      authorName: 'Omar Haddad',
    });
  });
});
