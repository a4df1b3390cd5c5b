// `npm run bench`: prints each section's measurements and a PASS/MISS line per target. Misses
// are reported, not fatal: performance is tracked here, never in timed unit tests.
// To add a section, write a module exporting a BenchSection and list it below.

import { cpus, loadavg } from 'node:os';
import { runSections, type BenchSection } from './harness';
import { analyzeSpeed } from './analyze-speed';
import { bundleSize } from './bundle-size';

const SECTIONS: BenchSection[] = [analyzeSpeed, bundleSize];

// Timings on a busy machine are noisy; the load average says how much to trust them.
console.log(
  `Tactful bench: Node ${process.version}, ${process.platform}/${process.arch}, ` +
    `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`,
);
await runSections(SECTIONS);
