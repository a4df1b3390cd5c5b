// Ordering pack versions by semver precedence (semver.org §11): numbers compare numerically, a
// pre-release ranks below its release, build metadata is ignored. The schema has already checked
// the shape, so anything that does not parse ranks as 0.0.0.

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const left = SEMVER.exec(a.trim());
  const right = SEMVER.exec(b.trim());
  for (let part = 1; part <= 3; part++) {
    const difference = Number(left?.[part] ?? 0) - Number(right?.[part] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return comparePreRelease(left?.[4], right?.[4]);
}

function comparePreRelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index];
    const y = right[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = compareIdentifier(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

function compareIdentifier(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return Math.sign(Number(a) - Number(b));
  if (numericA) return -1;
  if (numericB) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
