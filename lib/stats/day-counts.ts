// Today's counts for the popup: how many replies the agent wrote with Tactful, and how many fixes,
// empathy statements and snippets went into them. Counts belong to the agent's local day: a new day
// starts at local midnight, and the first look or record after it starts again from zero.
//
// Kept in browser.storage.local by the background, not in the library's settings table: the
// counts are not library data (backups, exports and the options page have no use for them), and a
// settings write would announce a library change to every open tab on each fix.

/** What is counted. 'reply': an editor the agent typed in while coached (once per editor per page). */
export const STAT_KINDS = ['reply', 'fix', 'statement', 'snippet'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export type DayCounts = Record<StatKind, number>;

export interface StoredDayCounts {
  /** The local day, YYYY-MM-DD. */
  day: string;
  counts: DayCounts;
}

export const DAY_COUNTS_KEY = 'stats.today';

export function isStatKind(value: unknown): value is StatKind {
  return typeof value === 'string' && (STAT_KINDS as readonly string[]).includes(value);
}

export function zeroCounts(): DayCounts {
  return { reply: 0, fix: 0, statement: 0, snippet: 0 };
}

/** The local calendar day of `date`, as YYYY-MM-DD (not toISOString, which is the UTC day). */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The counts stored for `day`; zero for another day's or a malformed entry. */
export function countsForDay(stored: unknown, day: string): DayCounts {
  const counts = zeroCounts();
  if (typeof stored !== 'object' || stored === null) return counts;
  const entry = stored as Partial<StoredDayCounts>;
  if (entry.day !== day || typeof entry.counts !== 'object' || entry.counts === null) return counts;
  for (const kind of STAT_KINDS) {
    const value = (entry.counts as Record<string, unknown>)[kind];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) counts[kind] = value;
  }
  return counts;
}

/** The stored entry after one more `kind` on `day` (a stored earlier day starts again from zero). */
export function withRecorded(stored: unknown, kind: StatKind, day: string): StoredDayCounts {
  const counts = countsForDay(stored, day);
  counts[kind] += 1;
  return { day, counts };
}

/** The part of storage.local this needs, so tests can pass a plain map. */
export interface CountsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Reads and records today's counts in one storage area. Records are applied one after another, so
 * two fixes a moment apart cannot both read the old count and save the same number.
 */
export class DayCountStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: CountsArea,
    private readonly now: () => Date = () => new Date(),
  ) {}

  today(): Promise<DayCounts> {
    return this.enqueue(async () => countsForDay(await this.stored(), localDay(this.now())));
  }

  record(kind: StatKind): Promise<DayCounts> {
    return this.enqueue(async () => {
      const entry = withRecorded(await this.stored(), kind, localDay(this.now()));
      await this.area.set({ [DAY_COUNTS_KEY]: entry });
      return entry.counts;
    });
  }

  private async stored(): Promise<unknown> {
    return (await this.area.get(DAY_COUNTS_KEY))[DAY_COUNTS_KEY];
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    // A failed step must not stop the ones after it.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
