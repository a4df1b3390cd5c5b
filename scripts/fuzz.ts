// `npm run fuzz`: the fuzz test (tests/e2e/fuzz.e2e.test.ts) run longer than in `npm test`, on a new
// seed each time unless FUZZ_SEED names one (a failure prints its seed, to replay it here).
// FUZZ_STEPS sets the actions per editor (120 unless given); other arguments go to Vitest.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const seed = process.env.FUZZ_SEED ?? String(randomInt(1, 2 ** 31));
const steps = process.env.FUZZ_STEPS ?? '120';
console.log(`Fuzzing with FUZZ_SEED=${seed} FUZZ_STEPS=${steps}`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'tests/e2e/run.ts', 'tests/e2e/fuzz.e2e.test.ts', ...process.argv.slice(2)],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_STEPS: steps } },
);
child.once('exit', (code, signal) => {
  if (code !== 0) console.log(`Replay with: FUZZ_SEED=${seed} FUZZ_STEPS=${steps} npm run fuzz`);
  process.exit(code ?? (signal ? 1 : 0));
});
