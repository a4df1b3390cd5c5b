import { describe, expect, it } from 'vitest';
import { compileAnywhere, phraseSource } from './patterns';
import { isClauseStart } from './text-tools';

describe('phrase patterns', () => {
  it('reads a space as any whitespace and " ?" as optional whitespace', () => {
    expect(phraseSource('flush the cache')).toBe('flush\\s+the\\s+cache');
    const stack = compileAnywhere('stack ?trace');
    expect(stack.test('send the stacktrace')).toBe(true);
    expect(stack.test('send the stack trace')).toBe(true);
    expect(stack.test('send the stack\ntrace')).toBe(true);
    expect(compileAnywhere('(?:any|every) ?one can').test('Anyone can')).toBe(true);
  });

  it('lets a straight apostrophe match a typographic one, outside character classes', () => {
    expect(compileAnywhere("don't").test('I don’t know')).toBe(true);
    expect(phraseSource("[']")).toBe("[']");
  });
});

describe('isClauseStart', () => {
  it.each([
    ['Please call them.', 0, true],
    ['Done. Please call them.', 6, true],
    ['It moved, so please call them.', 13, true],
    ['It moved and please call them.', 13, true],
    ['Hi Dana,\n\nPlease call them.', 10, true],
    ['It is what we please.', 14, false],
    ['You can call them.', 8, false],
  ] as const)('%j at %i: %s', (text, offset, expected) => {
    expect(isClauseStart(text, offset)).toBe(expected);
  });
});
