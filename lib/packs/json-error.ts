// Where a JSON text goes wrong, said so a trainer can find it: the line and column of broken JSON
// (engines word JSON.parse's errors differently, and V8 often names no position at all), and the
// path of a value that breaks the schema.

/** The offset of the first character that cannot continue valid JSON (the text's length when it ends too soon). */
export function firstJsonErrorOffset(text: string): number {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else throw at;
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) throw at;
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) throw at;
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? '')) throw at;
      }
      at++;
    }
    if (at >= text.length) throw at;
    at++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0].length === 0) throw at;
    at += match[0].length;
  };
  const sequence = (close: string, item: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] === ',') {
        at++;
        space();
      } else if (text[at] === close) return void at++;
      else throw at;
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{')
      sequence('}', () => {
        if (text[at] !== '"') throw at;
        string();
        space();
        if (text[at] !== ':') throw at;
        at++;
        value();
      });
    else if (char === '[') sequence(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

export function lineAndColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** "line 3, column 7" for where `text` stops being JSON. */
export function whereJsonBreaks(text: string): string {
  const offset = firstJsonErrorOffset(text);
  if (offset < 0) return 'it cannot be read';
  if (offset >= text.length) return 'it ends too soon';
  const { line, column } = lineAndColumnOf(text, offset);
  return `line ${line}, column ${column}`;
}

/** "#/snippets/3/title" → "snippets[3].title". */
export function jsonPath(pointer: string): string {
  const parts = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : joinPath(path, part)), '');
}

export function joinPath(base: string, name: string): string {
  if (!name) return base;
  if (!base) return name;
  return name.startsWith('[') ? `${base}${name}` : `${base}.${name}`;
}
