// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { anyEditorHost } from './any-editor/host';
import { withFocusedEditorFallback } from './focused-fallback';
import { zendeskHost } from './zendesk/host';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A reply box big enough for the generic detection (it skips one-line fields). */
function sized(element: HTMLElement): HTMLElement {
  element.getBoundingClientRect = () =>
    ({ width: 400, height: 120, top: 0, left: 0, right: 400, bottom: 120 }) as DOMRect;
  return element;
}

describe('withFocusedEditorFallback', () => {
  it("offers the host's own editors when its selectors find them", () => {
    document.body.innerHTML =
      '<div data-test-id="ticket-rich-text-editor"><div id="own" contenteditable="true"></div></div><textarea id="other"></textarea>';
    const host = withFocusedEditorFallback(zendeskHost);
    sized(document.getElementById('other')!).focus();
    expect(host.findEditors(document)).toEqual([document.getElementById('own')]);
  });

  it('offers the focused editor, found generically, when the selectors find none, and keeps it once focus leaves', () => {
    document.body.innerHTML = '<div id="reply" contenteditable="true"></div><textarea id="other"></textarea>';
    const reply = sized(document.getElementById('reply')!);
    sized(document.getElementById('other')!);
    const host = withFocusedEditorFallback(zendeskHost);
    expect(host.findEditors(document)).toEqual([]);

    reply.focus();
    expect(host.findEditors(document)).toEqual([reply]);
    reply.blur();
    expect(host.findEditors(document)).toEqual([reply]);
    expect(host.id).toBe('zendesk');

    reply.remove();
    expect(host.findEditors(document)).toEqual([]);
  });
});

describe('anyEditorHost', () => {
  it('offers a one-line editor once the agent is in it, and keeps it when focus leaves', () => {
    document.body.innerHTML = '<div id="chat" contenteditable="true"></div>';
    const chat = document.getElementById('chat')!;
    chat.getBoundingClientRect = () => ({ width: 400, height: 18, top: 0, left: 0, right: 400, bottom: 18 }) as DOMRect;
    expect(anyEditorHost.findEditors(document)).toEqual([]);
    chat.focus();
    expect(anyEditorHost.findEditors(document)).toEqual([chat]);
    chat.blur();
    expect(anyEditorHost.findEditors(document)).toEqual([chat]);
  });
});
