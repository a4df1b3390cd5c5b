// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditableText } from './dom-text';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readEditableText', () => {
  it.each([
    ['paragraphs become lines', '<p>Hi Dana,</p><p>Thanks for writing.</p>', 'Hi Dana,\nThanks for writing.'],
    [
      'an empty paragraph keeps its blank line',
      '<p>Hi Dana,</p><p><br data-cke-filler="true"></p><p>Thanks.</p>',
      'Hi Dana,\n\nThanks.',
    ],
    [
      'Gmail-style div lines with a blank line',
      '<div>Hi Jordan,</div><div><br></div><div>Done.</div>',
      'Hi Jordan,\n\nDone.',
    ],
    ['a <br> inside a line breaks it', '<p>Best regards,<br>Sam</p>', 'Best regards,\nSam'],
    ['a trailing <br> adds nothing', 'Just text<br>', 'Just text'],
    ['inline formatting is plain text', '<p>I <strong>can</strong> <em>help</em>.</p>', 'I can help.'],
    ['list items are lines', '<ul><li>One</li><li>Two</li></ul>', 'One\nTwo'],
    ['an empty editor', '<p><br data-cke-filler="true"></p>', ''],
    ['CKEditor inline filler is not text', '<p>\u2060\u2060\u2060\u2060\u2060\u2060\u2060Hello</p>', 'Hello'],
    [
      'a placeholder hidden from assistive technology is not text',
      '<p>Hi<span aria-hidden="true" contenteditable="false">Write a reply…</span></p>',
      'Hi',
    ],
  ])('%s', (_name, html, expected) => {
    expect(readEditableText(editable(html)).text).toBe(expected);
  });

  it('maps text offsets to DOM ranges that cover the same words', () => {
    const root = editable('<p>Hi Dana,</p><p>I know <b>exactly</b> how you feel.</p>');
    const snapshot = readEditableText(root);
    const start = snapshot.text.indexOf('I know exactly');
    const end = start + 'I know exactly'.length;
    expect(snapshot.toDomRange(start, end)?.toString()).toBe('I know exactly');
  });

  it('gives no range, rather than throwing, once the editor shortened the text in place (an undo)', () => {
    const root = editable('<p>Hello there, Dana</p><p>Thanks.</p>');
    const snapshot = readEditableText(root);
    const paragraph = root.querySelector('p')!;
    (paragraph.firstChild as Text).data = 'Hello';
    expect(snapshot.toDomRange(6, 17)).toBeNull();
    paragraph.nextElementSibling!.remove();
    expect(snapshot.toDomPoint(17)).toBeNull();
  });

  it('maps DOM points back to the same offsets', () => {
    const root = editable('<p>Hello</p><p>World</p>');
    const snapshot = readEditableText(root);
    const world = root.querySelectorAll('p')[1]!.firstChild!;
    expect(snapshot.fromDomPoint(world, 2)).toBe('Hello\nWo'.length);
    expect(snapshot.fromDomPoint(document.body, 0)).toBeNull();
  });

  it('skips the filler when mapping offsets', () => {
    const root = editable('<p>\u2060\u2060\u2060\u2060\u2060\u2060\u2060Hello</p>');
    const snapshot = readEditableText(root);
    expect(snapshot.toDomPoint(0)).toEqual({ node: root.querySelector('p')!.firstChild, offset: 7 });
  });

  it('refuses offsets outside the text', () => {
    const snapshot = readEditableText(editable('<p>Hi</p>'));
    expect(snapshot.toDomPoint(-1)).toBeNull();
    expect(snapshot.toDomPoint(3)).toBeNull();
    expect(snapshot.toDomRange(0, 2)?.toString()).toBe('Hi');
  });
});
