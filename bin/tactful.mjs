#!/usr/bin/env node
// Entry point for `npx tactful`. The CLI and the engine are TypeScript; tsx's loader (a
// devDependency, installed with the repo) compiles them on import, so no build step is needed.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The repository's tsconfig, wherever the command runs from: its "@/…" paths are how lib/ imports.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
// A closed pipe (`tactful check --jsonl < in | head`) is the reader's choice, not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import('../cli/tactful.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
