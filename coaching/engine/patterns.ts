// Phrase data is written as small regular-expression sources so that lists stay readable:
// a space stands for any run of whitespace (line breaks included), " ?" for optional whitespace,
// and a straight apostrophe also matches the typographic one that editors insert (all outside
// character classes only).

const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** Characters past the end of a scanned window that lookaheads may still inspect. */
const WINDOW_MARGIN = 64;

export function phraseSource(pattern: string): string {
  let source = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\') {
      source += char + (pattern[index + 1] ?? '');
      index++;
    } else if (inClass) {
      if (char === ']') inClass = false;
      source += char;
    } else if (char === '[') {
      inClass = true;
      source += char;
    } else if (char === ' ') {
      while (pattern[index + 1] === ' ') index++;
      // "stack ?trace": an optional space means optional whitespace, not "one or more, lazily".
      if (pattern[index + 1] === '?') {
        source += '\\s*';
        index++;
      } else source += '\\s+';
    } else if (char === "'") source += "['’]";
    else source += char;
  }
  return source;
}

/** The phrase as a whole-word pattern: it never starts or ends in the middle of a word. */
export function boundedSource(pattern: string): string {
  return `(?<!${WORD_CHAR})(?:${phraseSource(pattern)})(?!${WORD_CHAR})`;
}

/** One scanning regex over many phrases (first listed phrase wins at a position). */
export function compileAlternation(patterns: readonly string[], flags = 'giu'): RegExp {
  if (patterns.length === 0) return /(?!)/gu;
  // The boundaries sit outside the alternation: equivalent to bounding each phrase (backtracking
  // tries the next phrase when the closing boundary fails), and several times faster in V8.
  return new RegExp(
    `(?<!${WORD_CHAR})(?:${patterns.map((pattern) => `(?:${phraseSource(pattern)})`).join('|')})(?!${WORD_CHAR})`,
    flags,
  );
}

/** A sticky regex for one phrase, used to find out which list entry produced a match. */
export function compileSticky(pattern: string): RegExp {
  return new RegExp(boundedSource(pattern), 'iuy');
}

export function compileAnywhere(pattern: string): RegExp {
  return new RegExp(boundedSource(pattern), 'iu');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal text (e.g. a team phrase typed by a person) as a phrase pattern. */
export function literalPattern(text: string): string {
  return escapeRegExp(text.trim()).replace(/\s+/g, ' ').replace(/['’]/g, "'");
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Index of the list entry that matched. */
  entry: number;
  groups: readonly (string | undefined)[];
}

/**
 * Scans `text` with a list of phrase patterns in one pass.
 * `text` should already have excluded regions blanked out, so offsets stay valid for the original.
 */
export class PhraseMatcher {
  private readonly scanner: RegExp;
  private readonly stickies: RegExp[];

  constructor(readonly patterns: readonly string[]) {
    this.scanner = compileAlternation(patterns);
    this.stickies = patterns.map(compileSticky);
  }

  *matches(text: string, from = 0, to = text.length): Generator<PhraseMatch> {
    const scanner = this.scanner;
    // A window is scanned as its own small string (plus a margin either side for lookarounds),
    // so checking a sentence costs the sentence, not the rest of a long text.
    const windowed = from > WINDOW_MARGIN || to + WINDOW_MARGIN < text.length;
    const base = windowed ? Math.max(0, from - WINDOW_MARGIN) : 0;
    const subject = windowed ? text.slice(base, Math.min(text.length, to + WINDOW_MARGIN)) : text;
    scanner.lastIndex = from - base;
    let found: RegExpExecArray | null;
    while ((found = scanner.exec(subject)) !== null) {
      const start = found.index;
      const end = start + found[0].length;
      if (start + base >= to) break;
      if (end === start) {
        scanner.lastIndex = start + 1;
        continue;
      }
      const entry = this.identify(subject, start, end);
      const sticky = this.stickies[entry];
      let groups: (string | undefined)[] = [];
      if (sticky) {
        sticky.lastIndex = start;
        const own = sticky.exec(subject);
        if (own) groups = own.slice(1);
      }
      yield { start: start + base, end: end + base, text: found[0], entry, groups };
    }
  }

  test(text: string, from = 0, to = text.length): boolean {
    for (const match of this.matches(text, from, to)) {
      if (match.end <= to) return true;
    }
    return false;
  }

  private identify(text: string, start: number, end: number): number {
    for (let index = 0; index < this.stickies.length; index++) {
      const sticky = this.stickies[index]!;
      sticky.lastIndex = start;
      const own = sticky.exec(text);
      if (own && start + own[0].length === end) return index;
    }
    return 0;
  }
}
