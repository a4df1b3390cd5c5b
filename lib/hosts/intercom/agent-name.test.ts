// @vitest-environment happy-dom
// The signed-in teammate's name, read from the demo inbox itself (demo/intercom/index.html, built
// from the user scripts in lib/hosts/EVIDENCE.md), so the demo and the selectors cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intercomHost } from '@/lib/hosts/intercom/host';

const DEMO_INBOX = readFileSync(path.resolve(__dirname, '../../../demo/intercom/index.html'), 'utf8');

/** The demo inbox's body with one conversation's stream shown, as demo/intercom/main.ts shows it. */
function openDemoConversation(id: string): void {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(DEMO_INBOX)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
  const template = document.querySelector<HTMLTemplateElement>(`template[data-conversation-template="${id}"]`)!;
  document.querySelector('.conversation__stream')!.replaceChildren(template.content.cloneNode(true));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe("Intercom's signed-in teammate", () => {
  it('is named by the profile link on a part they wrote, found by the id in their own inbox address', () => {
    openDemoConversation('215470001');
    expect(intercomHost.agentName(document)).toBe('Sam Rivera');
  });

  it('is unknown where they have not written in the conversation, so the placeholder stays', () => {
    openDemoConversation('215470002');
    expect(intercomHost.agentName(document)).toBeNull();
  });

  it("is never another teammate's name", () => {
    openDemoConversation('215470001');
    document.querySelector('a.nav__link__inbox-link')!.setAttribute('href', '/a/apps/demo/inbox/inbox/9999999');
    expect(intercomHost.agentName(document)).toBeNull();
  });

  it('is unknown without the inbox menu', () => {
    openDemoConversation('215470001');
    document.querySelector('nav')!.remove();
    expect(intercomHost.agentName(document)).toBeNull();
  });
});
