// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gmailHost } from '@/lib/hosts/gmail/host';

const AGENT = 'support@brightbill.example';
const ACCOUNT = `<a aria-label="Google Account: BrightBill Support (${AGENT})">BS</a>`;

function threadMessage(name: string, email: string, text: string): string {
  return `<div class="adn"><span class="gD" email="${email}" name="${name}">${name}</span><div class="a3s"><div>${text}</div></div></div>`;
}

function composeBody(id: string, html: string, fromAddress = AGENT): string {
  return `<form><input type="hidden" name="from" value="${fromAddress}" />
    <div id="${id}" role="textbox" aria-label="Message Body" contenteditable="true">${html}</div></form>`;
}

/** Gmail's quoted history: the newest message outermost, each with its attribution line. */
function quote(name: string, email: string, text: string, older = ''): string {
  return (
    `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Tue, Jun 4, 2024 at 9:12 AM ${name} &lt;<a href="mailto:${email}">${email}</a>&gt; wrote:<br></div>` +
    `<blockquote class="gmail_quote"><div>${text}</div>${older ? `<br>${older}` : ''}</blockquote></div>`
  );
}

const byId = (id: string) => document.getElementById(id)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('gmailHost', () => {
  it("reads the inline reply's customer from the thread, skipping the agent's own messages", () => {
    document.body.innerHTML = `${ACCOUNT}<main role="main">
      ${threadMessage('Jordan Lee', 'jordan.lee@example.com', 'Was I charged twice?')}
      ${threadMessage('BrightBill Support', AGENT, 'We are looking into it.')}
      ${composeBody('inline', '<div>Hi Jordan,</div>')}
    </main>`;
    expect(gmailHost.customerMessage(byId('inline'))).toEqual({
      text: 'Was I charged twice?',
      authorName: 'Jordan Lee',
    });
  });

  it('has no customer for a new message, even with a conversation open behind it', () => {
    document.body.innerHTML = `${ACCOUNT}<main role="main">${threadMessage('Jordan Lee', 'jordan.lee@example.com', 'Was I charged twice?')}</main>
      <div role="dialog" aria-label="New Message">${composeBody('new', '<div>Hello team,</div>')}</div>`;
    expect(gmailHost.customerMessage(byId('new'))).toBeNull();
  });

  it("reads a pop-out's customer from the newest quoted message the agent did not write", () => {
    const history = quote(
      'BrightBill Support',
      AGENT,
      'Yes, your new card is saved.',
      quote('Jordan Lee', 'jordan.lee@example.com', 'I updated my card on Sunday.'),
    );
    // No account switcher in a pop-out window: the compose form's from field says who the agent is.
    document.body.innerHTML = `<div role="dialog">${composeBody('popout', `<div>Hi Jordan,</div><br>${history}`)}</div>`;
    expect(gmailHost.customerMessage(byId('popout'))).toEqual({
      text: 'I updated my card on Sunday.',
      authorName: 'Jordan Lee',
    });
  });

  it("takes only the quoted message's own words, not the older messages quoted inside it", () => {
    const history = quote(
      'Jordan Lee',
      'jordan.lee@example.com',
      'Was I charged twice? I am worried.',
      quote('BrightBill Support', AGENT, 'Your card is saved.'),
    );
    document.body.innerHTML = `<div role="dialog">${composeBody('reply', `<div><br></div>${history}`)}</div>`;
    expect(gmailHost.customerMessage(byId('reply'))).toEqual({
      text: 'Was I charged twice? I am worried.',
      authorName: 'Jordan Lee',
    });
  });

  it("finds no customer when every quoted message is the agent's own", () => {
    document.body.innerHTML = `<div role="dialog">${composeBody('forward', quote('BrightBill Support', AGENT, 'Our prices change in May.'))}</div>`;
    expect(gmailHost.customerMessage(byId('forward'))).toBeNull();
  });

  it('offers every shown compose body, not a minimised one', () => {
    document.body.innerHTML = `${ACCOUNT}<main role="main">${composeBody('inline', '')}</main>
      <div role="dialog">${composeBody('open', '')}</div>
      <div role="dialog" style="display: none">${composeBody('minimised', '')}</div>`;
    expect(gmailHost.findEditors(document).map((element) => element.id)).toEqual(['inline', 'open']);
  });

  it('reports every Gmail editor as email', () => {
    document.body.innerHTML = '<div role="textbox" aria-label="Message Body" contenteditable="true" id="body"></div>';
    expect(gmailHost.conversationChannel?.(document.getElementById('body')!)).toBe('email');
  });
});
