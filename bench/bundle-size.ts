// What the engine costs the extension: coaching/index.ts bundled and minified with esbuild, with
// every model and phrase list it imports, as the content script would carry it.

import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { formatKB, type BenchSection } from './harness';

const ENGINE_ENTRY = fileURLToPath(new URL('../coaching/index.ts', import.meta.url));
/** Issue 12: the whole engine with every model and library stays within 450 KB minified. */
const SIZE_LIMIT_BYTES = 450_000;
const LARGEST_INPUTS_SHOWN = 8;

export const bundleSize: BenchSection = {
  name: 'engine bundle size',
  async run(report) {
    const result = await build({
      entryPoints: [ENGINE_ENTRY],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild produced no output');
    const minified = output.contents.byteLength;
    const gzipped = gzipSync(output.contents, { level: 9 }).byteLength;

    report.table(['bundle', 'minified', 'gzip'], [['coaching/index.ts (esm)', formatKB(minified), formatKB(gzipped)]]);

    // Which sources take the room, by their share of the minified output.
    const outputMeta = Object.values(result.metafile.outputs)[0];
    if (outputMeta) {
      const largest = Object.entries(outputMeta.inputs)
        .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, LARGEST_INPUTS_SHOWN);
      report.heading('Largest inputs in the bundle');
      report.table(
        ['input', 'bytes in output'],
        largest.map(({ path, bytes }) => [path, formatKB(bytes)]),
      );
    }
    report.target('minified engine incl. model and data', minified, SIZE_LIMIT_BYTES, formatKB);
  },
};
