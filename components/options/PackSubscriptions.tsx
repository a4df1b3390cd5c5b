import type { ComponentChild } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Library } from '@/lib/library/library';
import type { PackRecord, SubscriptionRecord } from '@/lib/library/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { removePack } from '@/lib/packs/install';
import { hasPolicy, type PackPolicy } from '@/lib/packs/policy';
import { usePolicy } from './use-policy';
import {
  addSubscription,
  listSubscriptions,
  packAccessPattern,
  unsubscribe,
  type RefreshResult,
} from '@/lib/packs/subscriptions';
import { useOptions } from './context';
import { useLiveQuery } from './hooks';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';
import { useSettledWork } from '../use-settled-work';
import { SubscribeForm } from './SubscribeForm';
import { SubscriptionRow } from './SubscriptionRow';

// Packs from a URL: subscribe to a trainer's pack address, see when each was last fetched and why
// a refresh failed, refresh on demand, unsubscribe. The background fetches and installs (the same
// path as its schedule); this page only records the subscription and asks it to refresh. The
// policy's subscriptions are marked and cannot be removed here.

/** The name of the pack a subscription installed, or its address before it installed one. */
async function installedName(library: Library, url: string): Promise<string> {
  return library.read(
    async (db) => {
      const packId = (await db.subscriptions.get(url))?.packId;
      return (packId ? (await db.packs.get(packId))?.name : undefined) ?? url;
    },
    () => url,
  );
}

function resultOutcome(result: RefreshResult | undefined, name: string): Outcome | null {
  if (!result) return null;
  if (result.status === 'failed') return { kind: 'error', text: result.message };
  if (result.status === 'not-modified') return { kind: 'done', text: t('options_pack_urls_not_modified', name) };
  return { kind: 'done', text: t('options_pack_urls_updated', name) };
}

/** The name of the pack each subscription installed, kept live; its address until it installed one. */
function usePackNames(library: Library): (subscription: SubscriptionRecord) => string {
  const packs = useLiveQuery(
    () =>
      library.read(
        (db) => db.packs.toArray(),
        () => [] as PackRecord[],
      ),
    [library],
  );
  return (subscription) => packs.value?.find((pack) => pack.id === subscription.packId)?.name ?? subscription.url;
}

/** The Packs from a URL section of the options page. */
export function PackSubscriptions() {
  const { library, status } = useOptions();
  const policy = usePolicy();
  const subscriptions = useLiveQuery(() => listSubscriptions(library), [library]);
  const nameOf = usePackNames(library);
  const { busy, outcome, settle } = useSettledWork((message) => t('options_pack_urls_failed', message));

  const refresh = (subscription?: SubscriptionRecord) =>
    settle(async () => {
      const results = await sendMessage('packs.refresh', subscription ? { url: subscription.url } : {});
      const failed = results.find((result) => result.status === 'failed');
      if (!subscription) return resultOutcome(failed, '') ?? { kind: 'done', text: t('options_pack_urls_all_checked') };
      return resultOutcome(results[0], nameOf(subscription));
    });

  const subscribeTo = (address: string, clearAddress: () => void) =>
    settle(async () => {
      const url = await addSubscription(library, address, 'agent');
      if (!url) return null;
      clearAddress();
      const [result] = await sendMessage('packs.refresh', { url });
      // The background's schedule may have fetched it first, so "not modified" is news to the agent
      // as much as "installed": either way the pack is there now.
      if (result?.status === 'failed') return resultOutcome(result, url);
      return { kind: 'done', text: t('options_pack_urls_updated', await installedName(library, url)) };
    });

  const allowAccess = (subscription: SubscriptionRecord) => {
    const pattern = packAccessPattern(subscription.url);
    if (!pattern) return;
    // Asked first thing in the click: browsers show the prompt only during the click itself.
    const asking = browser.permissions.request({ origins: [pattern] });
    settle(async () => ((await asking) ? (await sendMessage('packs.refresh', { url: subscription.url }), null) : null));
  };

  const remove = (subscription: SubscriptionRecord) =>
    settle(async () => {
      const removed = await unsubscribe({ library, removePack }, subscription.url, 'agent');
      return removed ? { kind: 'done', text: t('options_pack_urls_removed') } : null;
    });

  const list = subscriptions.value;
  return (
    <div class="tfo-pack-urls">
      <p class="tfo-hint">{t('options_pack_urls_intro')}</p>
      {hasPolicy(policy) ? <PolicySummary policy={policy} /> : null}

      <div class="tfo-card">
        <SubscriptionList
          list={list}
          renderRow={(subscription) => (
            <SubscriptionRow
              key={subscription.url}
              subscription={subscription}
              name={nameOf(subscription)}
              busy={busy}
              writable={status.writable}
              onRefresh={() => refresh(subscription)}
              onAllow={() => allowAccess(subscription)}
              onRemove={() => remove(subscription)}
            />
          )}
        />
        {list && list.length > 1 ? (
          <button type="button" class="tfo-button" aria-disabled={busy} onClick={() => refresh()}>
            {t('options_pack_urls_refresh_all')}
          </button>
        ) : null}

        <SubscribeForm busy={busy} writable={status.writable} onSubscribe={subscribeTo} />
        <OutcomeMessage outcome={outcome} id="pack-url-outcome" />
      </div>
    </div>
  );
}

interface SubscriptionListProps {
  /** Undefined while the subscriptions load. */
  list: readonly SubscriptionRecord[] | undefined;
  renderRow(subscription: SubscriptionRecord): ComponentChild;
}

/** The subscriptions, or why there are none to show yet. */
function SubscriptionList({ list, renderRow }: SubscriptionListProps) {
  if (list === undefined) {
    return (
      <p class="tfo-empty" role="status">
        {t('options_pack_urls_loading')}
      </p>
    );
  }
  if (list.length === 0) return <p class="tfo-empty">{t('options_pack_urls_empty')}</p>;
  return (
    <ul class="tfo-site-list" aria-label={t('options_section_pack_urls')}>
      {list.map(renderRow)}
    </ul>
  );
}

function PolicySummary({ policy }: { policy: PackPolicy }) {
  return (
    <div class="tfo-card tfo-pack-policy">
      <h3>{t('options_pack_policy_heading')}</h3>
      <ul>
        {policy.requireSignatures ? <li>{t('options_pack_policy_signatures')}</li> : null}
        {policy.trustedKeys.length > 0 ? (
          <li>{t('options_pack_policy_keys', String(policy.trustedKeys.length))}</li>
        ) : null}
        {policy.lockedRules.length > 0 ? (
          <li>{t('options_pack_policy_locked', policy.lockedRules.join(', '))}</li>
        ) : null}
      </ul>
    </div>
  );
}
