// Starts Debian's Chromium and Firefox ESR with the built extension loaded: for the end-to-end
// tests (tests/e2e), `npm start` and `npm run bench`.
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName } from './paths';
import type { ExtensionSession, LaunchOptions } from './session';

export { launchChromium } from './chromium';
export { launchFirefox } from './firefox';
export { FIREFOX_EXTENSION_PREFS, FIREFOX_QUIET_PREFS } from './firefox-prefs';
export type { OutboundAttempt, OutboundSentry } from './outbound-sentry';
export * from './paths';
export type { RecordedRequest, RequestRecorder, RequestSource } from './request-recorder';
export * from './session';
export { STATE_WAIT_MS, type TestPage } from './test-page';

export function launchWithExtension(browserName: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return browserName === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
