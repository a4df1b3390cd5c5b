// The size check: no source file over MAX_FILE_LINES and no function over MAX_FUNCTION_LINES, so
// the next 400-line closure cannot grow back. There are no exceptions: the last pieces over a limit
// (the coaching session, the engine's document and politeness scan, the textarea mirror, ...) were
// split by job, and data tables are measured apart (isDataTable).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHECKED_FOLDERS,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
  functionSizes,
  isDataTable,
  isSourceFile,
  lineCount,
  readSource,
} from './source-size';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function measuredSizes(): Map<string, { size: number; limit: number }> {
  const files = execFileSync('git', ['ls-files', ...CHECKED_FOLDERS], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((path) => path !== '' && isSourceFile(path) && !isDataTable(path));
  const sizes = new Map<string, { size: number; limit: number }>();
  for (const path of files) {
    let text: string;
    try {
      text = readSource(`${repoRoot}${path}`);
    } catch {
      continue; // listed by git but deleted in the working tree
    }
    sizes.set(path, { size: lineCount(text), limit: MAX_FILE_LINES });
    for (const { name, lines } of functionSizes(path, text)) {
      const key = `${path}#${name}`;
      // Two functions of one name in a file: the larger decides.
      if ((sizes.get(key)?.size ?? 0) < lines) sizes.set(key, { size: lines, limit: MAX_FUNCTION_LINES });
    }
  }
  return sizes;
}

describe('source size', () => {
  const sizes = measuredSizes();

  it('measures the source tree', () => {
    expect(sizes.size).toBeGreaterThan(100);
  });

  it(`keeps files within ${MAX_FILE_LINES} lines and functions within ${MAX_FUNCTION_LINES}`, () => {
    const over = [...sizes]
      .filter(([, { size, limit }]) => size > limit)
      .map(([key, { size, limit }]) => `${key}: ${size} lines (limit ${limit})`);
    expect(over).toEqual([]);
  });
});

describe('functionSizes', () => {
  it('measures functions, methods and arrow functions by their lines', () => {
    const text = [
      'function a() {',
      '  return 1;',
      '}',
      'const b = () => {',
      '  const c = 2;',
      '  return c;',
      '};',
    ].join('\n');
    expect(functionSizes('x.ts', text)).toEqual([
      { name: 'a', line: 1, lines: 3 },
      { name: 'b', line: 4, lines: 4 },
    ]);
  });
});
