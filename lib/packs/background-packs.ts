// The background's part in snippet packs: the subscriptions' refresh schedule, the administrator's
// policy (read at every start and followed while the worker runs), and "Refresh now" for the
// options page. Called synchronously from the background's start, so the alarm that wakes a
// stopped worker finds its listener.

import type { Library } from '@/lib/library/library';
import { readSettings } from '@/lib/library/repository';
import { HTTP_PACK_HOSTS } from './http-hosts';
import { installPack, removePack } from './install';
import { readPolicy, trustOf, watchPolicy, type ManagedStorage, type StorageChanges } from './policy';
import { PackRefresher, reportRefreshFailure, startRefreshSchedule, type AlarmsApi } from './refresh-schedule';
import type { SubscriptionDeps } from './subscriptions';
import { readTrustedKeys } from './trusted-keys';

export interface BackgroundPacksApi {
  alarms: AlarmsApi;
  storage: StorageChanges & { managed?: ManagedStorage };
}

export function startPackSubscriptions(api: BackgroundPacksApi, library: Promise<Library>): PackRefresher {
  const managed = api.storage.managed;
  const deps = async (): Promise<SubscriptionDeps> => {
    const opened = await library;
    const [settings, policy] = await Promise.all([readSettings(opened), readPolicy(managed)]);
    return {
      library: opened,
      installPack,
      removePack,
      trust: async () => trustOf(readTrustedKeys(settings), policy),
      fetchOptions: { httpHosts: HTTP_PACK_HOSTS },
    };
  };
  const refresher = new PackRefresher(deps);
  watchPolicy(api.storage, managed, (policy) => void refresher.applyPolicy(policy).catch(reportRefreshFailure));
  // Queued in this order: the policy's URLs first, then whatever else is due.
  void refresher.applyPolicy(readPolicy(managed)).catch(reportRefreshFailure);
  void startRefreshSchedule(api.alarms, refresher).catch(reportRefreshFailure);
  return refresher;
}
