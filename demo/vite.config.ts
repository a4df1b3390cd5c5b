import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { EDITOR_FIXTURES } from './editors/catalog';
import { copyTinymceAssets } from './editors/tinymce/copy-assets';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

// A multi-page static site: the e2e fixtures and the `npm start` demo. Everything, CKEditor and
// the editor fixtures' packages included, comes from node_modules so the pages work offline.
export default defineConfig({
  root: demoRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  // The self-hosted TinyMCE fixture fetches its theme, skin and plugins at run time.
  plugins: [copyTinymceAssets()],
  build: {
    // TACTFUL_DEMO_DIST lets parallel work build its own copy; scripts/demo-server.ts serves the same one.
    outDir: process.env.TACTFUL_DEMO_DIST
      ? path.resolve(process.env.TACTFUL_DEMO_DIST)
      : fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // CKEditor 5 is one large bundle; the warning says nothing useful for a local fixture.
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        zendesk: fileURLToPath(new URL('./zendesk/index.html', import.meta.url)),
        // The same workspace on a messaging ticket, and the ticket layout before the Agent Workspace.
        'zendesk-messaging': fileURLToPath(new URL('./zendesk/messaging.html', import.meta.url)),
        'zendesk-classic': fileURLToPath(new URL('./zendesk/classic.html', import.meta.url)),
        gmail: fileURLToPath(new URL('./gmail/index.html', import.meta.url)),
        // Intercom's Ember inbox and its newer inbox; Help Scout's conversation page, by email and by Beacon chat.
        intercom: fileURLToPath(new URL('./intercom/index.html', import.meta.url)),
        'intercom-inbox2': fileURLToPath(new URL('./intercom/inbox2.html', import.meta.url)),
        helpscout: fileURLToPath(new URL('./helpscout/index.html', import.meta.url)),
        'helpscout-chat': fileURLToPath(new URL('./helpscout/chat.html', import.meta.url)),
        // Jira Service Management's agent view of a request.
        jsm: fileURLToPath(new URL('./jsm/index.html', import.meta.url)),
        'gmail-popout': fileURLToPath(new URL('./gmail/popout.html', import.meta.url)),
        editors: fileURLToPath(new URL('./editors/index.html', import.meta.url)),
        // A reply box two open shadow roots deep, as web-component help desks build theirs.
        'editors-web-components': fileURLToPath(new URL('./editors/web-components/index.html', import.meta.url)),
        // A help desk with no built-in support: coached only once its site is enabled from the popup.
        'other-desk': fileURLToPath(new URL('./other-desk/index.html', import.meta.url)),
        ...Object.fromEntries(
          EDITOR_FIXTURES.map(({ kind }) => [
            `editors-${kind}`,
            fileURLToPath(new URL(`./editors/${kind}/index.html`, import.meta.url)),
          ]),
        ),
      },
    },
  },
});
