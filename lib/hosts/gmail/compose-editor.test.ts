// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createGmailComposeAdapter } from './compose-editor';

afterEach(() => {
  document.body.replaceChildren();
});

/** A reply as Gmail composes it: the draft, the signature, and history quoted in French. */
function composeBody(): HTMLElement {
  const body = document.createElement('div');
  body.setAttribute('role', 'textbox');
  body.setAttribute('g_editable', 'true');
  body.contentEditable = 'true';
  body.innerHTML =
    '<div>Hi Jordan,</div><div>The duplicate charge is voided.</div>' +
    '<div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
    '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">BrightBill Support<br>BILLING TEAM</div>' +
    '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
    'Le lun. 7 déc. 2026 à 10:00, Jordan Lee &lt;jordan@example.com&gt; a écrit :<br></div>' +
    '<blockquote class="gmail_quote"><div>WHY was I charged twice?? Your team is useless.</div></blockquote></div>';
  document.body.append(body);
  return body;
}

describe('the Gmail compose adapter', () => {
  it("reads only the agent's words: no signature, no quoted history in any language", () => {
    const editor = createGmailComposeAdapter(composeBody());
    // The blank lines Gmail keeps between the draft and the signature stay: they are the agent's.
    expect(editor.read().text.trimEnd()).toBe('Hi Jordan,\nThe duplicate charge is voided.');
  });

  it("maps a caret in the quote to the end of the agent's words, so an insertion lands in the reply", () => {
    const root = composeBody();
    const editor = createGmailComposeAdapter(root);
    const quoted = root.querySelector('blockquote div')!.firstChild!;
    const range = document.createRange();
    range.setStart(quoted, 3);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const { length } = editor.read().text;
    expect(editor.caret()).toEqual({ start: length, end: length });
    expect(editor.read().toDomRange(0, 2)!.toString()).toBe('Hi');
  });
});
