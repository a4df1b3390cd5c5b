import { describe, expect, it } from 'vitest';
import { ReplyCounter } from './reply-counter';

describe('ReplyCounter', () => {
  it('counts an editor once, on its first change', () => {
    const counter = new ReplyCounter();
    const editor = {};
    expect(counter.changed(editor, 'Hi Dana,')).toBe(false);
    expect(counter.changed(editor, 'Hi Dana,')).toBe(false);
    expect(counter.changed(editor, 'Hi Dana, thanks')).toBe(true);
    expect(counter.changed(editor, 'Hi Dana, thanks for waiting')).toBe(false);
  });

  it('keeps editors apart', () => {
    const counter = new ReplyCounter();
    const first = {};
    const second = {};
    counter.changed(first, '');
    counter.changed(second, '');
    expect(counter.changed(first, 'a')).toBe(true);
    expect(counter.changed(second, 'b')).toBe(true);
  });

  it('does not count a draft read again unchanged (re-analysis after a page change)', () => {
    const counter = new ReplyCounter();
    const editor = {};
    counter.changed(editor, 'Seeded draft.');
    for (let reading = 0; reading < 5; reading++) expect(counter.changed(editor, 'Seeded draft.')).toBe(false);
  });
});
