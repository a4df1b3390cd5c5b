// What each `tactful pack` command is, and the pieces they share: arguments, paths, writing files.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { quote } from '../format';
import { describeFileError, UsageError, write, type CliIO } from '../io';
import type { PackProblem } from '@/lib/packs/format';

export interface PackCommand {
  name: string;
  /** One line for `tactful pack --help`. */
  summary: string;
  /** The whole `tactful pack NAME --help`. */
  usage: string;
  /** Returns the exit status. Throws UsageError for bad arguments or unreadable input. */
  run(args: string[], io: CliIO): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; `help` is always there. */
export function parsePackArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A path as the user typed it, from the folder the command runs in. */
export function fromCwd(io: CliIO, path: string): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

/** The one positional argument a command takes. */
export function onePath(positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`missing ${what}`);
  if (positionals.length > 1) throw new UsageError(`one ${what} at a time, not ${positionals.length}`);
  return positionals[0]!;
}

/** Writes a file the command made; refuses to replace one unless `force`. */
export async function writeOutput(path: string, text: string, options: { force?: boolean; mode?: number } = {}) {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { flag: options.force ? 'w' : 'wx', mode: options.mode });
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'EEXIST' ? ' (use --force to replace it)' : '';
    throw new UsageError(`cannot write ${quote(path)}: ${describeFileError(error)}${hint}`);
  }
}

/** The output goes to -o FILE, or to stdout when there is none. */
export async function emit(io: CliIO, output: string | undefined, text: string, force: boolean): Promise<void> {
  if (output === undefined || output === '-') await write(io.stdout, text);
  else await writeOutput(fromCwd(io, output), text, { force });
}

/** Each problem readPackFile found, one line each, prefixed with the file. */
export function formatProblems(file: string, problems: readonly PackProblem[]): string {
  return problems.map((problem) => `${file}: ${problem.path ? `${problem.path}: ` : ''}${strip(problem)}\n`).join('');
}

/** Schema messages already start with their path. */
function strip(problem: PackProblem): string {
  return problem.path && problem.message.startsWith(`${problem.path}: `)
    ? problem.message.slice(problem.path.length + 2)
    : problem.message;
}
