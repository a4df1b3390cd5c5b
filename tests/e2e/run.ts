// `npm run test:e2e`: runs the end-to-end suite with its own Vitest config.
// `--build` first builds the extension for both browsers (the store and the e2e builds) and the demo; any other argument goes to
// Vitest (a file filter, `-t name`, ...). TACTFUL_E2E_BROWSERS=chromium|firefox narrows the run.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const binDir = path.join(repoRoot, 'node_modules', '.bin');

function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binDir, command), args, { cwd: repoRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const BUILD_STEPS: ReadonlyArray<{ label: string; command: string; args: string[] }> = [
  { label: 'extension for the store (Chrome)', command: 'wxt', args: ['build'] },
  { label: 'extension for the store (Firefox)', command: 'wxt', args: ['build', '-b', 'firefox'] },
  { label: 'extension for the demo and tests (Chrome)', command: 'wxt', args: ['build', '--mode', 'e2e'] },
  {
    label: 'extension for the demo and tests (Firefox)',
    command: 'wxt',
    args: ['build', '--mode', 'e2e', '-b', 'firefox'],
  },
  { label: 'demo help desk', command: 'vite', args: ['build', '--config', 'demo/vite.config.ts'] },
];

const args = process.argv.slice(2);
const shouldBuild = args.includes('--build');
const vitestArgs = args.filter((arg) => arg !== '--build');

if (shouldBuild) {
  for (const step of BUILD_STEPS) {
    console.log(`\n> Building ${step.label}: ${step.command} ${step.args.join(' ')}`);
    const code = await run(step.command, step.args);
    if (code !== 0) {
      console.error(`Building ${step.label} failed (exit ${code}).`);
      process.exit(code);
    }
  }
}

process.exit(await run('vitest', ['run', '--config', 'tests/e2e/vitest.config.ts', ...vitestArgs]));
