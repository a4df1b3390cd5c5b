// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { helpScoutHost } from '@/lib/hosts/helpscout/host';

/** One thread as the classic conversation page marks it up (HSTH's article.thread, lib/hosts/EVIDENCE.md). */
function thread(id: number, type: string, author: string, text: string) {
  return `
    <article class="thread ${type}" id="thread-${id}">
      <section class="js-thread-content"><section class="messageBodyWrap"><section class="message">
        <section class="threadHeader"><strong>${author}</strong><section class="meta">Dec 3</section></section>
        <section class="messageBody"><p>${text}</p></section>
      </section></section></section>
    </article>`;
}

function conversationPage(lastType = 'customer') {
  return `
    <div id="js-wrap">
      <div class="c-conversation-sidebar"><h2 class="c-profile__name">Dana Whitfield</h2></div>
      <div id="tkContent">
        ${thread(1, 'customer', 'Dana Whitfield', 'My invoice is wrong.')}
        ${thread(2, 'message', 'Sam Lee', 'Fixed, please check.')}
        ${thread(3, lastType, 'Dana Whitfield', 'It is STILL wrong!')}
        ${thread(4, 'note', 'Sam Lee', 'Customer is upset, refund?')}
      </div>
      <div class="redactor_box"><div id="editor" class="redactor_redactor redactor_editor" contenteditable="true"><p>Hi Dana</p></div></div>
    </div>`;
}

const editor = () => document.getElementById('editor')!;

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('helpScoutHost', () => {
  it("finds the Redactor editor and reads the customer's latest thread, never a note", () => {
    document.body.innerHTML = conversationPage();
    expect(helpScoutHost.findEditors(document)).toEqual([editor()]);
    expect(helpScoutHost.customerMessage(editor())).toEqual({
      text: 'It is STILL wrong!',
      authorName: 'Dana Whitfield',
    });
    expect(helpScoutHost.conversationChannel?.(editor())).toBe('email');
  });

  it("finds the editor inside Redactor's box when it lost its own class", () => {
    document.body.innerHTML = conversationPage();
    editor().className = '';
    expect(helpScoutHost.findEditors(document)).toEqual([editor()]);
  });

  it('falls back to the thread whose header names the customer', () => {
    document.body.innerHTML = conversationPage();
    document.querySelectorAll('article.thread').forEach((article) => article.classList.remove('customer'));
    expect(helpScoutHost.customerMessage(editor())?.text).toBe('It is STILL wrong!');
    document.querySelector('.c-profile__name')!.remove();
    expect(helpScoutHost.customerMessage(editor())).toBeNull();
  });

  it('tells a Beacon chat from email by the latest customer thread', () => {
    document.body.innerHTML = conversationPage('beaconchat');
    expect(helpScoutHost.customerMessage(editor())?.text).toBe('It is STILL wrong!');
    expect(helpScoutHost.conversationChannel?.(editor())).toBe('chat');
  });

  it("reads the conversation's number from the address, else the page's conversation id", () => {
    document.body.innerHTML = conversationPage();
    expect(helpScoutHost.ticketId?.(editor())).toBeNull();
    document.getElementById('js-wrap')!.setAttribute('data-conversation-id', '2418870');
    expect(helpScoutHost.ticketId?.(editor())).toBe('2418870');
    history.replaceState(null, '', '/conversation/2418870/51234/');
    expect(helpScoutHost.ticketId?.(editor())).toBe('51234');
  });
});
