import { describe, expect, it, vi } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import { NO_POLICY } from './policy';
import {
  PackRefresher,
  REFRESH_ALARM,
  REFRESH_PERIOD_MINUTES,
  startRefreshSchedule,
  type AlarmsApi,
} from './refresh-schedule';
import { listSubscriptions, type SubscriptionDeps } from './subscriptions';
import { examplePack } from './test-support';

const URL_A = 'https://training.example/a.json';

async function setup() {
  const { library, clock } = await openTestLibrary();
  let inFlight = 0;
  let mostAtOnce = 0;
  const fetch = (async () => {
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight -= 1;
    return new Response(null, { status: 304 });
  }) as unknown as typeof globalThis.fetch;
  const deps: SubscriptionDeps = {
    library,
    installPack: async () => {
      throw new Error('a 304 installs nothing');
    },
    removePack: async () => {},
    trust: async () => ({ trustedKeys: [], requireSignature: false }),
    fetchOptions: { fetch },
  };
  await library.write(['subscriptions'], (db) =>
    db.subscriptions.add({
      url: URL_A,
      origin: 'agent',
      packId: examplePack().id,
      etag: '"1"',
      lastModified: null,
      checkedAt: clock.now(),
      fetchedAt: clock.now(),
      error: null,
    }),
  );
  return { library, clock, deps, mostAtOnce: () => mostAtOnce };
}

function fakeAlarms(existing: boolean) {
  const listeners: Array<(alarm: { name: string }) => void> = [];
  const alarms: AlarmsApi = {
    create: vi.fn(),
    get: async (name) => (existing ? { name } : undefined),
    onAlarm: { addListener: (listener) => void listeners.push(listener) },
  };
  return { alarms, fire: (name: string) => listeners.forEach((listener) => listener({ name })) };
}

describe('PackRefresher', () => {
  it('runs refreshes one at a time', async () => {
    const { deps, mostAtOnce } = await setup();
    const refresher = new PackRefresher(async () => deps);
    const results = await Promise.all([refresher.refreshNow(), refresher.refreshNow(URL_A), refresher.refreshDue()]);
    expect(results[0]).toEqual([{ url: URL_A, status: 'not-modified' }]);
    expect(results[1]).toEqual([{ url: URL_A, status: 'not-modified' }]);
    expect(mostAtOnce()).toBe(1);
  });

  it('refreshes at start only what was not checked for a period, then on the alarm', async () => {
    const { library, clock, deps } = await setup();
    const refresher = new PackRefresher(async () => deps);
    const { alarms, fire } = fakeAlarms(false);
    await startRefreshSchedule(alarms, refresher);
    expect(alarms.create).toHaveBeenCalledWith(REFRESH_ALARM, {
      periodInMinutes: REFRESH_PERIOD_MINUTES,
      delayInMinutes: REFRESH_PERIOD_MINUTES,
    });
    const checkedAt = clock.now();
    expect((await listSubscriptions(library))[0]!.checkedAt).toBe(checkedAt);

    clock.advance(REFRESH_PERIOD_MINUTES * 60_000);
    fire('another-alarm');
    fire(REFRESH_ALARM);
    await vi.waitFor(async () => expect((await listSubscriptions(library))[0]!.checkedAt).toBe(clock.now()));
  });

  it('keeps an existing alarm, so a worker start does not postpone the next refresh', async () => {
    const { deps } = await setup();
    const { alarms } = fakeAlarms(true);
    await startRefreshSchedule(alarms, new PackRefresher(async () => deps));
    expect(alarms.create).not.toHaveBeenCalled();
  });

  it('applies a policy in the same queue', async () => {
    const { library, deps } = await setup();
    const refresher = new PackRefresher(async () => deps);
    await refresher.applyPolicy(Promise.resolve(NO_POLICY));
    expect(await listSubscriptions(library)).toHaveLength(1);
  });
});
