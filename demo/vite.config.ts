import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

// A multi-page static site: the e2e fixture and the `npm start` demo. Everything, CKEditor
// included, is bundled from node_modules so the pages work offline.
export default defineConfig({
  root: demoRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // CKEditor 5 is one large bundle; the warning says nothing useful for a local fixture.
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        zendesk: fileURLToPath(new URL('./zendesk/index.html', import.meta.url)),
        gmail: fileURLToPath(new URL('./gmail/index.html', import.meta.url)),
      },
    },
  },
});
