// Phrase data is written as small regular-expression sources so that lists stay readable:
// a space stands for any run of whitespace (line breaks included), " ?" for optional whitespace,
// and a straight apostrophe also matches the typographic one that editors insert (all outside
// character classes only).

import { memory } from './memo';
import { anchorSlots, mayHold, readGrams, type AnchorSlots } from './phrase-anchors';
import { paragraphsIn, type Paragraph } from './phrase-paragraphs';

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

// Case-insensitive matching: V8 runs a /iu regex that starts with a word boundary or an
// alternation ten to twenty times slower than the same regex without the i flag, so the engine
// lowers the text once (keeping its length, so offsets hold) and matches lowered sources with /u.

/** A regex source that matches lowered text as the source matches any case with the i flag. */
export function caselessSource(source: string): string {
  let lowered = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char !== '\\') {
      lowered += char.toLowerCase().length === 1 ? char.toLowerCase() : char;
      continue;
    }
    const next = source[index + 1] ?? '';
    if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
      const close = source.indexOf('}', index);
      // Under the i flag a cased-letter class matches either case; in lowered text that is any letter.
      const property = source.slice(index + 3, close).replace(/^(?:Lu|Ll|Lt)$/u, 'L');
      lowered += `\\${next}{${property}}`;
      index = close;
    } else {
      lowered += char + next;
      index++;
    }
  }
  return lowered;
}

/** Flags for a caseless regex: the i flag dropped, the u flag kept. */
function caselessFlags(flags: string): string {
  return `${flags.replace(/[iu]/g, '')}u`;
}

/** A regex over lowered text (see `lowered`) that behaves as `new RegExp(source, 'iu' + flags)`. */
export function caseless(source: string, flags = ''): RegExp {
  return new RegExp(caselessSource(source), caselessFlags(flags));
}

/** The text in lower case, with the same length (a letter whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let same = '';
  for (const char of text) {
    const one = char.toLowerCase();
    same += one.length === char.length ? one : char;
  }
  return same;
}

/** The last few texts lowered: the reply and the customer's message are read by many rules. */
const recentLowered = memory<string>();
const LOWERED_KEPT = 4;

export function lowered(text: string): string {
  let lower = recentLowered.get(text);
  if (lower === undefined) {
    lower = lowerSameLength(text);
    if (recentLowered.size >= LOWERED_KEPT) recentLowered.clear();
    recentLowered.set(text, lower);
  }
  return lower;
}

/** A phrase found anywhere, in any case (for occasional tests; scans use `caseless`). */
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

const AFTER_WORD = new RegExp(`(?<=${WORD_CHAR})`, 'uy');

/** Ranges shorter than this are scanned in one piece. */
const SPLIT_ABOVE = 600;
const PARAGRAPHS_KEPT = 256;
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  /** Index of the list entry that matched. */
  entry: number;
  groups: readonly (string | undefined)[];
}

/**
 * Scans `text` with a list of phrase patterns, as one alternation of them all would: the leftmost
 * match wins, the first listed phrase among those starting there, and scanning goes on after it.
 * Each phrase has its own regex, run only when the text holds the phrase's anchors (see
 * phrase-anchors.ts), so a list costs the few phrases a text may hold, not the whole list.
 * `text` should already have excluded regions blanked out, so offsets stay valid for the original.
 */
export class PhraseMatcher {
  /** Each phrase's own scanner over lowered text, built when a text first may hold the phrase. */
  private readonly finders: (RegExp | undefined)[];
  /** The same, sticky and with match indices (slower to run), for reading a found phrase's groups. */
  private readonly readers: (RegExp | undefined)[];
  private readonly anchors: AnchorSlots[];
  private readonly recentParagraphs = memory<PhraseMatch[]>();

  constructor(readonly patterns: readonly string[]) {
    this.finders = new Array<RegExp | undefined>(patterns.length);
    this.readers = new Array<RegExp | undefined>(patterns.length);
    this.anchors = patterns.map((pattern) => anchorSlots(caselessSource(phraseSource(pattern))));
  }

  /**
   * The phrases found in [from, to). A long range is read paragraph by paragraph, and each
   * paragraph's matches are kept: while the agent types, only the paragraph being edited (and its
   * neighbours' edges, which lookarounds see) is scanned again.
   */
  *matches(text: string, from = 0, to = text.length): Generator<PhraseMatch> {
    if (to - from < SPLIT_ABOVE) {
      yield* this.scan(text, from, to);
      return;
    }
    for (const paragraph of paragraphsIn(text, from, to, lowered)) yield* this.paragraphMatches(paragraph);
  }

  private paragraphMatches({ start, end, base, window, lower, key }: Paragraph): PhraseMatch[] {
    let found = this.recentParagraphs.get(key);
    if (!found) {
      found = this.scan(window, start - base, end - base, lower);
      if (this.recentParagraphs.size >= PARAGRAPHS_KEPT) this.recentParagraphs.clear();
      this.recentParagraphs.set(key, found);
    }
    return found.map((match) => ({ ...match, start: match.start + base, end: match.end + base }));
  }

  /** The list entries whose anchors the subject holds, in list order. */
  private candidates(subject: string): number[] {
    readGrams(subject);
    const found: number[] = [];
    for (let entry = 0; entry < this.anchors.length; entry++) if (mayHold(this.anchors[entry]!)) found.push(entry);
    return found;
  }

  /** `lower` is the text lowered, when the caller has it. */
  private scan(text: string, from: number, to: number, lower?: string): PhraseMatch[] {
    // A window is scanned as its own small string (plus a margin either side for lookarounds),
    // so checking a sentence costs the sentence, not the rest of a long text.
    const windowed = from > WINDOW_MARGIN || to + WINDOW_MARGIN < text.length;
    const base = windowed ? Math.max(0, from - WINDOW_MARGIN) : 0;
    const original = windowed ? text.slice(base, Math.min(text.length, to + WINDOW_MARGIN)) : text;
    const subject = windowed ? lowerSameLength(original) : (lower ?? lowered(text));
    const found: PhraseMatch[] = [];
    const entries = this.candidates(subject);
    if (entries.length === 0) return found;
    // Each candidate's next match at or after `at`, found again only once `at` has passed it.
    const next: (RegExpExecArray | null | undefined)[] = new Array(entries.length);
    let at = from - base;
    for (;;) {
      let winner = -1;
      for (let slot = 0; slot < entries.length; slot++) {
        let own = next[slot];
        if (own === undefined || (own !== null && own.index < at)) {
          const entry = entries[slot]!;
          next[slot] = own = this.findFrom(entry, subject, at);
        }
        if (own && (winner < 0 || own.index < next[winner]!.index)) winner = slot;
      }
      if (winner < 0) break;
      const own = next[winner]!;
      const start = own.index;
      const end = start + own[0].length;
      if (start + base >= to) break;
      if (end === start) {
        at = start + 1;
        continue;
      }
      const groups = this.groupsAt(entries[winner]!, subject, original, start);
      found.push({
        start: start + base,
        end: end + base,
        text: original.slice(start, end),
        entry: entries[winner]!,
        groups,
      });
      at = end;
    }
    return found;
  }

  /**
   * The phrase's leftmost match at or after `at`. Its regex leaves out the opening word boundary,
   * which is checked here: a regex that opens with a lookbehind is tried at every position, while
   * one that opens with letters lets V8 skip ahead to where they occur.
   */
  private findFrom(entry: number, subject: string, at: number): RegExpExecArray | null {
    const finder = (this.finders[entry] ??= caseless(
      `(?:${phraseSource(this.patterns[entry]!)})(?!${WORD_CHAR})`,
      'g',
    ));
    finder.lastIndex = at;
    let found: RegExpExecArray | null;
    while ((found = finder.exec(subject)) !== null) {
      AFTER_WORD.lastIndex = found.index;
      if (!AFTER_WORD.test(subject)) return found;
      finder.lastIndex = found.index + (subject.codePointAt(found.index)! > 0xffff ? 2 : 1);
    }
    return null;
  }

  /** The groups of the phrase found at `start`, read from the original text, in its own case. */
  private groupsAt(entry: number, subject: string, original: string, start: number): (string | undefined)[] {
    const reader = (this.readers[entry] ??= caseless(boundedSource(this.patterns[entry]!), 'yd'));
    reader.lastIndex = start;
    const own = reader.exec(subject);
    return own?.indices ? own.indices.slice(1).map((span) => span && original.slice(span[0], span[1])) : [];
  }

  test(text: string, from = 0, to = text.length): boolean {
    for (const match of this.matches(text, from, to)) {
      if (match.end <= to) return true;
    }
    return false;
  }
}
