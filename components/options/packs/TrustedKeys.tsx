import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { writeSettings } from '@/lib/library/repository';
import { TRUSTED_KEYS_SETTING, withoutTrustedKey, withTrustedKey } from '@/lib/packs/trusted-keys';
import { useOptions } from '../context';
import { errorMessage } from '../errors';
import { OutcomeMessage, type Outcome } from '../OutcomeMessage';

/** The trainers' public keys the agent trusts: add one (validated) or remove one. */
export function TrustedKeys({ keys }: { keys: readonly string[] }) {
  const { library, status } = useOptions();
  const [draft, setDraft] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  const save = async (next: string[]) => {
    try {
      await writeSettings(library, { [TRUSTED_KEYS_SETTING]: next.length > 0 ? next : null });
      return true;
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(error) });
      return false;
    }
  };

  const add = async () => {
    const result = withTrustedKey(keys, draft);
    if ('problem' in result) {
      const text = result.problem === 'not-a-key' ? t('options_packs_key_not_a_key') : t('options_packs_key_already');
      setOutcome({ kind: 'error', text });
      return;
    }
    if (await save(result.keys)) {
      setDraft('');
      setOutcome(null);
    }
  };

  return (
    <div class="tfo-card" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_packs_keys_heading')}</h3>
      <p class="tfo-hint">{t('options_packs_keys_explained')}</p>
      {keys.length === 0 ? (
        <p class="tfo-empty">{t('options_packs_keys_none')}</p>
      ) : (
        <ul class="tfo-keys">
          {keys.map((key) => (
            <li key={key}>
              <code>{key}</code>{' '}
              <button
                type="button"
                class="tfo-button"
                disabled={!status.writable}
                onClick={() => void save(withoutTrustedKey(keys, key))}
              >
                {t('options_packs_key_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div class="tfo-field">
          <label for={`${id}-key`}>{t('options_packs_key_label')}</label>
          <input
            id={`${id}-key`}
            value={draft}
            spellcheck={false}
            disabled={!status.writable}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="tfo-button" disabled={!status.writable || draft.trim() === ''}>
          {t('options_packs_key_add')}
        </button>
        <OutcomeMessage outcome={outcome} />
      </form>
    </div>
  );
}
