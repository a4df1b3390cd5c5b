// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { zendeskHost } from '@/lib/hosts/zendesk/host';

/** A ticket pane as the agent workspace marks it up (only the parts the host reads). */
function ticketPane(
  id: string,
  options: { customer: string; lastCustomerText: string; hidden?: boolean; channel?: 'public' | 'internal' },
) {
  const internal = options.channel === 'internal';
  return `
    <div class="ticket-pane" data-ticket-id="${id}" ${options.hidden ? 'hidden' : ''}>
      <div data-test-id="omni-log-container">
        <article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender"><strong>${options.customer}</strong></span>
          <div data-test-id="omni-log-item-message" type="end-user">
            <div data-test-id="omni-log-message-content"><p>First message from ${options.customer}.</p></div>
          </div>
        </article>
        <article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender"><strong>${options.customer}</strong></span>
          <div data-test-id="omni-log-item-message" type="end-user">
            <div data-test-id="omni-log-message-content"><p>${options.lastCustomerText}</p></div>
          </div>
        </article>
        <article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender"><strong>Priya Kaur</strong></span>
          <div data-test-id="omni-log-item-message" type="internal">
            <div data-test-id="omni-log-message-content"><p>Internal: the customer is furious, escalate.</p></div>
          </div>
        </article>
      </div>
      <form data-test-id="omnichannel-composer">
        <button type="button" role="radio" aria-checked="${!internal}" data-test-id="omnichannel-channel-switcher-public">Public reply</button>
        <button type="button" role="radio" aria-checked="${internal}" data-test-id="omnichannel-channel-switcher-internal">Internal note</button>
        <div class="ck-editor__editable" contenteditable="true" id="editor-${id}"><p>Draft for ${id}</p></div>
      </form>
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
  });

  it('offers only the editors of shown ticket panes', () => {
    document.body.innerHTML =
      ticketPane('4821', { customer: 'Dana Whitfield', lastCustomerText: 'Still dropping.', hidden: true }) +
      ticketPane('4817', { customer: 'Mei Tanaka', lastCustomerText: 'Confused.' });
    expect(zendeskHost.findEditors(document)).toEqual([editor('4817')]);

    document.querySelector<HTMLElement>('[data-ticket-id="4821"]')!.hidden = false;
    document.querySelector<HTMLElement>('[data-ticket-id="4817"]')!.style.display = 'none';
    expect(zendeskHost.findEditors(document)).toEqual([editor('4821')]);
  });

  it("tells a public reply from an internal note by the editor's own composer", () => {
    document.body.innerHTML =
      ticketPane('4821', { customer: 'Dana Whitfield', lastCustomerText: 'Still dropping.', channel: 'internal' }) +
      ticketPane('4817', { customer: 'Mei Tanaka', lastCustomerText: 'Confused.' });
    expect(zendeskHost.replyChannel?.(editor('4821'))).toBe('internal');
    expect(zendeskHost.replyChannel?.(editor('4817'))).toBe('public');

    const composer = document.querySelector('[data-ticket-id="4821"] [data-test-id="omnichannel-composer"]')!;
    composer
      .querySelector('[data-test-id="omnichannel-channel-switcher-internal"]')!
      .setAttribute('aria-checked', 'false');
    composer
      .querySelector('[data-test-id="omnichannel-channel-switcher-public"]')!
      .setAttribute('aria-checked', 'true');
    expect(zendeskHost.replyChannel?.(editor('4821'))).toBe('public');
  });

  it('finds no customer in a ticket with only agent and internal messages', () => {
    document.body.innerHTML = ticketPane('4900', { customer: 'Dana Whitfield', lastCustomerText: 'x' });
    document.querySelectorAll('[type="end-user"]').forEach((message) => message.setAttribute('type', 'agent'));
    expect(zendeskHost.customerMessage(editor('4900'))).toBeNull();
  });
});
