// The store build (`npm run build`, `npm run build:firefox`; `npm run zip` packages the same) carries
// nothing of the tests or the demo help desk: no content script declared for the demo's pages on
// localhost or 127.0.0.1, and no test hook in any bundle. The e2e build beside it has both, which
// shows these checks look for the right things.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertBuiltExtension,
  CHROME_EXTENSION_DIR,
  E2E_BROWSERS,
  FIREFOX_EXTENSION_DIR,
  STORE_EXTENSION_DIRS,
} from './browsers';

const DEMO_HOSTS = /localhost|127\.0\.0\.1/;
/** The loopback host as a string in code (Dexie's own check for it is a regular expression). */
const LOOPBACK_LITERAL = /["'`]127\.0\.0\.1["'`]/;
/** Names only development and e2e builds define (lib/development-build.ts); `*ForTests` by convention. */
const TEST_HOOKS = /tactfulRunCommand|\w+ForTests\b/;

interface ContentScript {
  matches?: string[];
  js?: string[];
  world?: string;
}

function readManifest(dir: string): { text: string; contentScripts: ContentScript[] } {
  const text = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  return { text, contentScripts: (JSON.parse(text) as { content_scripts?: ContentScript[] }).content_scripts ?? [] };
}

function bundles(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

const matchesOf = (scripts: ContentScript[], file: string) =>
  scripts.find((script) => script.js?.includes(file))?.matches ?? null;

describe.each(E2E_BROWSERS)('the store build for %s', (browserName) => {
  const storeDir = STORE_EXTENSION_DIRS[browserName];
  const e2eDir = browserName === 'chromium' ? CHROME_EXTENSION_DIR : FIREFOX_EXTENSION_DIR;
  const buildCommand = browserName === 'chromium' ? 'npm run build' : 'npm run build:firefox';

  it('declares content scripts for the real hosts only, and the bridge wherever they run', () => {
    assertBuiltExtension(storeDir, buildCommand);
    const { text, contentScripts } = readManifest(storeDir);
    expect(text).not.toMatch(DEMO_HOSTS);
    expect(matchesOf(contentScripts, 'content-scripts/zendesk.js')).toEqual(['https://*.zendesk.com/agent/*']);
    expect(matchesOf(contentScripts, 'content-scripts/gmail.js')).toEqual(['https://mail.google.com/*']);
    expect(matchesOf(contentScripts, 'content-scripts/intercom.js')).toEqual(['https://app.intercom.com/a/*']);
    expect(matchesOf(contentScripts, 'content-scripts/helpscout.js')).toEqual([
      'https://secure.helpscout.net/conversation/*',
      'https://secure.helpscout.net/mailbox/*',
    ]);
    expect(matchesOf(contentScripts, 'content-scripts/jsm.js')).toEqual([
      'https://*.atlassian.net/browse/*',
      'https://*.atlassian.net/jira/servicedesk/*',
    ]);
    // The generic host runs only where the agent enables it, registered at run time.
    expect(matchesOf(contentScripts, 'content-scripts/any-editor.js')).toBeNull();
    expect(matchesOf(contentScripts, 'content-scripts/editor-bridge.js')).toEqual([
      'https://*.atlassian.net/browse/*',
      'https://*.atlassian.net/jira/servicedesk/*',
      'https://*.zendesk.com/agent/*',
      'https://app.intercom.com/a/*',
      'https://mail.google.com/*',
      'https://secure.helpscout.net/conversation/*',
      'https://secure.helpscout.net/mailbox/*',
    ]);
  });

  it('holds no test hook in any bundle', () => {
    assertBuiltExtension(storeDir, buildCommand);
    const built = bundles(storeDir);
    expect(built.map(({ file }) => file)).toContain('background.js');
    expect(built.filter(({ text }) => TEST_HOOKS.test(text)).map(({ file }) => file)).toEqual([]);
    // Snippet packs are fetched over https only: the e2e build's http exception for its local pack
    // server (lib/packs/http-hosts.ts) is not in the store build's background.
    expect(built.find(({ file }) => file === 'background.js')?.text).not.toMatch(LOOPBACK_LITERAL);
  });

  it('differs from the e2e build exactly there', () => {
    const { contentScripts } = readManifest(e2eDir);
    expect(matchesOf(contentScripts, 'content-scripts/zendesk.js')).toContain('http://127.0.0.1/zendesk/*');
    expect(matchesOf(contentScripts, 'content-scripts/intercom.js')).toContain('http://127.0.0.1/intercom/*');
    expect(matchesOf(contentScripts, 'content-scripts/helpscout.js')).toContain('http://127.0.0.1/helpscout/*');
    expect(matchesOf(contentScripts, 'content-scripts/jsm.js')).toContain('http://127.0.0.1/jsm/*');
    expect(matchesOf(contentScripts, 'content-scripts/any-editor.js')).toContain('http://localhost/editors/*');
    expect(bundles(e2eDir).some(({ file, text }) => file === 'background.js' && TEST_HOOKS.test(text))).toBe(true);
    expect(bundles(e2eDir).find(({ file }) => file === 'background.js')?.text).toMatch(LOOPBACK_LITERAL);
  });
});
