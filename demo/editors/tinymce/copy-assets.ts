// A Vite build plugin that copies TinyMCE's run-time files (theme, model, icons, skin, plugins)
// from node_modules into the demo build, so the self-hosted editor works offline from the demo's
// own origin. Only the minified files are copied: the fixture loads TinyMCE with suffix '.min'.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { TINYMCE_ASSET_DIR, TINYMCE_RUNTIME_FOLDERS } from './assets';

const MINIFIED_ASSET = /\.min\.(js|css)$/;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function copyTinymceAssets(): Plugin {
  return {
    name: 'tactful:copy-tinymce-assets',
    apply: 'build',
    generateBundle() {
      const packageRoot = path.dirname(createRequire(import.meta.url).resolve('tinymce/package.json'));
      for (const folder of TINYMCE_RUNTIME_FOLDERS) {
        const files = listFiles(path.join(packageRoot, folder)).filter((file) => MINIFIED_ASSET.test(file));
        if (files.length === 0) throw new Error(`node_modules/tinymce/${folder} has no minified files to copy`);
        for (const file of files) {
          const relative = path.relative(packageRoot, file).split(path.sep).join('/');
          this.emitFile({ type: 'asset', fileName: `${TINYMCE_ASSET_DIR}/${relative}`, source: readFileSync(file) });
        }
      }
    },
  };
}
