// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTextareaAdapter } from '@/lib/editors/textarea';
import {
  caretInQuotedHistory,
  endsShortcut,
  onQuotedLine,
  shortcutBeforeCaret,
  watchShortcutTyping,
  type ShortcutMatch,
} from './shortcut-expansion';

const at = (text: string) => ({ start: text.length, end: text.length });

describe('shortcutBeforeCaret', () => {
  const finds: Array<[string, string, Partial<ShortcutMatch>]> = [
    ['a space', 'Hello ;;thanks ', { start: 6, end: 14, shortcut: 'thanks', terminator: ' ' }],
    ['the start of the text', ';;thanks ', { start: 0, end: 8, shortcut: 'thanks' }],
    ['a new line', 'Hi\n;;thanks\n', { start: 3, shortcut: 'thanks', terminator: '\n' }],
    ['a no-break space', 'Hi ;;thanks\u00a0', { shortcut: 'thanks', terminator: '\u00a0' }],
    ['a comma', 'Hi ;;thanks,', { shortcut: 'thanks', terminator: ',' }],
    ['a question mark', 'Hi ;;thanks?', { shortcut: 'thanks' }],
    ['dots, dashes and underscores inside', 'x ;;billing.late-fee_v2 ', { shortcut: 'billing.late-fee_v2' }],
    ['capitals as typed', 'x ;;Thanks ', { shortcut: 'Thanks' }],
    ['letters beyond ASCII', 'x ;;merci-beaucoup-é ', { shortcut: 'merci-beaucoup-é' }],
    ['a trigger right after a word', 'word;;thanks ', { start: 4, shortcut: 'thanks' }],
  ];
  it.each(finds)('finds a shortcut ended by %s', (_case, text, expected) => {
    expect(shortcutBeforeCaret(text, at(text), ';;')).toMatchObject(expected);
  });

  const ignores: Array<[string, string, { start: number; end: number } | undefined, string?]> = [
    ['no terminator yet', 'Hi ;;thanks', undefined],
    ['a full stop (shortcuts may hold dots)', 'Hi ;;thanks.', undefined],
    ['a terminator the trigger uses', 'Hi ;;thanks;', undefined],
    ['no shortcut after the trigger', 'Hi ;; ', undefined],
    ['no trigger', 'Hi thanks ', undefined],
    ['half a trigger', 'Hi ;thanks ', undefined],
    ['a caret elsewhere', 'Hi ;;thanks and more', { start: 14, end: 14 }],
    ['a selection', 'Hi ;;thanks ', { start: 3, end: 12 }],
    ['a shortcut longer than any the library keeps', `Hi ;;${'a'.repeat(41)} `, undefined],
    ['a quoted line', 'Thanks\n> Hi ;;thanks ', undefined],
    ['the caret at the start', '', { start: 0, end: 0 }],
  ];
  it.each(ignores)('ignores %s', (_case, text, caret) => {
    expect(shortcutBeforeCaret(text, caret ?? at(text), ';;')).toBeNull();
  });

  it('takes any trigger the settings allow, and its characters stop ending shortcuts', () => {
    expect(shortcutBeforeCaret('Hi !!thanks ', at('Hi !!thanks '), '!!')).toMatchObject({
      start: 3,
      shortcut: 'thanks',
    });
    expect(shortcutBeforeCaret('Hi !!thanks!', at('Hi !!thanks!'), '!!')).toBeNull();
    expect(shortcutBeforeCaret('Hi ;;thanks ', at('Hi ;;thanks '), '')).toBeNull();
  });

  it('accepts a shortcut of the longest length the library keeps', () => {
    const text = `Hi ;;${'a'.repeat(40)} `;
    expect(shortcutBeforeCaret(text, at(text), ';;')?.shortcut).toHaveLength(40);
  });
});

describe('endsShortcut and onQuotedLine', () => {
  it('knows the terminators', () => {
    expect([' ', '\n', '\u00a0', ',', '!', '?', ':', ')'].every((character) => endsShortcut(character, ';;'))).toBe(
      true,
    );
    expect(['.', '-', '_', 'a', '1', '\t', ';'].some((character) => endsShortcut(character, ';;'))).toBe(false);
  });

  it('reads quoting per line', () => {
    expect(onQuotedLine('> quoted ;;x', 9)).toBe(true);
    expect(onQuotedLine('  > quoted ;;x', 11)).toBe(true);
    expect(onQuotedLine('> quoted\nmine ;;x', 14)).toBe(false);
    expect(onQuotedLine('mine a > b ;;x', 11)).toBe(false);
  });
});

describe('caretInQuotedHistory', () => {
  it('is true only with the selection inside a quote within the editor', () => {
    document.body.innerHTML =
      '<div contenteditable="true" id="e"><p id="mine">Mine</p><div class="gmail_quote"><p id="q">Old</p></div></div><blockquote id="outside">x</blockquote>';
    const root = document.getElementById('e')!;
    const place = (id: string) => {
      const range = document.createRange();
      range.setStart(document.getElementById(id)!.firstChild!, 1);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    place('q');
    expect(caretInQuotedHistory(root)).toBe(true);
    place('mine');
    expect(caretInQuotedHistory(root)).toBe(false);
    place('outside');
    expect(caretInQuotedHistory(root)).toBe(false);
  });
});

describe('watchShortcutTyping', () => {
  const type = (field: HTMLTextAreaElement, data: string, inputType = 'insertText') => {
    field.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType, data }));
    field.value += inputType === 'insertText' ? data : '\n';
    field.setSelectionRange(field.value.length, field.value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data }));
  };

  function setUp(trigger = ';;') {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    const found: ShortcutMatch[] = [];
    const watching = new AbortController();
    watchShortcutTyping(
      createTextareaAdapter(field),
      { trigger: () => trigger, onShortcut: (match) => found.push(match) },
      watching.signal,
    );
    return { field, found, watching };
  }

  it('reports a shortcut once its terminator is typed, and only then', () => {
    const { field, found } = setUp();
    for (const character of 'Hi ;;thanks') type(field, character);
    expect(found).toEqual([]);
    type(field, ' ');
    expect(found).toEqual([{ start: 3, end: 11, shortcut: 'thanks', terminator: ' ' }]);
  });

  it('reports the shortcut again when a key typed before the terminator lands after it', () => {
    const { field, found } = setUp();
    for (const character of 'Hi ;;asked') type(field, character);
    // The editor applies "-" late: the space shows first, then the text is corrected.
    field.dispatchEvent(
      new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: '-' }),
    );
    type(field, 'b');
    type(field, ' ');
    expect(found.map((match) => match.shortcut)).toEqual(['askedb']);
    field.value = 'Hi ;;asked-b ';
    field.setSelectionRange(field.value.length, field.value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '-' }));
    expect(found.map((match) => match.shortcut)).toEqual(['askedb', 'asked-b']);
  });

  it('stops checking once the shortcut is being expanded, and at the next key the agent types', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    const found: string[] = [];
    watchShortcutTyping(
      createTextareaAdapter(field),
      {
        trigger: () => ';;',
        onShortcut: (match, _text, watch) => {
          found.push(match.shortcut);
          watch.disarm();
        },
      },
      new AbortController().signal,
    );
    for (const character of 'Hi ;;thanks ') type(field, character);
    // The expansion's own edit, ending in what looks like another shortcut, is not read as one.
    field.value = 'Hi Thanks, see ;;faq ';
    field.setSelectionRange(field.value.length, field.value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' ' }));
    expect(found).toEqual(['thanks']);
  });

  it('stops checking after a terminator that ends no shortcut, so a later change never expands one', () => {
    const { field, found } = setUp();
    for (const character of 'Hi there ') type(field, character);
    // A change the agent did not type (a script, another extension) that ends in a shortcut.
    field.value += ';;thanks ';
    field.setSelectionRange(field.value.length, field.value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' ' }));
    expect(found).toEqual([]);
  });

  it('takes no terminator a script fired: a page cannot get a snippet expanded to read it', () => {
    const { field, found } = setUp();
    for (const character of 'Hi ;;thanks') type(field, character);
    const scripted = new InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      inputType: 'insertText',
      data: ' ',
    });
    // What browsers report for every event a script makes (happy-dom reports nothing).
    Object.defineProperty(scripted, 'isTrusted', { value: false });
    field.dispatchEvent(scripted);
    field.value += ' ';
    field.setSelectionRange(field.value.length, field.value.length);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' ' }));
    expect(found).toEqual([]);
  });

  it('takes Enter as a terminator', () => {
    const { field, found } = setUp();
    for (const character of ';;thanks') type(field, character);
    type(field, '', 'insertLineBreak');
    expect(found.map((match) => match.shortcut)).toEqual(['thanks']);
  });

  it('ignores changes made without typing a terminator (pasted text, the page writing)', () => {
    const { field, found } = setUp();
    field.value = 'Hi ;;thanks ';
    field.setSelectionRange(12, 12);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    expect(found).toEqual([]);
  });

  it('stops when its signal aborts', () => {
    const { field, found, watching } = setUp();
    for (const character of ';;thanks') type(field, character);
    watching.abort();
    type(field, ' ');
    expect(found).toEqual([]);
  });
});
