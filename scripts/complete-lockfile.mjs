// The npm registry mirror these machines use lacks most of rollup's per-platform binaries, so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lockfile as out of
// sync. This adds the missing entries with their os/cpu/libc constraints, exactly as npm records
// optional platform packages; npm ci skips them on other platforms without fetching anything.
// Run after any `npm install` that rewrites the lockfile: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCKFILE = new URL('../package-lock.json', import.meta.url);

/** `@rollup/rollup-<os>-<cpu>[-<abi>]` → the platform constraints npm records. */
function platformOf(name) {
  const [os, cpu, abi] = name.replace(/^@[^/]+\/rollup-/, '').split('-');
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  if (!path.endsWith('node_modules/rollup')) continue;
  const prefix = path.slice(0, -'rollup'.length);
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    if (!name.startsWith('@rollup/rollup-')) continue;
    const key = `${prefix}${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = { version, ...platformOf(name), license: 'MIT', optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} missing platform entr${added === 1 ? 'y' : 'ies'}`);
