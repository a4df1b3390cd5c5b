import { describe, expect, it } from 'vitest';
import {
  countsForDay,
  DAY_COUNTS_KEY,
  DayCountStore,
  isStatKind,
  localDay,
  withRecorded,
  zeroCounts,
  type CountsArea,
} from './day-counts';

function memoryArea(): CountsArea & { items: Record<string, unknown>; writes: number } {
  const area = {
    items: {} as Record<string, unknown>,
    writes: 0,
    async get(key: string) {
      // A tick between read and write, as real storage has: concurrent records would collide.
      await new Promise((resolve) => setTimeout(resolve, 1));
      return key in area.items ? { [key]: structuredClone(area.items[key]) } : {};
    },
    async set(values: Record<string, unknown>) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      area.writes += 1;
      Object.assign(area.items, structuredClone(values));
    },
  };
  return area;
}

describe('localDay', () => {
  it('names the local calendar day, zero-padded', () => {
    expect(localDay(new Date(2025, 0, 5, 0, 0, 0))).toBe('2025-01-05');
    expect(localDay(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31');
  });
});

describe('countsForDay', () => {
  it("reads today's counts and ignores another day's", () => {
    const stored = { day: '2025-03-02', counts: { reply: 2, fix: 3, statement: 1, snippet: 0 } };
    expect(countsForDay(stored, '2025-03-02')).toEqual({ reply: 2, fix: 3, statement: 1, snippet: 0 });
    expect(countsForDay(stored, '2025-03-03')).toEqual(zeroCounts());
  });

  it('treats malformed entries and values as zero', () => {
    expect(countsForDay(undefined, '2025-03-02')).toEqual(zeroCounts());
    expect(
      countsForDay({ day: '2025-03-02', counts: { fix: -4, statement: 1.5, snippet: '7', reply: 2 } }, '2025-03-02'),
    ).toEqual({
      reply: 2,
      fix: 0,
      statement: 0,
      snippet: 0,
    });
  });

  it('starts again from zero on a new day when recording', () => {
    const yesterday = { day: '2025-03-02', counts: { reply: 9, fix: 9, statement: 9, snippet: 9 } };
    expect(withRecorded(yesterday, 'fix', '2025-03-03')).toEqual({
      day: '2025-03-03',
      counts: { ...zeroCounts(), fix: 1 },
    });
  });

  it('knows the kinds it counts', () => {
    expect(isStatKind('fix')).toBe(true);
    expect(isStatKind('keystroke')).toBe(false);
    expect(isStatKind(undefined)).toBe(false);
  });
});

describe('DayCountStore', () => {
  it('counts every record, even several at once', async () => {
    const area = memoryArea();
    const store = new DayCountStore(area, () => new Date(2025, 2, 2, 10));
    await Promise.all([store.record('fix'), store.record('fix'), store.record('statement'), store.record('fix')]);
    expect(await store.today()).toEqual({ reply: 0, fix: 3, statement: 1, snippet: 0 });
    expect(area.items[DAY_COUNTS_KEY]).toEqual({
      day: '2025-03-02',
      counts: { reply: 0, fix: 3, statement: 1, snippet: 0 },
    });
  });

  it('resets at local midnight', async () => {
    let now = new Date(2025, 2, 2, 23, 59, 30);
    const store = new DayCountStore(memoryArea(), () => now);
    await store.record('snippet');
    await store.record('reply');
    expect(await store.today()).toMatchObject({ snippet: 1, reply: 1 });
    now = new Date(2025, 2, 3, 0, 0, 5);
    expect(await store.today()).toEqual(zeroCounts());
    await store.record('snippet');
    expect(await store.today()).toEqual({ ...zeroCounts(), snippet: 1 });
  });

  it('keeps recording after a failed write', async () => {
    const area = memoryArea();
    let failedOnce = false;
    const failing: CountsArea = {
      get: area.get,
      set: async (values) => {
        if (!failedOnce) {
          failedOnce = true;
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        await area.set(values);
      },
    };
    const store = new DayCountStore(failing, () => new Date(2025, 2, 2, 10));
    await expect(store.record('fix')).rejects.toThrow('quota');
    await store.record('fix');
    expect(await store.today()).toMatchObject({ fix: 1 });
  });
});
