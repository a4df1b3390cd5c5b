// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { intercomHost } from '@/lib/hosts/intercom/host';

/** One part of the Ember inbox's stream, as the user scripts in lib/hosts/EVIDENCE.md read it. */
function part(kind: 'customer' | 'teammate' | 'note', text: string, meta = 'o__standard__chat') {
  const bubble = {
    customer: `<div class="conversation__bubble-container o__user-comment"><div class="conversation__bubble">`,
    teammate: `<div class="conversation__bubble-container o__admin"><div class="conversation__bubble o__for-admin"><a href="/a/apps/abc/admins/42">Sam Lee</a>`,
    note: `<div class="conversation__bubble-container o__admin"><div class="conversation__bubble o__admin-note">`,
  }[kind];
  return `<div class="ember-view conversation__part">${bubble}
      <div class="conversation__text"><p>${text}</p></div>
      <div class="conversation__bubble__meta"><svg class="interface-icon o__standard ${meta}"></svg></div>
    </div></div></div>`;
}

function emberInbox(options: { noteTab?: boolean; meta?: string; marked?: boolean } = {}) {
  const last = part('customer', 'It is STILL broken after three days.', options.meta);
  return `
    <div class="conversation__card__header"><a href="/a/apps/abc/users/7"><span>Dana Whitfield</span></a></div>
    <div class="ember-view conversation__stream">
      ${part('customer', 'My export fails.', options.meta)}
      ${part('teammate', 'Could you try again?')}
      ${options.marked === false ? last : `<span data-intercom-target="last-user-comment">${last}</span>`}
      ${part('note', 'Customer is furious, escalate.')}
      ${part('teammate', 'Looking now.')}
    </div>
    <div class="inbox__conversation-controls">
      <div class="inbox__conversation-controls__pane-selector tabs">
        <a class="tabs__tab ${options.noteTab ? '' : 'o__selected'}" data-intercom-target="reply-tab">Reply</a>
        <a class="tabs__tab ${options.noteTab ? 'o__selected' : ''}" data-intercom-target="note-tab">Note</a>
      </div>
      <div class="conversation__text composer-inbox ${options.noteTab ? 'o__note' : ''}">
        <div id="editor" class="ProseMirror embercom-prosemirror-composer-editor" contenteditable="true"><p>Hi Dana</p></div>
      </div>
    </div>`;
}

const editor = () => document.getElementById('editor')!;

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('intercomHost', () => {
  it("finds the ProseMirror composer and reads the customer's last comment, never a note or a teammate's reply", () => {
    document.body.innerHTML = emberInbox();
    expect(intercomHost.findEditors(document)).toEqual([editor()]);
    expect(intercomHost.customerMessage(editor())).toEqual({
      text: 'It is STILL broken after three days.',
      authorName: 'Dana Whitfield',
    });
  });

  it('falls back to the latest customer comment, then to the latest part no teammate wrote', () => {
    document.body.innerHTML = emberInbox({ marked: false });
    expect(intercomHost.customerMessage(editor())?.text).toBe('It is STILL broken after three days.');

    document.querySelectorAll('.o__user-comment').forEach((bubble) => bubble.classList.remove('o__user-comment'));
    expect(intercomHost.customerMessage(editor())?.text).toBe('It is STILL broken after three days.');

    document.querySelectorAll('.conversation__part').forEach((p) => p.remove());
    expect(intercomHost.customerMessage(editor())).toBeNull();
  });

  it('finds the composer by its paragraphs container when the editor lost its class', () => {
    document.body.innerHTML = emberInbox();
    editor().classList.remove('embercom-prosemirror-composer-editor');
    expect(intercomHost.findEditors(document)).toEqual([editor()]);
  });

  it('tells a reply from a note by the composer, else by the selected tab', () => {
    document.body.innerHTML = emberInbox({ noteTab: true });
    expect(intercomHost.replyChannel?.(editor())).toBe('internal');
    document.querySelector('.composer-inbox')!.classList.remove('o__note');
    expect(intercomHost.replyChannel?.(editor())).toBe('internal');
    document.body.innerHTML = emberInbox();
    expect(intercomHost.replyChannel?.(editor())).toBe('public');
  });

  it("tells email from chat by the customer's comment icon", () => {
    document.body.innerHTML = emberInbox({ meta: 'o__standard__email' });
    expect(intercomHost.conversationChannel?.(editor())).toBe('email');
    document.body.innerHTML = emberInbox();
    expect(intercomHost.conversationChannel?.(editor())).toBe('chat');
  });

  it('reads the conversation id from the address, else from the open list item', () => {
    document.body.innerHTML =
      emberInbox() + '<a class="conversation__list__item o__active" href="/a/apps/abc/conversations/918">x</a>';
    expect(intercomHost.ticketId?.(editor())).toBe('918');
    history.replaceState(null, '', '/a/inbox/abc/inbox/conversation/215470000000777');
    expect(intercomHost.ticketId?.(editor())).toBe('215470000000777');
  });

  it('reads the newer inbox: typed part groups, the header title and the email part', () => {
    document.body.innerHTML = `
      <h1 data-inbox-conversation-header-title>Leo Park</h1>
      <div data-testid="conversation-stream-scroll-container">
        <div data-part-group-id="1" data-part-group-category="1"><div class="interblocks-html"><p>Where is my order?</p></div></div>
        <div data-part-group-id="2" data-part-group-category="3"><div class="interblocks-html"><p>Checking.</p></div></div>
        <div data-part-group-id="3" data-part-group-category="5"><div class="interblocks-html"><p>Bot: anything else?</p></div></div>
      </div>
      <div data-conversation-reply-composer><div id="editor" class="ProseMirror" contenteditable="true"><p></p></div></div>`;
    expect(intercomHost.findEditors(document)).toEqual([editor()]);
    expect(intercomHost.customerMessage(editor())).toEqual({ text: 'Where is my order?', authorName: 'Leo Park' });
    expect(intercomHost.conversationChannel?.(editor())).toBe('chat');
    document.body.insertAdjacentHTML('beforeend', '<div class="inbox-2__user-email-part"></div>');
    expect(intercomHost.conversationChannel?.(editor())).toBe('email');
  });
});
