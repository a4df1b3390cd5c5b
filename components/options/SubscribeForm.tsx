import { t } from '@/lib/i18n';
import { packAddressProblem } from '@/lib/packs/fetch-pack';
import { HTTP_PACK_HOSTS } from '@/lib/packs/http-hosts';
import { AddressForm } from './AddressForm';

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
  return (
    <AddressForm
      id="pack-url-address"
      label={t('options_pack_urls_label')}
      submitLabel={t('options_pack_urls_subscribe')}
      inputType="url"
      disabled={busy || !writable}
      problemWith={(address) => packAddressProblem(address.trim(), HTTP_PACK_HOSTS)}
      onSubmit={onSubscribe}
    />
  );
}
