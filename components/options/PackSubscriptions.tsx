import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Library } from '@/lib/library/library';
import type { PackRecord, SubscriptionRecord } from '@/lib/library/schema';
import { sendMessage } from '@/lib/messaging/protocol';
import { packAddressProblem } from '@/lib/packs/fetch-pack';
import { HTTP_PACK_HOSTS } from '@/lib/packs/http-hosts';
import { removePack } from '@/lib/packs/install';
import { hasPolicy, type PackPolicy } from '@/lib/packs/policy';
import { usePolicy } from './use-policy';
import {
  addSubscription,
  formatWhen,
  listSubscriptions,
  packAccessPattern,
  unsubscribe,
  type RefreshResult,
} from '@/lib/packs/subscriptions';
import { useOptions } from './context';
import { useLiveQuery } from './hooks';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';

// Packs from a URL: subscribe to a trainer's pack address, see when each was last fetched and why
// a refresh failed, refresh on demand, unsubscribe. The background fetches and installs (the same
// path as its schedule); this page only records the subscription and asks it to refresh. The
// policy's subscriptions are marked and cannot be removed here.

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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

/** The Packs from a URL section of the options page. */
export function PackSubscriptions() {
  const { library, status } = useOptions();
  const policy = usePolicy();
  const subscriptions = useLiveQuery(() => listSubscriptions(library), [library]);
  const packs = useLiveQuery(
    () =>
      library.read(
        (db) => db.packs.toArray(),
        () => [] as PackRecord[],
      ),
    [library],
  );
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const nameOf = (subscription: SubscriptionRecord) =>
    packs.value?.find((pack) => pack.id === subscription.packId)?.name ?? subscription.url;

  const settle = (work: () => Promise<Outcome | null>) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    work()
      .catch((error: unknown): Outcome => ({ kind: 'error', text: t('options_pack_urls_failed', errorText(error)) }))
      .then((result) => {
        setOutcome(result);
        setBusy(false);
      });
  };

  const refresh = (subscription?: SubscriptionRecord) =>
    settle(async () => {
      const results = await sendMessage('packs.refresh', subscription ? { url: subscription.url } : {});
      const failed = results.find((result) => result.status === 'failed');
      if (!subscription) return resultOutcome(failed, '') ?? { kind: 'done', text: t('options_pack_urls_all_checked') };
      return resultOutcome(results[0], nameOf(subscription));
    });

  const subscribeTo = (event: Event) => {
    event.preventDefault();
    const problem = packAddressProblem(address.trim(), HTTP_PACK_HOSTS);
    if (problem) return setAddressError(problem);
    setAddressError(null);
    settle(async () => {
      const url = await addSubscription(library, address, 'agent');
      if (!url) return null;
      setAddress('');
      const [result] = await sendMessage('packs.refresh', { url });
      // The background's schedule may have fetched it first, so "not modified" is news to the agent
      // as much as "installed": either way the pack is there now.
      if (result?.status === 'failed') return resultOutcome(result, url);
      return { kind: 'done', text: t('options_pack_urls_updated', await installedName(library, url)) };
    });
  };

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
        {list === undefined ? (
          <p class="tfo-empty" role="status">
            {t('options_pack_urls_loading')}
          </p>
        ) : list.length === 0 ? (
          <p class="tfo-empty">{t('options_pack_urls_empty')}</p>
        ) : (
          <ul class="tfo-site-list" aria-label={t('options_section_pack_urls')}>
            {list.map((subscription) => (
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
            ))}
          </ul>
        )}
        {list && list.length > 1 ? (
          <button type="button" class="tfo-button" aria-disabled={busy} onClick={() => refresh()}>
            {t('options_pack_urls_refresh_all')}
          </button>
        ) : null}

        <form class="tfo-site-add" onSubmit={subscribeTo} noValidate>
          <div class="tfo-field">
            <label for="pack-url-address">{t('options_pack_urls_label')}</label>
            <div class="tfo-actions">
              <input
                id="pack-url-address"
                type="url"
                inputMode="url"
                spellcheck={false}
                value={address}
                aria-invalid={addressError ? true : undefined}
                aria-describedby={addressError ? 'pack-url-error' : undefined}
                onInput={(event) => {
                  setAddress(event.currentTarget.value);
                  setAddressError(null);
                }}
              />
              <button type="submit" class="tfo-button tfo-primary" aria-disabled={busy || !status.writable}>
                {t('options_pack_urls_subscribe')}
              </button>
            </div>
            {addressError ? (
              <p class="tfo-field-error" id="pack-url-error" role="alert">
                {addressError}
              </p>
            ) : null}
          </div>
        </form>
        <OutcomeMessage outcome={outcome} id="pack-url-outcome" />
      </div>
    </div>
  );
}

interface RowProps {
  subscription: SubscriptionRecord;
  name: string;
  busy: boolean;
  writable: boolean;
  onRefresh(): void;
  onAllow(): void;
  onRemove(): void;
}

function SubscriptionRow({ subscription, name, busy, writable, onRefresh, onAllow, onRemove }: RowProps) {
  const { url, origin, fetchedAt, checkedAt, error } = subscription;
  const host = new URL(url).hostname;
  return (
    <li class="tfo-site tfo-pack-url" data-url={url}>
      <span class="tfo-site-name">
        <strong>{name}</strong> {name !== url ? <code>{url}</code> : null}
        {origin === 'policy' ? <span class="tfo-chip">{t('options_pack_urls_by_policy')}</span> : null}
      </span>
      <span class="tfo-hint tfo-pack-url-fetched">
        {fetchedAt === null
          ? t('options_pack_urls_never_fetched')
          : t('options_pack_urls_fetched', formatWhen(fetchedAt))}
        {checkedAt !== null && checkedAt !== fetchedAt
          ? `, ${t('options_pack_urls_checked', formatWhen(checkedAt))}`
          : ''}
      </span>
      {error ? (
        <p class="tfo-alert tfo-pack-url-error" role="alert">
          {error.message}
        </p>
      ) : null}
      <span class="tfo-actions">
        <RowButton
          label={t('options_pack_urls_refresh')}
          name={t('options_pack_urls_refresh_label', name)}
          disabled={busy || !writable}
          onClick={onRefresh}
        />
        {error ? <RowButton label={t('options_pack_urls_allow', host)} disabled={busy} onClick={onAllow} /> : null}
        {origin === 'agent' ? (
          <RowButton
            label={t('options_pack_urls_unsubscribe')}
            name={t('options_pack_urls_unsubscribe_label', name)}
            disabled={busy || !writable}
            danger
            onClick={onRemove}
          />
        ) : null}
      </span>
    </li>
  );
}

interface RowButtonProps {
  label: string;
  /** The accessible name, when the label alone does not say which pack. */
  name?: string;
  disabled: boolean;
  danger?: boolean;
  onClick(): void;
}

/** aria-disabled rather than disabled: the button keeps its focus while a change runs. */
function RowButton({ label, name, disabled, danger = false, onClick }: RowButtonProps) {
  return (
    <button
      type="button"
      class={danger ? 'tfo-button tfo-danger' : 'tfo-button'}
      aria-label={name}
      aria-disabled={disabled}
      onClick={() => !disabled && onClick()}
    >
      {label}
    </button>
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
