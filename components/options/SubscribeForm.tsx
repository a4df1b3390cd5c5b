import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { packAddressProblem } from '@/lib/packs/fetch-pack';
import { HTTP_PACK_HOSTS } from '@/lib/packs/http-hosts';

interface SubscribeFormProps {
  busy: boolean;
  writable: boolean;
  /**
   * A pack address that passed the checks here. `clearAddress` empties the field: called once the
   * subscription is recorded, so an address that failed to subscribe stays there to correct.
   */
  onSubscribe(address: string, clearAddress: () => void): void;
}

/** The field to subscribe to a pack address, with the address's problem shown under it. */
export function SubscribeForm({ busy, writable, onSubscribe }: SubscribeFormProps) {
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);

  const subscribe = (event: Event) => {
    event.preventDefault();
    const problem = packAddressProblem(address.trim(), HTTP_PACK_HOSTS);
    if (problem) return setAddressError(problem);
    setAddressError(null);
    onSubscribe(address, () => setAddress(''));
  };

  return (
    <form class="tfo-site-add" onSubmit={subscribe} noValidate>
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
          <button type="submit" class="tfo-button tfo-primary" aria-disabled={busy || !writable}>
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
  );
}
