// The browsers this end-to-end run drives, and the launch tools shared with `npm start` and the
// bench (scripts/browsers).
import type { BrowserName } from '../../scripts/browsers';

export * from '../../scripts/browsers';

/** Both by default; `TACTFUL_E2E_BROWSERS=firefox` (comma-separated) narrows a run. */
export const E2E_BROWSERS: readonly BrowserName[] = (() => {
  const requested = process.env.TACTFUL_E2E_BROWSERS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!requested?.length) return ['chromium', 'firefox'];
  for (const name of requested) {
    if (name !== 'chromium' && name !== 'firefox') throw new Error(`TACTFUL_E2E_BROWSERS: unknown browser "${name}"`);
  }
  return requested as BrowserName[];
})();
