// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { zendeskHost } from '@/lib/hosts/zendesk/host';
import { anyEditorHost } from '@/lib/hosts/any-editor/host';
import type { EditorAdapter } from '@/lib/editors/types';
import type { HostAdapter } from '@/lib/hosts/types';
import { fillTrimmed, insertSnippet, pageValues } from './snippet-insertion';

/** An editor over a plain string that records what it was asked to do. */
function fakeEditor(initial: string, options: { refuse?: boolean } = {}) {
  let text = initial;
  const selections: Array<{ start: number; end: number }> = [];
  const root = document.createElement('div');
  const editor: EditorAdapter = {
    kind: 'contenteditable',
    root,
    read: () => ({ text }) as ReturnType<EditorAdapter['read']>,
    caret: () => null,
    async insertText(inserted, range) {
      if (options.refuse) return false;
      const at = range ?? { start: text.length, end: text.length };
      const next = text.slice(0, at.start) + inserted + text.slice(at.end);
      text = next;
      return true;
    },
    select(range) {
      selections.push(range);
      return range.end <= text.length;
    },
    watch: () => {},
    createUnderlines: () => {
      throw new Error('not used');
    },
  };
  return { editor, selections, text: () => text };
}

const values = { 'customer.firstName': 'Dana', 'agent.firstName': null };

describe('fillTrimmed', () => {
  it('trims the filled body and keeps the markers on their words', () => {
    const filled = fillTrimmed('  Hi {{customer.firstName}}, I am {{agent.firstName}}.\n', values);
    expect(filled.text).toBe('Hi Dana, I am «your first name».');
    expect(filled.text.slice(filled.firstUnfilled!.start, filled.firstUnfilled!.end)).toBe('«your first name»');
  });
});

describe('insertSnippet', () => {
  it('inserts at the caret with the spaces the words around need, and puts the caret after it', async () => {
    const { editor, selections, text } = fakeEditor('Hello there.Bye');
    const result = await insertSnippet(editor, fillTrimmed('Thanks {{customer.firstName}}.', values), {
      at: { start: 12, end: 12 },
      pad: true,
    });
    expect(result).toMatchObject({ landed: true, selected: null });
    expect(text()).toBe('Hello there. Thanks Dana. Bye');
    expect(selections).toEqual([{ start: 26, end: 26 }]);
  });

  it('selects the first unfilled marker, wherever padding moved it', async () => {
    const { editor, text } = fakeEditor('Hello.');
    const result = await insertSnippet(editor, fillTrimmed('I am {{agent.firstName}}, and {{ticket.id}}', values), {
      at: { start: 6, end: 6 },
      pad: true,
    });
    expect(result.landed).toBe(true);
    expect(text().slice(result.selected!.start, result.selected!.end)).toBe('«your first name»');
  });

  it('replaces a range without padding and leaves the caret where the caller says', async () => {
    const { editor, selections, text } = fakeEditor('Hi ;;thx and');
    const result = await insertSnippet(editor, fillTrimmed('Thank you!', values), {
      at: { start: 3, end: 8 },
      pad: false,
      caretAfter: (end) => end + 1,
    });
    expect(result.landed).toBe(true);
    expect(text()).toBe('Hi Thank you! and');
    expect(selections).toEqual([{ start: 14, end: 14 }]);
  });

  it('reports a refused insertion and selects nothing', async () => {
    const { editor, selections, text } = fakeEditor('Hello.', { refuse: true });
    const result = await insertSnippet(editor, fillTrimmed('Thanks.', values), { at: { start: 6, end: 6 }, pad: true });
    expect(result).toEqual({ landed: false, text: ' Thanks.', selected: null });
    expect(text()).toBe('Hello.');
    expect(selections).toEqual([]);
  });

  it('clamps a remembered caret the reply has since outgrown', async () => {
    const { editor, text } = fakeEditor('Hi');
    const result = await insertSnippet(editor, fillTrimmed('Thanks.', values), {
      at: { start: 40, end: 40 },
      pad: true,
    });
    expect(result.landed).toBe(true);
    expect(text()).toBe('Hi Thanks.');
  });
});

describe('pageValues', () => {
  const now = new Date(Date.UTC(2025, 2, 14, 12));

  it("reads the Zendesk ticket's customer, agent and ticket number", () => {
    document.body.innerHTML = `
      <button data-test-id="header-profile-menu-button"><span data-garden-id="typography.ellipsis">Sam Rivera</span></button>
      <div data-ticket-id="4821">
        <div data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender"><strong>Dana Whitfield</strong></span>
          <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">It broke.</div></div>
        </div>
        <div data-test-id="ticket-rich-text-editor"><div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true" id="editor"></div></div>
      </div>`;
    const editor = document.getElementById('editor')!;
    expect(pageValues(zendeskHost, editor, { now, locale: 'en-GB' })).toEqual({
      'customer.firstName': 'Dana',
      'customer.name': 'Dana Whitfield',
      'agent.firstName': 'Sam',
      'ticket.id': '4821',
      today: '14 March 2025',
    });
  });

  it('leaves what a page does not show to the markers', () => {
    document.body.innerHTML = '<textarea id="editor"></textarea>';
    const values = pageValues(anyEditorHost, document.getElementById('editor')!, { now, locale: 'de-DE' });
    expect(values).toEqual({
      'customer.firstName': null,
      'customer.name': null,
      'agent.firstName': null,
      'ticket.id': null,
      today: '14. März 2025',
    });
  });

  it('takes no ticket number from a host without one, nor from an empty attribute', () => {
    const hostWithout: HostAdapter = { ...anyEditorHost };
    document.body.innerHTML = '<div data-ticket-id=" "><div id="editor"></div></div>';
    const editor = document.getElementById('editor')!;
    expect(pageValues(hostWithout, editor, { now })['ticket.id']).toBeNull();
    expect(zendeskHost.ticketId!(editor)).toBeNull();
  });
});
