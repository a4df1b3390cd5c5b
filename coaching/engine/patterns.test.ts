import { describe, expect, it } from 'vitest';
import { forgetReadings } from './memo';
import { caseless, caselessSource, compileAnywhere, lowered, phraseSource, PhraseMatcher } from './patterns';
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

describe('caseless matching and remembered paragraphs', () => {
  it('matches any case through lowered text, with groups in the original case', () => {
    const matcher = new PhraseMatcher(['you (?:must|should) have (deleted|moved) (it|them)']);
    const [match] = [...matcher.matches('Hi.\n\nYOU MUST HAVE Deleted IT. Sorry.')];
    expect(match?.text).toBe('YOU MUST HAVE Deleted IT');
    expect(match?.groups).toEqual(['Deleted', 'IT']);
  });

  it('keeps a cased-letter class working on lowered text', () => {
    expect(caseless('^\\p{Lu}\\p{L}+ will').test('sam will call')).toBe(true);
    expect(caselessSource('I\\S+\\p{Lu}[A-Z]')).toBe('i\\S+\\p{L}[a-z]');
  });

  it('finds the same phrases paragraph by paragraph as in one piece, at the right offsets after an edit', () => {
    const matcher = new PhraseMatcher(['flush the cache', 'obviously']);
    const paragraph = 'Obviously you can flush the cache and try again. '.repeat(4).trim();
    const text = `${paragraph}\n\n${paragraph}\n\n${paragraph}`;
    const whole = (source: string) => {
      const scanner = caseless(`(?:flush the cache|obviously)`, 'g');
      return [...lowered(source).matchAll(scanner)].map((found) => found.index);
    };
    expect([...matcher.matches(text)].map((match) => match.start)).toEqual(whole(text));
    const edited = `Hello there, ${text}`;
    forgetReadings();
    expect([...matcher.matches(edited)].map((match) => match.start)).toEqual(whole(edited));
    expect([...matcher.matches(edited)].map((match) => edited.slice(match.start, match.end))).toContain('Obviously');
  });
});
