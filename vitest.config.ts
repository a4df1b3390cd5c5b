import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and component tests. End-to-end tests have their own config (tests/e2e/vitest.config.ts):
// they need built extensions and real browsers.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run hundreds of cases; on a loaded two-core machine 5 s is not enough for them
    // to finish, though nothing is wrong. A hung test still fails, after 60 s.
    testTimeout: 60_000,
  },
});
