// Where each value of a JSON text starts, by JSON path ("snippets[3].body"), and the line an
// offset is on: `pack lint` points trainers at the line of the snippet in their pack.json.
// Only for text JSON.parse has accepted (readPackFile checked it first).
//
// Strings are skipped with indexOf rather than character by character, and only keys are decoded:
// a pack's text is mostly snippet bodies, and walking them one character at a time was a tenth of
// a 5,000-snippet lint.

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function endsValue(code: number): boolean {
  return code === 44 || code === 125 || code === 93 || isSpace(code);
}

export function valueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let at = 0;
  const skipSpace = () => {
    while (isSpace(text.charCodeAt(at))) at++;
  };
  /** Moves past the string starting at `at`; returns where its closing quote is. */
  const skipString = (): number => {
    let close = text.indexOf('"', at + 1);
    // A quote after an odd number of backslashes is part of the string.
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    const start = at;
    at = close + 1;
    return start;
  };
  const readKey = (): string => {
    const start = skipString();
    const raw = text.slice(start, at);
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  /** Reads one container's items; `item` reads the next one. */
  const readItems = (close: string, item: () => void) => {
    at++;
    skipSpace();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      skipSpace();
      if (text[at++] !== ',') return;
    }
  };
  const readValue = (path: string): void => {
    skipSpace();
    offsets.set(path, at);
    const first = text.charCodeAt(at);
    if (first === 123) {
      readItems('}', () => {
        skipSpace();
        const key = readKey();
        skipSpace();
        at++; // the colon
        readValue(path ? `${path}.${key}` : key);
      });
    } else if (first === 91) {
      let index = 0;
      readItems(']', () => readValue(`${path}[${index++}]`));
    } else if (first === QUOTE) skipString();
    else while (at < text.length && !endsValue(text.charCodeAt(at))) at++;
  };
  readValue('');
  return offsets;
}

/** 1-based line numbers for offsets, each found by a binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
