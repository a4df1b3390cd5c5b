import { t } from '@/lib/i18n';
import type { SubscriptionRecord } from '@/lib/library/schema';
import { formatWhen } from '@/lib/packs/subscriptions';

// One pack subscription on the options page: its pack, when it was last fetched, why the last
// refresh failed, and what the agent can do about it.

interface SubscriptionRowProps {
  subscription: SubscriptionRecord;
  name: string;
  busy: boolean;
  writable: boolean;
  onRefresh(): void;
  onAllow(): void;
  onRemove(): void;
}

/** The policy's subscriptions have no Unsubscribe: they are the policy's to remove. */
export function SubscriptionRow({
  subscription,
  name,
  busy,
  writable,
  onRefresh,
  onAllow,
  onRemove,
}: SubscriptionRowProps) {
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
