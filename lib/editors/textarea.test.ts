// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Severity } from '@/coaching/types';
import { detectEditor } from './detect';
import { HIGHLIGHT_NAMES } from './highlights';
import { createTextareaAdapter, insertIntoTextarea } from './textarea';
import { TEXTAREA_MIRROR_TAG } from './textarea-mirror';

// happy-dom has no execCommand and no Highlight API. The browsers' execCommand('insertText') in a
// focused textarea replaces its selection and fires `input`; the fake below does the same, so the
// tests can tell the command's path from the fallback's.
function typeLikeTheBrowser(this: Document, command: string, _showUi?: boolean, text = ''): boolean {
  const field = this.activeElement;
  if (command !== 'insertText' || !(field instanceof HTMLTextAreaElement)) return false;
  field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
  document.body.replaceChildren();
});

function textarea(value: string): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  field.value = value;
  document.body.append(field);
  return field;
}

function finding(severity: Severity, text: string, words: string): Finding {
  const start = text.indexOf(words);
  return {
    ruleId: `${severity}-rule`,
    category: 'test',
    severity,
    start,
    end: start + words.length,
    message: '',
    note: '',
    suggestions: [],
  };
}

const DRAFT = 'I know exactly how you feel.\nCalm down.';

describe('textarea adapter', () => {
  it('is what detection picks for a textarea', () => {
    expect(detectEditor(textarea(DRAFT))?.kind).toBe('textarea');
  });

  it('reads the value as the text, lines and all', () => {
    const adapter = createTextareaAdapter(textarea(DRAFT));
    expect(adapter.read().text).toBe(DRAFT);
  });

  it('reports the selection the textarea keeps, focused or not', () => {
    const field = textarea(DRAFT);
    field.setSelectionRange(29, 33);
    expect(createTextareaAdapter(field).caret()).toEqual({ start: 29, end: 33 });
  });

  it('selects a range of the value and focuses the field, refusing one outside it', () => {
    const field = textarea(DRAFT);
    const adapter = createTextareaAdapter(field);
    expect(adapter.select({ start: 4, end: 9 })).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(adapter.caret()).toEqual({ start: 4, end: 9 });
    expect(adapter.select({ start: 2, end: DRAFT.length + 1 })).toBe(false);
    expect(adapter.caret()).toEqual({ start: 4, end: 9 });
  });

  it('calls back on input and change until the signal aborts', () => {
    const field = textarea(DRAFT);
    const onChange = vi.fn();
    const watching = new AbortController();
    createTextareaAdapter(field).watch(onChange, watching.signal);
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('change'));
    expect(onChange).toHaveBeenCalledTimes(2);
    watching.abort();
    field.dispatchEvent(new Event('input'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('insertIntoTextarea', () => {
  it("types over the range with the browser's editing command, once", () => {
    const field = textarea(DRAFT);
    const execCommand = vi.fn(typeLikeTheBrowser);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const inputs = vi.fn();
    field.addEventListener('input', inputs);

    expect(insertIntoTextarea(field, 'Please', { start: 29, end: 33 })).toBe(true);

    expect(field.value).toBe('I know exactly how you feel.\nPlease down.');
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'Please');
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(field);
  });

  it('inserts at the selection when no range is given', () => {
    const field = textarea(DRAFT);
    Object.defineProperty(document, 'execCommand', { value: typeLikeTheBrowser, configurable: true });
    field.setSelectionRange(DRAFT.length, DRAFT.length);
    expect(insertIntoTextarea(field, ' Thanks!')).toBe(true);
    expect(field.value).toBe(`${DRAFT} Thanks!`);
  });

  it('falls back to setting the value, and tells the page, when the command does nothing', () => {
    const field = textarea(DRAFT);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const inputs: string[] = [];
    field.addEventListener('input', (event) => inputs.push((event as InputEvent).data ?? ''));

    expect(insertIntoTextarea(field, 'Please', { start: 29, end: 33 })).toBe(true);

    expect(field.value).toBe('I know exactly how you feel.\nPlease down.');
    expect(inputs).toEqual(['Please']);
  });

  it('falls back too where the browser has no such command', () => {
    const field = textarea(DRAFT);
    expect(insertIntoTextarea(field, ' Thanks!', { start: DRAFT.length, end: DRAFT.length })).toBe(true);
    expect(field.value).toBe(`${DRAFT} Thanks!`);
  });

  it('does not insert a second time when the page changed the text its own way', () => {
    const field = textarea(DRAFT);
    // A page that rewrites what is typed (here: upper case) before it lands.
    Object.defineProperty(document, 'execCommand', {
      value: (_command: string, _ui: boolean, text: string) => {
        field.setRangeText(text.toUpperCase(), field.selectionStart, field.selectionEnd, 'end');
        return true;
      },
      configurable: true,
    });
    expect(insertIntoTextarea(field, 'Please', { start: 29, end: 33 })).toBe(false);
    expect(field.value).toBe('I know exactly how you feel.\nPLEASE down.');
  });

  it('changes nothing for a range outside the text', () => {
    const field = textarea(DRAFT);
    expect(insertIntoTextarea(field, 'x', { start: 5, end: DRAFT.length + 1 })).toBe(false);
    expect(insertIntoTextarea(field, 'x', { start: 6, end: 5 })).toBe(false);
    expect(field.value).toBe(DRAFT);
  });
});

describe('textarea underlines', () => {
  const mirrors = () => document.querySelectorAll(TEXTAREA_MIRROR_TAG);
  const mirroredText = () => mirrors()[0]?.shadowRoot?.querySelector('.mirror')?.firstChild?.textContent;

  it('mirrors the value in a shadow root of an element of ours, and underlines the flagged words there', () => {
    const field = textarea(DRAFT);
    const adapter = createTextareaAdapter(field);
    const underlines = adapter.createUnderlines();
    expect(mirrors()).toHaveLength(1);
    expect(mirrors()[0]!.shadowRoot).not.toBeNull();

    underlines.show(adapter.read(), [
      finding('error', DRAFT, 'Calm down'),
      finding('warning', DRAFT, 'I know exactly how you feel'),
    ]);

    expect(mirroredText()).toBe(DRAFT);
    const underlined = (severity: Severity) => [...(registry.get(HIGHLIGHT_NAMES[severity]) ?? [])].map(String);
    expect(underlined('error')).toEqual(['Calm down']);
    expect(underlined('warning')).toEqual(['I know exactly how you feel']);
    expect(underlined('suggestion')).toEqual([]);
  });

  it('keeps the mirror up with typing between analyses', () => {
    const field = textarea(DRAFT);
    createTextareaAdapter(field).createUnderlines();
    field.value = `${DRAFT} Thanks!`;
    field.dispatchEvent(new Event('input'));
    expect(mirroredText()).toBe(`${DRAFT} Thanks!`);
  });

  it('takes its underlines and its element away on remove, and replaces a mirror left behind', () => {
    const field = textarea(DRAFT);
    const adapter = createTextareaAdapter(field);
    adapter.createUnderlines();
    const underlines = adapter.createUnderlines();
    expect(mirrors()).toHaveLength(1);

    underlines.show(adapter.read(), [finding('error', DRAFT, 'Calm down')]);
    underlines.remove();

    expect(mirrors()).toHaveLength(0);
    expect(registry.has(HIGHLIGHT_NAMES.error)).toBe(false);
    expect(field.value).toBe(DRAFT);
  });
});
