import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';

/** Debian's browsers, when present, for `npm run dev` (WXT otherwise looks for Google Chrome). */
const SYSTEM_BROWSERS = Object.fromEntries(
  Object.entries({ chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' }).filter(([, binary]) =>
    existsSync(binary),
  ),
);

// One source for both stores: Chrome MV3 and Firefox MV3 (Firefox needs a gecko id to keep
// storage and permissions stable across installs).
export default defineConfig({
  manifestVersion: 3,
  // TACTFUL_OUTPUT_DIR lets parallel work build into its own folder; the e2e tests read the same variable.
  outDir: process.env.TACTFUL_OUTPUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Tactful',
    // User-visible strings live in public/_locales/<locale>/messages.json (lib/i18n.ts reads them);
    // a browser needs default_locale whenever that folder exists.
    default_locale: 'en',
    description:
      'Coaches help desk replies toward empathy and plain words, inside the editor you already use. Nothing leaves your browser.',
    // scripting: the content scripts for sites the agent enables are registered at run time.
    // activeTab: the popup reads the address of the tab it was opened on, to offer that site.
    // storage: the sidebar's size and collapse per site, and today's counts (storage.local).
    // alarms: subscribed snippet packs are refreshed every few hours (lib/packs/refresh-schedule.ts).
    // None adds an install warning; site access is asked for one site at a time, from the popup.
    permissions: ['scripting', 'activeTab', 'storage', 'alarms'],
    // Alt+Shift letters: free in Chrome and Firefox on Windows, Linux and macOS (Chrome's Alt+Shift+T
    // focuses its toolbar, Alt+Shift+I opens its feedback form, so not those), and unused by Zendesk
    // (Ctrl+Alt chords) and Gmail (single keys, Ctrl/Shift chords). Agents can change them in the
    // browser's extension shortcut settings.
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_command_toggle_sidebar__',
      },
      'open-snippet-search': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_command_open_snippet_search__',
      },
    },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The administrator's pack policy (lib/packs/policy.ts). Firefox takes the same keys from
    // policies.json and has no managed_schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run dev` opens the demo help desk that `npm run demo` serves.
  webExt: {
    binaries: SYSTEM_BROWSERS,
    startUrls: ['http://127.0.0.1:5170/zendesk/'],
  },
  // The sources zip Firefox reviewers rebuild from: code only, no build output or test artifacts.
  zip: {
    excludeSources: ['demo/dist/**', 'artifacts/**', '.scratch/**', 'docs/**'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
