// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectEditor } from './detect';
import { createTinyMceAdapter, pasteOverSelection, plainTextAsHtml, TINYMCE_EDITABLE } from './tinymce';

/** TinyMCE's classic-mode body, as its content iframe renders it. */
function tinyMceBody(html: string): HTMLElement {
  const body = document.createElement('div');
  body.id = 'tinymce';
  body.className = 'mce-content-body';
  body.contentEditable = 'true';
  body.innerHTML = html;
  document.body.replaceChildren(body);
  return body;
}

/**
 * Stands in for TinyMCE's paste handling: reads the pasted text, writes it over the DOM selection
 * and cancels the paste, as TinyMCE does when the clipboard data carries HTML. `later` lands it a
 * tick after the event instead, without cancelling, as TinyMCE's paste-bin route does.
 */
function handlePastes(root: HTMLElement, options: { later?: boolean } = {}): ClipboardEvent[] {
  const seen: ClipboardEvent[] = [];
  root.addEventListener('paste', (event) => {
    seen.push(event);
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const selection = root.ownerDocument.getSelection()!;
    const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const write = () => {
      if (!range) return;
      range.deleteContents();
      range.insertNode(root.ownerDocument.createTextNode(text));
    };
    if (options.later) {
      setTimeout(write, 0);
      return;
    }
    write();
    event.preventDefault();
  });
  return seen;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('TINYMCE_EDITABLE', () => {
  it('finds TinyMCE bodies and nothing else', () => {
    const body = tinyMceBody('<p>Hi</p>');
    expect(body.matches(TINYMCE_EDITABLE)).toBe(true);
    expect(detectEditor(body)?.kind).toBe('tinymce');
    const plain = document.createElement('div');
    plain.contentEditable = 'true';
    document.body.append(plain);
    expect(detectEditor(plain)?.kind).toBe('contenteditable');
  });
});

describe('plainTextAsHtml', () => {
  it.each([
    ['plain words stay as they are', ' I am sorry. ', ' I am sorry. '],
    ['markup characters are escaped', 'Use <b> & "quotes" > none', 'Use &lt;b&gt; &amp; "quotes" &gt; none'],
    ['line breaks become <br>', 'Hi,\r\nThanks\nSam', 'Hi,<br>Thanks<br>Sam'],
  ])('%s', (_name, text, html) => {
    expect(plainTextAsHtml(text)).toBe(html);
  });
});

describe('pasteOverSelection', () => {
  it('fires one cancelable paste at the editor that carries the text and its HTML', () => {
    const root = tinyMceBody('<p>Hello</p>');
    const seen = handlePastes(root);
    expect(pasteOverSelection(root, 'a < b')).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.cancelable).toBe(true);
    expect(seen[0]!.clipboardData?.getData('text/plain')).toBe('a < b');
    expect(seen[0]!.clipboardData?.getData('text/html')).toBe('a &lt; b');
  });

  it('is false when nothing took the paste', () => {
    const root = tinyMceBody('<p>Hello</p>');
    expect(pasteOverSelection(root, 'Sorry.')).toBe(false);
  });
});

describe('createTinyMceAdapter', () => {
  it('replaces exactly the given range through the paste', async () => {
    const root = tinyMceBody('<p>I know exactly how you feel. Reset your router.</p>');
    const seen = handlePastes(root);
    const adapter = createTinyMceAdapter(root);
    const flagged = 'I know exactly how you feel';
    expect(await adapter.insertText('I understand', { start: 0, end: flagged.length })).toBe(true);
    expect(adapter.read().text).toBe('I understand. Reset your router.');
    expect(seen).toHaveLength(1);
  });

  it('inserts at the caret when no range is given', async () => {
    const root = tinyMceBody('<p>Hello there.</p>');
    handlePastes(root);
    const adapter = createTinyMceAdapter(root);
    const text = root.querySelector('p')!.firstChild!;
    const caret = document.createRange();
    caret.setStart(text, 'Hello'.length);
    caret.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caret);
    expect(adapter.caret()).toEqual({ start: 5, end: 5 });
    expect(await adapter.insertText(' Dana,', undefined)).toBe(true);
    expect(adapter.read().text).toBe('Hello Dana, there.');
  });

  it('waits for a paste that lands a tick later, and fires it only once', async () => {
    const root = tinyMceBody('<p>Reset your router.</p>');
    const seen = handlePastes(root, { later: true });
    const adapter = createTinyMceAdapter(root);
    expect(await adapter.insertText('Sorry. ', { start: 0, end: 0 })).toBe(true);
    expect(adapter.read().text).toBe('Sorry. Reset your router.');
    expect(seen).toHaveLength(1);
  });

  it('reports failure and changes nothing when the editor ignores the paste', async () => {
    const root = tinyMceBody('<p>Reset your router.</p>');
    const adapter = createTinyMceAdapter(root);
    expect(await adapter.insertText('Sorry. ', { start: 0, end: 0 })).toBe(false);
    expect(adapter.read().text).toBe('Reset your router.');
  });

  it('refuses a range that no longer maps onto the editor', async () => {
    const root = tinyMceBody('<p>Short.</p>');
    const seen = handlePastes(root);
    const adapter = createTinyMceAdapter(root);
    expect(await adapter.insertText('x', { start: 40, end: 50 })).toBe(false);
    expect(seen).toHaveLength(0);
  });
});
