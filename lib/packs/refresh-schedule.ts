// Keeping subscribed packs fresh from the background: every REFRESH_PERIOD through an alarm (which
// survives the service worker stopping), at every start for the subscriptions not checked for that
// long, when the administrator's policy changes, and on demand ('packs.refresh' from the options
// page). Refreshes never run two at a time, so an alarm during "Refresh now" asks nothing twice.

import type { PackPolicy } from './policy';
import { applyPolicySubscriptions } from './policy';
import { refreshSubscription, refreshSubscriptions, type RefreshResult, type SubscriptionDeps } from './subscriptions';

export const REFRESH_ALARM = 'tactful-pack-refresh';
export const REFRESH_PERIOD_MINUTES = 6 * 60;

export interface AlarmsApi {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
  get(name: string): Promise<{ name: string } | undefined | null>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export class PackRefresher {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: () => Promise<SubscriptionDeps>) {}

  /** One URL, or every subscription when `url` is absent. */
  refreshNow(url?: string): Promise<RefreshResult[]> {
    return this.serially(async (deps) => (url ? [await refreshSubscription(deps, url)] : refreshSubscriptions(deps)));
  }

  /** The subscriptions not checked for a whole period (the worker's start, the alarm). */
  refreshDue(): Promise<RefreshResult[]> {
    // A minute's slack: the alarm fires a period after the last refresh, not a period and a bit.
    const olderThanMs = (REFRESH_PERIOD_MINUTES - 1) * 60_000;
    return this.serially((deps) => refreshSubscriptions(deps, { olderThanMs }));
  }

  applyPolicy(policy: PackPolicy | Promise<PackPolicy>): Promise<RefreshResult[]> {
    return this.serially(async (deps) => applyPolicySubscriptions(deps, await policy));
  }

  private serially<T>(task: (deps: SubscriptionDeps) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => task(await this.deps()));
    this.queue = run.catch(() => {});
    return run;
  }
}

/**
 * Starts the schedule: the alarm (created once; an existing one keeps its timing across worker
 * starts), its listener, and a refresh of what is due now.
 */
export async function startRefreshSchedule(alarms: AlarmsApi, refresher: PackRefresher): Promise<void> {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresher.refreshDue().catch(reportRefreshFailure);
  });
  if (!(await alarms.get(REFRESH_ALARM))) {
    await alarms.create(REFRESH_ALARM, {
      periodInMinutes: REFRESH_PERIOD_MINUTES,
      delayInMinutes: REFRESH_PERIOD_MINUTES,
    });
  }
  await refresher.refreshDue();
}

export function reportRefreshFailure(error: unknown): void {
  console.warn('Tactful: could not refresh the subscribed snippet packs.', error);
}
