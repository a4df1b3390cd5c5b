// Where each value of a JSON text starts, by JSON path ("snippets[3].body"), and the line an
// offset is on: `pack lint` points trainers at the line of the snippet in their pack.json.
// Only for text JSON.parse has accepted (readPackFile checked it first).

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const VALUE_END = new Set([',', '}', ']', ' ', '\t', '\n', '\r']);

export function valueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let at = 0;
  const skipSpace = () => {
    while (WHITESPACE.has(text[at]!)) at++;
  };
  const readString = (): string => {
    const start = at++;
    while (text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
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
    const first = text[at];
    if (first === '{') {
      readItems('}', () => {
        skipSpace();
        const key = readString();
        skipSpace();
        at++; // the colon
        readValue(path ? `${path}.${key}` : key);
      });
    } else if (first === '[') {
      let index = 0;
      readItems(']', () => readValue(`${path}[${index++}]`));
    } else if (first === '"') readString();
    else while (at < text.length && !VALUE_END.has(text[at]!)) at++;
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
