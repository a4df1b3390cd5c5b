import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers one at a time: each launch costs seconds and the machine
// has two cores, so files run in sequence with generous time limits.
export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    name: 'e2e',
    // Every test by name, so the log shows which browser each end-to-end check ran in.
    reporters: ['verbose'],
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxConcurrency: 1,
    // A test's limit only catches a hang: each wait inside it fails on its own after STATE_WAIT_MS,
    // naming the state it waited for. Long scenarios (a snippet made on the options page, searched,
    // inserted, expanded, undone) took 36 s of 60 in Firefox while another suite ran beside them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
