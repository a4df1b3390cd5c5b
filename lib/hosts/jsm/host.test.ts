// @vitest-environment happy-dom
// The Jira Service Management host, read against the demo request itself (demo/jsm/index.html,
// built from the public code in lib/hosts/EVIDENCE.md), so the demo and the selectors cannot drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsmHost } from '@/lib/hosts/jsm/host';

const DEMO_REQUEST = readFileSync(path.resolve(__dirname, '../../../demo/jsm/index.html'), 'utf8');

/** The demo request's body and head meta tags, with the comment box's editable as demo/jsm/main.ts renders it. */
function openDemoRequest(): HTMLElement {
  document.head.innerHTML = (DEMO_REQUEST.match(/<meta name="ajs-[^>]*>/g) ?? []).join('');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(DEMO_REQUEST)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  const editable = document.createElement('div');
  editable.id = 'ak-editor-textarea';
  editable.className = 'ProseMirror';
  editable.contentEditable = 'true';
  editable.innerHTML = '<p>Hi Dana,</p>';
  document.querySelector('[data-testid="issue.component.editor.default-editor"]')!.append(editable);
  return editable;
}

const comments = () => document.querySelector('[data-testid="issue.activity.comments-list"]')!;

/** The top bar's profile menu as demo/jsm/main.ts opens it, naming `name`. */
function openProfileMenu(name: string): void {
  const menuName = document.createElement('div');
  menuName.dataset.testid = 'atlassian-navigation--secondary-actions--profile--content--details--name';
  menuName.textContent = name;
  document.querySelector('[data-testid="atlassian-navigation--secondary-actions--profile--trigger"]')!.after(menuName);
}

const agentNameMeta = () => document.querySelector<HTMLMetaElement>('meta[name="ajs-remote-user-fullname"]')!;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('jsmHost', () => {
  it("finds the comment box and reads the reporter's latest comment, never a note or an agent's reply", () => {
    const editor = openDemoRequest();
    expect(jsmHost.findEditors(document)).toEqual([editor]);
    const message = jsmHost.customerMessage(editor);
    expect(message?.text).toMatch(/^This is the third time I'm writing about this/);
    expect(message?.authorName).toBe('Dana Whitfield');
  });

  it('takes the highest-numbered comment as the newest, whichever order the activity shows', () => {
    const editor = openDemoRequest();
    comments().append(...Array.from(comments().children).reverse());
    expect(jsmHost.customerMessage(editor)?.text).toMatch(/^This is the third time/);
  });

  it('reads the request itself before the customer has commented', () => {
    const editor = openDemoRequest();
    document.querySelector('[data-testid="comment-base-item-10871"]')!.remove();
    expect(jsmHost.customerMessage(editor)).toEqual({
      text: 'Hi, my CSV export fails with an error since Monday.',
      authorName: 'Dana Whitfield',
    });
  });

  it('never reads an internal note as the customer, even one the reporter field names', () => {
    const editor = openDemoRequest();
    document.querySelector('[data-testid="issue.views.field.user.reporter"] span')!.textContent = 'Sam Rivera';
    expect(jsmHost.customerMessage(editor)?.text).toBe('Sorry about that! Could you try once more?');
  });

  it('tells a reply to the customer from an internal note by the selected tab', () => {
    const editor = openDemoRequest();
    expect(jsmHost.replyChannel?.(editor)).toBe('public');
    document.getElementById('comment-editor-container-tabs-0')!.setAttribute('aria-selected', 'true');
    expect(jsmHost.replyChannel?.(editor)).toBe('internal');
  });

  it('reads the request key from the address and coaches the reply as an email', () => {
    const editor = openDemoRequest();
    history.replaceState(null, '', '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1042');
    expect(jsmHost.ticketId?.(editor)).toBe('SUP-1042');
    history.replaceState(null, '', '/jira/servicedesk/projects/SUP/queues/custom/1?selectedIssue=SUP-7');
    expect(jsmHost.ticketId?.(editor)).toBe('SUP-7');
    expect(jsmHost.conversationChannel?.(editor)).toBe('email');
  });

  it("names the signed-in agent from the page's head", () => {
    openDemoRequest();
    openProfileMenu('Someone Else');
    expect(jsmHost.agentName(document)).toBe('Sam Rivera');
  });

  it("falls back to the open profile menu when the head's name is empty or an address", () => {
    openDemoRequest();
    agentNameMeta().content = ' ';
    expect(jsmHost.agentName(document)).toBeNull();
    openProfileMenu('  Sam   Rivera ');
    expect(jsmHost.agentName(document)).toBe('Sam Rivera');
    agentNameMeta().content = 'sam.rivera@example.com';
    expect(jsmHost.agentName(document)).toBe('Sam Rivera');
  });

  it('names nobody when neither the head nor the profile menu gives a name', () => {
    openDemoRequest();
    agentNameMeta().remove();
    expect(jsmHost.agentName(document)).toBeNull();
    openProfileMenu('sam.rivera@example.com');
    expect(jsmHost.agentName(document)).toBeNull();
  });
});
