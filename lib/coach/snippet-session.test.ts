// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anyEditorHost } from '@/lib/hosts/any-editor/host';
import { createTextareaAdapter } from '@/lib/editors/textarea';
import type { EditorAdapter } from '@/lib/editors/types';
import type { Snippet } from '@/lib/library/schema';
import { snippetRecord } from '@/lib/library/test-support';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { SETTING_KEYS } from '@/lib/settings/preferences';
import { createSnippetSession, type SnippetSessionHooks } from './snippet-session';

/** A saved "thanks" snippet whose body fills in the customer's first name. */
const snippet = (overrides: Partial<Snippet> = {}) =>
  snippetRecord({
    id: 's1',
    title: 'Thanks',
    body: 'Thank you, {{customer.firstName}}!',
    shortcut: 'thanks',
    ...overrides,
  });

type Sent = { type: keyof ProtocolMap; data: unknown };

function setUp(
  options: {
    value?: string;
    shortcuts?: Record<string, Snippet>;
    editor?: (field: HTMLTextAreaElement) => EditorAdapter;
  } = {},
) {
  document.body.innerHTML = '<textarea></textarea><input id="elsewhere">';
  const field = document.querySelector('textarea')!;
  field.value = options.value ?? '';
  const editor = options.editor?.(field) ?? createTextareaAdapter(field);
  const sent: Sent[] = [];
  let trigger = ';;';
  const answers: Partial<Record<keyof ProtocolMap, (data: unknown) => unknown>> = {
    'library.status': () => ({ writable: true }),
    'snippets.trigger': () => trigger,
    'library.getByShortcut': (data) => ({
      ok: true,
      value: options.shortcuts?.[(data as { shortcut: string }).shortcut] ?? null,
    }),
    'library.search': () => ({ ok: true, value: [] }),
    'library.searchAhead': () => ({ ok: true, value: { complete: true, snippets: [], results: [] } }),
    'library.recordUsage': () => ({ ok: true, value: null }),
    'stats.record': () => undefined,
  };
  const hooks: SnippetSessionHooks = {
    host: anyEditorHost,
    send: (async (type: keyof ProtocolMap, data?: unknown) => {
      sent.push({ type, data });
      const answer = answers[type];
      if (!answer) throw new Error(`No listener for ${type}`);
      return answer(data);
    }) as SnippetSessionHooks['send'],
    editor: () => editor,
    emotions: () => [{ id: 'frustrated', confidence: 0.8, evidence: [] }],
    render: vi.fn(),
    setBusy: vi.fn(),
    notify: vi.fn(),
    replyChanged: vi.fn(),
  };
  const session = createSnippetSession(hooks);
  const watching = new AbortController();
  session.follow(editor, watching.signal);
  return { field, editor, session, hooks, sent, setTrigger: (next: string) => (trigger = next), watching };
}

const usageRecorded = (sent: Sent[]) =>
  sent.filter((message) => message.type === 'library.recordUsage').map((message) => message.data);

/** Types as a browser does: beforeinput, the change, then input. */
function typeInto(field: HTMLTextAreaElement, text: string) {
  for (const character of text) {
    field.dispatchEvent(
      new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: character }),
    );
    const at = field.selectionStart;
    field.value = field.value.slice(0, at) + character + field.value.slice(field.selectionEnd);
    field.setSelectionRange(at + 1, at + 1);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: character }));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('snippet search in the session', () => {
  it("searches with the customer's emotions and a short list", async () => {
    const { session, sent } = setUp();
    await session.searchProps(false).search('refund');
    expect(sent.at(-1)).toEqual({
      type: 'library.search',
      data: { query: 'refund', emotions: [{ id: 'frustrated', confidence: 0.8 }], limit: 8 },
    });
  });

  it('answers a query typed again from the tab until the library changes', async () => {
    const { session, sent } = setUp();
    const searched = () => sent.filter((message) => message.type === 'library.search').length;
    await session.searchProps(false).search('refund');
    await session.searchProps(false).search('Refund ');
    expect(searched()).toBe(1);
    session.libraryChanged({ kind: 'snippets', changed: ['s1'], removed: [] });
    await session.searchProps(false).search('refund');
    expect(searched()).toBe(2);
  });

  it("fetches the customer's first answers ahead once the library is known, when the page is idle", async () => {
    const { session, sent } = setUp();
    const searches = () =>
      sent.filter((message) => message.type === 'library.search' || message.type === 'library.searchAhead');
    session.prepareSearch();
    await settle();
    // Whether there is a library to search is not known yet.
    expect(searches()).toEqual([]);
    await session.refresh();
    session.prepareSearch();
    await settle();
    await settle();
    const emotions = [{ id: 'frustrated', confidence: 0.8 }];
    expect(searches()).toEqual([
      { type: 'library.search', data: { query: '', emotions, limit: 8 } },
      { type: 'library.searchAhead', data: { query: '', emotions, limit: 8, from: 0 } },
    ]);
    // Prepared: the box opening and later analyses ask nothing more.
    session.prepareSearch();
    await settle();
    await session.searchProps(false).search('');
    expect(searches()).toHaveLength(2);
  });

  it('inserts where the agent left the caret before going to the search box, and counts the use', async () => {
    const { field, session, sent, hooks } = setUp({ value: 'Hello there. Bye' });
    field.focus();
    field.setSelectionRange(12, 12);
    // The agent clicks into the search box; then the textarea's caret moves (the page, say).
    document.getElementById('elsewhere')!.focus();
    field.setSelectionRange(0, 0);
    const props = session.searchProps(false);
    props.onSearchFocus();
    expect(await props.onInsert(snippet())).toBe(true);
    expect(field.value).toBe("Hello there. Thank you, «customer's first name»! Bye");
    // The marker is selected for the agent to type over.
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe("«customer's first name»");
    expect(usageRecorded(sent)).toEqual([{ id: 's1' }]);
    expect(hooks.notify).toHaveBeenCalledWith(null);
    expect(hooks.replyChanged).toHaveBeenCalled();
  });

  it('shows a failed insertion and records no use', async () => {
    const { session, sent, hooks } = setUp({
      value: 'Hi',
      editor: (field) => ({ ...createTextareaAdapter(field), insertText: async () => false }),
    });
    expect(await session.searchProps(false).onInsert(snippet())).toBe(false);
    expect(hooks.notify).toHaveBeenCalledWith({
      kind: 'error',
      text: expect.stringContaining('“Thanks” could not be added'),
    });
    expect(usageRecorded(sent)).toEqual([]);
  });

  it('puts the caret back where the agent left it on Escape', () => {
    const { field, session } = setUp({ value: 'Hello there.' });
    field.focus();
    field.setSelectionRange(5, 5);
    document.getElementById('elsewhere')!.focus();
    session.searchProps(false).onReturnToEditor();
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([5, 5]);
  });

  it('follows the library: new snippets, its status and the trigger setting', async () => {
    const { session, hooks, setTrigger } = setUp();
    await session.refresh();
    expect(session.searchProps(false).library).toEqual({ kind: 'ready', status: { writable: true } });
    session.libraryChanged({ kind: 'snippets', changed: ['a'], removed: [] });
    expect(session.searchProps(false).revision).toBe(1);
    session.libraryChanged({ kind: 'status', status: { writable: false, reason: 'quota-exceeded', message: 'Full.' } });
    expect(session.searchProps(false).library).toEqual({
      kind: 'ready',
      status: { writable: false, reason: 'quota-exceeded', message: 'Full.' },
    });
    setTrigger('!!');
    session.libraryChanged({ kind: 'settings', keys: [SETTING_KEYS.shortcutTrigger] });
    await vi.waitFor(() => expect(session.searchProps(false).trigger).toBe('!!'));
    expect(hooks.render).toHaveBeenCalled();
  });

  it('says when the library cannot be reached', async () => {
    const { session, hooks } = setUp();
    hooks.send = (async () => {
      throw new Error('Could not establish connection.');
    }) as SnippetSessionHooks['send'];
    const unreachable = createSnippetSession(hooks);
    await unreachable.refresh();
    expect(unreachable.searchProps(false).library).toEqual({ kind: 'unreachable' });
    expect(session).toBeDefined();
  });
});

describe('shortcut expansion in the session', () => {
  it('expands a typed shortcut in place, keeps the terminator, selects the marker and counts the use', async () => {
    const { field, sent } = setUp({ shortcuts: { thanks: snippet() } });
    field.focus();
    typeInto(field, 'Hi ;;thanks ');
    await settle();
    expect(field.value).toBe("Hi Thank you, «customer's first name»! ");
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe("«customer's first name»");
    expect(sent.find((message) => message.type === 'library.getByShortcut')?.data).toEqual({ shortcut: 'thanks' });
    expect(usageRecorded(sent)).toEqual([{ id: 's1' }]);
  });

  it('puts the caret after the terminator when everything was filled', async () => {
    const { field } = setUp({ shortcuts: { bye: snippet({ id: 's2', body: 'Kind regards' }) } });
    field.focus();
    typeInto(field, ';;bye,');
    await settle();
    expect(field.value).toBe('Kind regards,');
    expect([field.selectionStart, field.selectionEnd]).toEqual([13, 13]);
  });

  it('leaves an unknown shortcut as typed', async () => {
    const { field, sent } = setUp({ shortcuts: {} });
    field.focus();
    typeInto(field, 'Hi ;;nothing ');
    await settle();
    expect(field.value).toBe('Hi ;;nothing ');
    expect(usageRecorded(sent)).toEqual([]);
  });

  it('uses the trigger from the settings', async () => {
    const { field, session, setTrigger } = setUp({ shortcuts: { thanks: snippet({ body: 'Thanks!' }) } });
    setTrigger('!!');
    await session.refresh();
    field.focus();
    typeInto(field, ';;thanks !!thanks ');
    await settle();
    expect(field.value).toBe(';;thanks Thanks! ');
  });

  it('changes nothing when the shortcut was edited while the library answered', async () => {
    const { field, hooks } = setUp({ shortcuts: { thanks: snippet() } });
    const send = hooks.send;
    hooks.send = (async (type: keyof ProtocolMap, data?: unknown) => {
      if (type === 'library.getByShortcut') field.value = 'Hi ;;thank ';
      return (send as (type: keyof ProtocolMap, data?: unknown) => Promise<unknown>)(type, data);
    }) as SnippetSessionHooks['send'];
    field.focus();
    typeInto(field, 'Hi ;;thanks ');
    await settle();
    expect(field.value).toBe('Hi ;;thank ');
  });

  it('stops expanding once the session stops following the editor', async () => {
    const { field, watching } = setUp({ shortcuts: { thanks: snippet() } });
    watching.abort();
    field.focus();
    typeInto(field, 'Hi ;;thanks ');
    await settle();
    expect(field.value).toBe('Hi ;;thanks ');
  });
});
