// A cheap test that rules a phrase out before its regex runs. From a phrase's regex source the
// anchors are read: literal strings of which every match contains at least one ("cannot" or
// "unable" in "(?:cannot|unable to) help"). A text lacking all of a phrase's anchors cannot hold
// the phrase. Presence is checked through the text's three-letter pieces, stamped in one table:
// a hash collision can only keep a phrase in, never leave one out, so results are exactly those
// of running every regex.

/** Anchors shorter than this say little about a text and cannot be checked by three-letter pieces. */
const GRAM = 3;
const SLOTS = 1 << 16;

/** Strings of which every match holds at least one; null when the source gives none worth checking. */
type Anchors = string[] | null;

function score(anchors: Anchors): number {
  if (!anchors) return 0;
  let shortest = Infinity;
  for (const anchor of anchors) shortest = Math.min(shortest, anchor.length);
  return shortest >= GRAM ? shortest : 0;
}

function better(current: Anchors, candidate: Anchors): Anchors {
  const gain = score(candidate) - score(current);
  if (gain > 0) return candidate;
  if (gain === 0 && current && candidate && candidate.length < current.length) return candidate;
  return current;
}

/** The source could not be read (a syntax the reader does not know): no anchors, never wrong. */
class Unreadable extends Error {}

interface Parsed {
  anchors: Anchors;
  next: number;
}

/** Where an escape (`at` is its backslash) ends, and the literal character it stands for, if any. */
function readEscape(source: string, at: number): { char: string | null; next: number } {
  const kind = source[at + 1] ?? '';
  if ((kind === 'p' || kind === 'P' || kind === 'u' || kind === 'k') && /[{<]/u.test(source[at + 2] ?? '')) {
    const close = source.indexOf(kind === 'k' ? '>' : '}', at);
    if (close < 0) throw new Unreadable();
    return { char: null, next: close + 1 };
  }
  if (kind === 'u') return { char: null, next: at + 6 };
  if (kind === 'x') return { char: null, next: at + 4 };
  if (kind === 'c') return { char: null, next: at + 3 };
  if (/[0-9]/u.test(kind)) {
    let next = at + 1;
    while (/[0-9]/u.test(source[next] ?? '')) next++;
    return { char: null, next };
  }
  // Escaped punctuation is itself; escaped letters are classes, assertions or control characters.
  return { char: /[\p{L}\p{N}]/u.test(kind) || kind === '' ? null : kind, next: at + 2 };
}

function classEnd(source: string, at: number): number {
  let index = at + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  if (index >= source.length) throw new Unreadable();
  return index + 1;
}

/** The fewest repeats a quantifier at `at` allows (1 when there is none), and where it ends. */
function readQuantifier(source: string, at: number): { least: number; quantified: boolean; next: number } {
  const char = source[at];
  let least = 1;
  let next = at + 1;
  if (char === '?' || char === '*') least = 0;
  else if (char === '{') {
    const close = source.indexOf('}', at);
    if (close < 0) throw new Unreadable();
    least = Number.parseInt(source.slice(at + 1, close), 10);
    next = close + 1;
  } else if (char !== '+') return { least: 1, quantified: false, next: at };
  if (source[next] === '?') next++;
  return { least, quantified: true, next };
}

type Atom = { kind: 'char'; char: string } | { kind: 'group'; anchors: Anchors } | { kind: 'other' };

function readGroup(source: string, at: number): { atom: Atom; next: number } {
  let inner = at + 1;
  let lookaround = false;
  if (source[inner] === '?') {
    const mark = source.slice(inner + 1, inner + 3);
    if (mark[0] === ':') inner += 2;
    else if (mark[0] === '=' || mark[0] === '!' || mark === '<=' || mark === '<!') {
      lookaround = true;
      inner += mark[0] === '<' ? 3 : 2;
    } else if (mark[0] === '<') inner = source.indexOf('>', inner) + 1;
    else throw new Unreadable();
  }
  const parsed = readAlternation(source, inner);
  if (source[parsed.next] !== ')') throw new Unreadable();
  // A lookaround matches nothing itself: what it names need not be in the match.
  return { atom: lookaround ? { kind: 'other' } : { kind: 'group', anchors: parsed.anchors }, next: parsed.next + 1 };
}

function readAtom(source: string, at: number): { atom: Atom; next: number } {
  const char = source[at]!;
  if (char === '(') return readGroup(source, at);
  if (char === '[') return { atom: { kind: 'other' }, next: classEnd(source, at) };
  if (char === '\\') {
    const escape = readEscape(source, at);
    return { atom: escape.char === null ? { kind: 'other' } : { kind: 'char', char: escape.char }, next: escape.next };
  }
  if (char === '.' || char === '^' || char === '$') return { atom: { kind: 'other' }, next: at + 1 };
  return { atom: { kind: 'char', char }, next: at + 1 };
}

/** A sequence: its best anchors are its longest required literal run or its most telling group. */
function readSequence(source: string, at: number): Parsed {
  let best: Anchors = null;
  let run = '';
  let index = at;
  const endRun = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  while (index < source.length && source[index] !== '|' && source[index] !== ')') {
    const { atom, next } = readAtom(source, index);
    const quantifier = readQuantifier(source, next);
    index = quantifier.next;
    if (atom.kind === 'char' && quantifier.least > 0) {
      run += atom.char;
      // "ab+c" holds "ab" and then more b's: the run cannot go on past a repeat.
      if (quantifier.quantified) endRun();
      continue;
    }
    endRun();
    if (atom.kind === 'group' && quantifier.least > 0) best = better(best, atom.anchors);
  }
  endRun();
  return { anchors: best, next: index };
}

/** Alternatives: a match holds one of any branch's anchors, so the branches' anchors join. */
function readAlternation(source: string, at: number): Parsed {
  const joined: string[] = [];
  let known = true;
  let index = at;
  for (;;) {
    const branch = readSequence(source, index);
    if (score(branch.anchors) === 0) known = false;
    else joined.push(...branch.anchors!);
    index = branch.next;
    if (source[index] !== '|') break;
    index++;
  }
  return { anchors: known ? [...new Set(joined)] : null, next: index };
}

/** The anchors of a regex source (as matched against lowered text), or null when it has none. */
export function anchorsOf(source: string): string[] | null {
  try {
    const parsed = readAlternation(source, 0);
    return parsed.next === source.length && score(parsed.anchors) > 0 ? parsed.anchors : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

function gramSlot(text: string, at: number): number {
  let hash = Math.imul(text.charCodeAt(at), 0x2c1b3c6d);
  hash ^= Math.imul(text.charCodeAt(at + 1), 0x297a2d39);
  hash ^= Math.imul(text.charCodeAt(at + 2), 0x1b873593);
  return (hash ^ (hash >>> 15)) & (SLOTS - 1);
}

/** A phrase's anchors as the table slots of their three-letter pieces; null: always a candidate. */
export type AnchorSlots = readonly Int32Array[] | null;

export function anchorSlots(source: string): AnchorSlots {
  const anchors = anchorsOf(source);
  if (!anchors) return null;
  return anchors.map((anchor) => {
    const slots = new Int32Array(anchor.length - GRAM + 1);
    for (let at = 0; at < slots.length; at++) slots[at] = gramSlot(anchor, at);
    return slots;
  });
}

/** Which slots the last text stamped: a stamp per slot, so a new text needs no clearing. */
const stamps = new Uint32Array(SLOTS);
let stamp = 0;
let stamped: string | null = null;

/** Stamps the three-letter pieces of `text` (the phrase lists all read the same text in turn). */
export function readGrams(text: string): void {
  if (text === stamped) return;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 0;
  }
  stamp++;
  stamped = text;
  for (let at = 0; at + GRAM <= text.length; at++) stamps[gramSlot(text, at)] = stamp;
}

/** Whether the text last given to `readGrams` may hold the phrase with these anchors. */
export function mayHold(anchors: AnchorSlots): boolean {
  if (!anchors) return true;
  for (const slots of anchors) {
    let all = true;
    for (let at = 0; at < slots.length && all; at++) all = stamps[slots[at]!] === stamp;
    if (all) return true;
  }
  return false;
}
