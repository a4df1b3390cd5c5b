// The Firefox store build as addons.mozilla.org checks it: Mozilla's add-ons linter (what
// `web-ext lint` runs) through its node API, offline. No errors, and each warning is one the README
// justifies (section "Store review"). Also: an icon file of the stated size for every size the
// manifest names, and every message the manifest uses present in the English locale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import linter from 'addons-linter';
import { describe, expect, it } from 'vitest';
import { assertBuiltExtension, STORE_EXTENSION_DIRS } from './browsers';

const FIREFOX_STORE = STORE_EXTENSION_DIRS.firefox;

/**
 * The warnings the README's "Store review" section explains, by code and file: Preact's renderer
 * (bundled into each content script and the options chunk) has an innerHTML branch for
 * dangerouslySetInnerHTML, which Tactful never uses; data_collection_permissions is newer than
 * Firefox 128, which ignores it.
 */
const JUSTIFIED: ReadonlyArray<{ code: string; file: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts|chunks)\/[\w.-]+\.js$/ },
  { code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', file: /^manifest\.json$/ },
  { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', file: /^manifest\.json$/ },
];

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

async function lint(dir: string): Promise<{ errors: LintMessage[]; warnings: LintMessage[] }> {
  const instance = linter.createInstance({
    config: { _: [dir], logLevel: 'fatal', output: 'none', privileged: false, selfHosted: false },
    runAsBinary: false,
  });
  return instance.run();
}

function readManifest(dir: string): { text: string; icons: Record<string, string> } {
  const text = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  return { text, icons: (JSON.parse(text) as { icons?: Record<string, string> }).icons ?? {} };
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the Firefox store build for review', () => {
  it('passes the add-ons linter with no error and only justified warnings', async () => {
    assertBuiltExtension(FIREFOX_STORE, 'npm run build:firefox');
    const result = await lint(FIREFOX_STORE);
    expect(result.errors.map(({ code, file, message }) => ({ code, file, message }))).toEqual([]);
    const unjustified = result.warnings.filter(
      (warning) => !JUSTIFIED.some(({ code, file }) => warning.code === code && file.test(warning.file ?? '')),
    );
    expect(unjustified.map(({ code, file, message }) => ({ code, file, message }))).toEqual([]);
  }, 120_000);

  it('has an icon of each size the manifest names, and every manifest message in English', () => {
    const { text, icons } = readManifest(FIREFOX_STORE);
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48', '96']);
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(path.join(FIREFOX_STORE, file)), file).toEqual({ width: Number(size), height: Number(size) });
    }
    const english = JSON.parse(readFileSync(path.join(FIREFOX_STORE, '_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message?: string }
    >;
    const used = [...text.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(english[key]?.message, key).toBeTruthy();
  });
});
