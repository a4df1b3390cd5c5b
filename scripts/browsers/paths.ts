// Where the browsers and the built extensions are: Debian's Chromium and Firefox ESR (no test or
// script downloads a browser), and WXT's build output.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The WXT build output (wxt.config.ts honours the same TACTFUL_OUTPUT_DIR). */
const OUTPUT_DIR = path.resolve(REPO_ROOT, process.env.TACTFUL_OUTPUT_DIR ?? '.output');
/**
 * The e2e builds (`npm run build:e2e`, WXT's mode "e2e"): the store build plus the demo help desk's
 * pages and the test hooks (lib/development-build.ts). The e2e tests, npm start and the bench load these.
 */
export const CHROME_EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3-e2e');
export const FIREFOX_EXTENSION_DIR = path.join(OUTPUT_DIR, 'firefox-mv3-e2e');
/** The store builds (`npm run build`, `npm run build:firefox`; `npm run zip` packages the same). */
export const STORE_EXTENSION_DIRS: Readonly<Record<BrowserName, string>> = {
  chromium: path.join(OUTPUT_DIR, 'chrome-mv3'),
  firefox: path.join(OUTPUT_DIR, 'firefox-mv3'),
};
/** The commands that make the e2e builds. */
export const E2E_BUILD_COMMANDS: Readonly<Record<BrowserName, string[]>> = {
  chromium: ['wxt', 'build', '--mode', 'e2e'],
  firefox: ['wxt', 'build', '--mode', 'e2e', '-b', 'firefox'],
};

/**
 * Debian's /usr/bin/chromium is a shell wrapper that sources /etc/chromium.d: it adds an empty
 * --load-extension and --enable-remote-extensions before our arguments, and Chromium takes the last
 * value of a repeated switch, so our --load-extension wins. (It also prints a harmless shell warning
 * from its /dev/shm size check on machines with several mounts.)
 */
export function findChromiumExecutable(): string {
  const candidates = [process.env.TACTFUL_CHROMIUM, '/usr/bin/chromium'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set TACTFUL_CHROMIUM.');
  return found;
}

export function findFirefoxExecutable(): string {
  const candidates = [process.env.TACTFUL_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('Firefox not found: install Debian\'s "firefox-esr" package or set TACTFUL_FIREFOX.');
  return found;
}

/**
 * Chromium derives an unpacked extension's id from its absolute path: the first 128 bits of the
 * path's SHA-256, each hex digit written as a letter from a to p.
 */
export function chromiumExtensionIdForPath(extensionDir: string): string {
  const digest = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export function assertBuiltExtension(extensionDir: string, buildCommand: string): void {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`${buildCommand}\` first.`);
  }
}
