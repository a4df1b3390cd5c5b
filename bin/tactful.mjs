#!/usr/bin/env node
// Entry point for `npx tactful`. The CLI and the engine are TypeScript; tsx's loader (a
// devDependency, installed with the repo) compiles them on import, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
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
