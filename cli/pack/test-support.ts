// For the pack commands' tests: each runs in-process in its own temporary folder, with real files.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../tactful';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** A temporary folder to run `tactful` in; `remove()` when done. */
export function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-pack-'));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write: (name: string, text: string) => writeFileSync(join(dir, name), text),
    read: (name: string) => readFileSync(join(dir, name), 'utf8'),
    async run(...args: string[]): Promise<Run> {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const out = collect(stdout);
      const err = collect(stderr);
      const status = await runCli(args, { stdin: new PassThrough(), stdout, stderr, cwd: dir });
      return { status, stdout: out(), stderr: err() };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
