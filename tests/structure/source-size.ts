// Measures the size of the project's source files and of the functions in them, for the size
// check (tests/structure/source-size.test.ts): small files and short functions keep each piece
// readable, so the next 400-line closure cannot grow back unnoticed.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 80;

/** Source folders of the extension, the engine and the command line; tests, demos and tools are not held to it. */
export const CHECKED_FOLDERS = ['coaching', 'lib', 'components', 'entrypoints', 'cli'] as const;

/**
 * Data tables: phrase lists, packed weights, the starter library. Their length is content, not logic.
 * Each entry says why it is a table.
 */
export const DATA_TABLES: readonly RegExp[] = [
  /^coaching\/data\//, // phrase data for the rule kinds
  /^coaching\/statements\/.*data/, // empathy statements by emotion
  /^lib\/library\/starter-snippets\.ts$/, // the 44 starter snippets
];

export interface FunctionSize {
  name: string;
  line: number;
  lines: number;
}

export function isSourceFile(path: string): boolean {
  return /\.(ts|tsx)$/.test(path) && !/\.(test|d)\.tsx?$/.test(path) && !/(^|\/)test-support\.tsx?$/.test(path);
}

export function isDataTable(path: string): boolean {
  return DATA_TABLES.some((pattern) => pattern.test(path));
}

export function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Every function, method, arrow function and accessor in `text` with its length in lines. */
export function functionSizes(fileName: string, text: string): FunctionSize[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const sizes: FunctionSize[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      sizes.push({ name: functionName(node, source), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sizes;
}

export function readSource(path: string): string {
  return readFileSync(path, 'utf8');
}

function scriptKind(fileName: string): ts.ScriptKind {
  return fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  return '(anonymous)';
}
