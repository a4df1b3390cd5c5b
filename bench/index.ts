// `npm run bench`: prints each section's measurements and a PASS/MISS line per target. Misses
// are reported, not fatal: performance is tracked here, never in timed unit tests.
// To add a section, write a module exporting a BenchSection and list it below.
// `npm run bench -- typing` runs only the sections whose name contains one of the words given.

import { cpus, loadavg } from 'node:os';
import { runSections, type BenchSection } from './harness';
import { analyzeSpeed } from './analyze-speed';
import { bundleSize } from './bundle-size';
import { librarySearch } from './library-search';
import { packImport } from './pack-import';
import { packLint } from './pack-lint';
import { packRefresh } from './pack-refresh';
import { snippetSearchLatency } from './snippet-search-latency';
import { typingLatency } from './typing-latency';

const SECTIONS: BenchSection[] = [
  analyzeSpeed,
  bundleSize,
  librarySearch,
  snippetSearchLatency,
  typingLatency,
  packLint,
  packImport,
  packRefresh,
];

const filters = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen =
  filters.length === 0
    ? SECTIONS
    : SECTIONS.filter((section) => filters.some((word) => section.name.toLowerCase().includes(word)));
if (chosen.length === 0) {
  console.error(
    `No bench section matches ${filters.join(', ')}. Sections: ${SECTIONS.map((section) => section.name).join('; ')}`,
  );
  process.exit(2);
}

// Timings on a busy machine are noisy; the load average says how much to trust them.
console.log(
  `Tactful bench: Node ${process.version}, ${process.platform}/${process.arch}, ` +
    `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
);
await runSections(chosen);
