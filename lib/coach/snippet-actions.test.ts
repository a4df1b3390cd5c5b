// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTextareaAdapter } from '@/lib/editors/textarea';
import type { EditorAdapter } from '@/lib/editors/types';
import { anyEditorHost } from '@/lib/hosts/any-editor/host';
import type { Snippet } from '@/lib/library/schema';
import { snippetRecord } from '@/lib/library/test-support';
import { SETTING_KEYS } from '@/lib/settings/preferences';
import { backgroundDouble, readingOf, testCoaching, type Answers, type Sent } from './test-support';

/** A saved "thanks" snippet whose body fills in the customer's first name. */
const snippet = (overrides: Partial<Snippet> = {}) =>
  snippetRecord({
    id: 's1',
    title: 'Thanks',
    body: 'Thank you, {{customer.firstName}}!',
    shortcut: 'thanks',
    ...overrides,
  });

const FRUSTRATED = [{ id: 'frustrated' as const, confidence: 0.8, evidence: [] }];

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
  let trigger = ';;';
  const answers: Answers = {
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
    'coaching.ruleSettings': () => ({}),
    'coaching.team': () => ({ teamPhrases: [], greeting: null, closing: null }),
  };
  const background = backgroundDouble(answers);
  const { coaching, end } = testCoaching({
    host: anyEditorHost,
    send: (type, ...data) => background.send(type, ...data),
    editorFor: () => editor,
  });
  sessions.push(end);
  const { store, actions } = coaching;
  const changes = vi.fn();
  store.subscribe(changes, coaching.signal);
  actions.analysis.follow(field);
  /** The customer was read as frustrated: a new reading of the reply. */
  const customerFrustrated = () => store.update({ reading: readingOf(field.value, [], FRUSTRATED) });
  customerFrustrated();
  return {
    field,
    editor,
    store,
    snippets: actions.snippets,
    unfollow: () => actions.analysis.follow(null),
    customerFrustrated,
    answers,
    changes,
    sent: background.sent,
    setTrigger: (next: string) => (trigger = next),
  };
}

const sessions: (() => void)[] = [];

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
  for (const end of sessions.splice(0)) end();
  document.body.innerHTML = '';
});

describe('snippet search in the session', () => {
  it("searches with the customer's emotions and a short list", async () => {
    const { snippets, sent } = setUp();
    await snippets.search('refund');
    expect(sent.at(-1)).toEqual({
      type: 'library.search',
      data: { query: 'refund', emotions: [{ id: 'frustrated', confidence: 0.8 }], limit: 8 },
    });
  });

  it('answers a query typed again from the tab until the library changes', async () => {
    const { snippets, sent } = setUp();
    const searched = () => sent.filter((message) => message.type === 'library.search').length;
    await snippets.search('refund');
    await snippets.search('Refund ');
    expect(searched()).toBe(1);
    snippets.libraryChanged({ kind: 'snippets', changed: ['s1'], removed: [] });
    await snippets.search('refund');
    expect(searched()).toBe(2);
  });

  it("fetches the customer's first answers ahead once the library is known, when the page is idle", async () => {
    const { snippets, sent, customerFrustrated } = setUp();
    const searches = () =>
      sent.filter((message) => message.type === 'library.search' || message.type === 'library.searchAhead');
    customerFrustrated();
    await settle();
    // Whether there is a library to search is not known yet.
    expect(searches()).toEqual([]);
    await snippets.refresh();
    customerFrustrated();
    await settle();
    await settle();
    const emotions = [{ id: 'frustrated', confidence: 0.8 }];
    expect(searches()).toEqual([
      { type: 'library.search', data: { query: '', emotions, limit: 8 } },
      { type: 'library.searchAhead', data: { query: '', emotions, limit: 8, from: 0 } },
    ]);
    // Prepared: the box opening and later analyses ask nothing more.
    customerFrustrated();
    await settle();
    await snippets.search('');
    expect(searches()).toHaveLength(2);
  });

  it('inserts where the agent left the caret before going to the search box, and counts the use', async () => {
    const { field, snippets, sent, store } = setUp({ value: 'Hello there. Bye' });
    store.update({ notice: { kind: 'error', text: 'An earlier insertion failed.' } });
    const analysed = store.get().reading;
    field.focus();
    field.setSelectionRange(12, 12);
    // The agent clicks into the search box; then the textarea's caret moves (the page, say).
    document.getElementById('elsewhere')!.focus();
    field.setSelectionRange(0, 0);
    snippets.searchFocused();
    expect(await snippets.insert(snippet())).toBe(true);
    expect(field.value).toBe("Hello there. Thank you, «customer's first name»! Bye");
    // The marker is selected for the agent to type over.
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe("«customer's first name»");
    expect(usageRecorded(sent)).toEqual([{ id: 's1' }]);
    expect(store.get().notice).toBeNull();
    // The reply changed through us: it was analysed again.
    expect(store.get().reading).not.toBe(analysed);
    expect(store.get().reading?.snapshot.text).toBe(field.value);
  });

  it("fills the agent's field values in one insertion, one undo step of the editor's own", async () => {
    const { field, snippets } = setUp({ value: 'Hello. ' });
    const inserted: string[] = [];
    field.addEventListener('input', (event) => inserted.push((event as InputEvent).data ?? ''));
    field.focus();
    field.setSelectionRange(7, 7);
    const shipped = snippet({ body: 'Order {{field:Order number}} left with {{field:Carrier}}.' });
    expect(await snippets.insert(shipped, { 'order number': 'A-17', carrier: 'DHL' })).toBe(true);
    expect(field.value).toBe('Hello. Order A-17 left with DHL.');
    // Typed as one text: the editor records one insertion, so one undo takes it all back.
    expect(inserted).toEqual(['Order A-17 left with DHL.']);
  });

  it('shows a failed insertion and records no use', async () => {
    const { snippets, sent, store } = setUp({
      value: 'Hi',
      editor: (field) => ({ ...createTextareaAdapter(field), insertText: async () => false }),
    });
    expect(await snippets.insert(snippet())).toBe(false);
    expect(store.get().notice).toEqual({
      kind: 'error',
      text: expect.stringContaining('“Thanks” could not be added'),
    });
    expect(usageRecorded(sent)).toEqual([]);
  });

  it('puts the caret back where the agent left it on Escape', () => {
    const { field, snippets } = setUp({ value: 'Hello there.' });
    field.focus();
    field.setSelectionRange(5, 5);
    document.getElementById('elsewhere')!.focus();
    snippets.returnToEditor();
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([5, 5]);
  });

  it('follows the library: new snippets, its status and the trigger setting', async () => {
    const { snippets, store, changes, setTrigger } = setUp();
    const shown = () => store.get().snippets;
    await snippets.refresh();
    expect(shown().library).toEqual({ kind: 'ready', status: { writable: true } });
    snippets.libraryChanged({ kind: 'snippets', changed: ['a'], removed: [] });
    expect(shown().revision).toBe(1);
    snippets.libraryChanged({
      kind: 'status',
      status: { writable: false, reason: 'quota-exceeded', message: 'Full.' },
    });
    expect(shown().library).toEqual({
      kind: 'ready',
      status: { writable: false, reason: 'quota-exceeded', message: 'Full.' },
    });
    setTrigger('!!');
    snippets.libraryChanged({ kind: 'settings', keys: [SETTING_KEYS.shortcutTrigger] });
    await vi.waitFor(() => expect(shown().trigger).toBe('!!'));
    // The views heard of each change.
    expect(changes).toHaveBeenCalled();
  });

  it('says when the library cannot be reached', async () => {
    const { snippets, store, answers } = setUp();
    for (const type of ['library.status', 'snippets.trigger'] as const) {
      answers[type] = () => {
        throw new Error('Could not establish connection.');
      };
    }
    await snippets.refresh();
    expect(store.get().snippets.library).toEqual({ kind: 'unreachable' });
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

  it("fills a typed shortcut's fields with their defaults and selects the first field left without one", async () => {
    const shipped = snippet({
      id: 's3',
      body: 'Order {{field:Order number}} left with {{field:Carrier}}.',
      fields: [{ name: 'Carrier', options: ['DHL', 'UPS'], default: 'UPS' }],
    });
    const { field } = setUp({ shortcuts: { shipped } });
    field.focus();
    typeInto(field, ';;shipped ');
    await settle();
    expect(field.value).toBe('Order «Order number» left with UPS. ');
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('«Order number»');
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
    const { field, snippets, setTrigger } = setUp({ shortcuts: { thanks: snippet({ body: 'Thanks!' }) } });
    setTrigger('!!');
    await snippets.refresh();
    field.focus();
    typeInto(field, ';;thanks !!thanks ');
    await settle();
    expect(field.value).toBe(';;thanks Thanks! ');
  });

  it('changes nothing when the shortcut was edited while the library answered', async () => {
    const { field, answers } = setUp({ shortcuts: { thanks: snippet() } });
    const byShortcut = answers['library.getByShortcut']!;
    answers['library.getByShortcut'] = (data) => {
      field.value = 'Hi ;;thank ';
      return byShortcut(data);
    };
    field.focus();
    typeInto(field, 'Hi ;;thanks ');
    await settle();
    expect(field.value).toBe('Hi ;;thank ');
  });

  it('stops expanding once the session stops following the editor', async () => {
    const { field, unfollow } = setUp({ shortcuts: { thanks: snippet() } });
    unfollow();
    field.focus();
    typeInto(field, 'Hi ;;thanks ');
    await settle();
    expect(field.value).toBe('Hi ;;thanks ');
  });
});
