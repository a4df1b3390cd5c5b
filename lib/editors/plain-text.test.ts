// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detachedTextSnapshot, spliceText, textNodeSnapshot } from './plain-text';

function attachedText(data: string): Text {
  const holder = document.createElement('div');
  const node = document.createTextNode(data);
  holder.append(node);
  document.body.append(holder);
  return node;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('detachedTextSnapshot', () => {
  it('reads the text and maps no offset to the DOM', () => {
    const snapshot = detachedTextSnapshot('Reset your router.');
    expect(snapshot.text).toBe('Reset your router.');
    expect(snapshot.toDomPoint(0)).toBeNull();
    expect(snapshot.toDomRange(0, 5)).toBeNull();
    expect(snapshot.fromDomPoint(document.body, 0)).toBeNull();
  });
});

describe('textNodeSnapshot', () => {
  it('maps offsets one to one onto the node', () => {
    const node = attachedText('Calm down.\nReset your router.');
    const snapshot = textNodeSnapshot(node);
    expect(snapshot.text).toBe('Calm down.\nReset your router.');
    expect(snapshot.toDomPoint(11)).toEqual({ node, offset: 11 });
    expect(snapshot.toDomRange(0, 9)?.toString()).toBe('Calm down');
    expect(snapshot.toDomRange(11, 16)?.toString()).toBe('Reset');
    expect(snapshot.fromDomPoint(node, 4)).toBe(4);
  });

  it('refuses offsets outside the text and reversed ranges', () => {
    const snapshot = textNodeSnapshot(attachedText('Thanks'));
    expect(snapshot.toDomPoint(-1)).toBeNull();
    expect(snapshot.toDomPoint(7)).toBeNull();
    expect(snapshot.toDomRange(4, 2)).toBeNull();
    expect(snapshot.toDomRange(0, 6)?.toString()).toBe('Thanks');
  });

  it('maps nothing once the node holds other text or left the document', () => {
    const node = attachedText('Calm down.');
    const snapshot = textNodeSnapshot(node);
    node.data = 'Take a breath.';
    expect(snapshot.toDomRange(0, 4)).toBeNull();
    expect(snapshot.fromDomPoint(node, 2)).toBeNull();

    const detached = attachedText('Calm down.');
    const before = textNodeSnapshot(detached);
    detached.remove();
    expect(before.toDomPoint(0)).toBeNull();
  });

  it('places positions in other nodes nowhere in the text', () => {
    const node = attachedText('Calm down.');
    const other = attachedText('Calm down.');
    expect(textNodeSnapshot(node).fromDomPoint(other, 2)).toBeNull();
  });
});

describe('spliceText', () => {
  it('makes the node hold the new text', () => {
    for (const [from, to] of [
      ['Calm down.', 'Calm down. Thanks!'],
      ['Calm down.', 'Please, calm down.'],
      ['I know exactly how you feel.', 'I understand how frustrating this is.'],
      ['aaa', 'aa'],
      ['abc', ''],
      ['', 'abc'],
      ['line one\nline two', 'line one\n\nline two'],
    ] as const) {
      const node = attachedText(from);
      spliceText(node, to);
      expect(node.data).toBe(to);
    }
  });

  // The browser moves live Ranges with replaceData (happy-dom does not), so replacing only the
  // differing span is what keeps underlines on their words.
  it('replaces only the span that differs', () => {
    for (const [from, to, call] of [
      ['Calm down. Reset your router.', 'Calm down. Please reset your router.', [11, 1, 'Please r']],
      ['Hi. Calm down.', 'Hi there. Calm down.', [2, 0, ' there']],
      ['Calm down. Thanks!', 'Calm down.', [10, 8, '']],
      ['aaa', 'aa', [2, 1, '']],
    ] as const) {
      const node = attachedText(from);
      const replaceData = vi.spyOn(node, 'replaceData');
      spliceText(node, to);
      expect(replaceData.mock.calls).toEqual([call]);
    }
  });

  it('changes nothing when the text is the same', () => {
    const node = attachedText('Calm down.');
    const replaceData = vi.spyOn(node, 'replaceData');
    spliceText(node, 'Calm down.');
    expect(replaceData).not.toHaveBeenCalled();
  });
});
