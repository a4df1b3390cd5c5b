// What every `tactful` command shares: its streams, usage errors (exit 2), reading and writing files.

import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { quote } from './format';

export const EXIT_OK = 0;
/** A finding at or above the --fail-on severity; for `pack`, a pack that fails its check. */
export const EXIT_FINDINGS = 1;
/** Bad arguments, unreadable input. */
export const EXIT_USAGE = 2;

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** The folder relative paths start from; the process's own when absent. */
  cwd?: string;
}

/** Bad arguments or unreadable input: reported with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EEXIST') return 'it already exists';
  return (error as Error).message;
}

export async function readInputFile(path: string, role: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${role} file ${quote(path)}: ${describeFileError(error)}`);
  }
}
