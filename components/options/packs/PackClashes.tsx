import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ClashChoice, ShortcutClash } from '@/lib/packs/clashes';

interface PackClashesProps {
  clashes: readonly ShortcutClash[];
  busy: boolean;
  onResolve(clash: ShortcutClash, choice: ClashChoice): void;
}

/** The shortcuts a pack wanted that another snippet holds; the agent picks for each. */
export function PackClashes({ clashes, busy, onResolve }: PackClashesProps) {
  if (clashes.length === 0) return null;
  return (
    <div class="tfo-card" role="group" aria-label={t('options_packs_clashes_heading')}>
      <h3>{t('options_packs_clashes_heading')}</h3>
      <ul class="tfo-clashes">
        {clashes.map((clash) => (
          <ClashRow key={clash.snippetId} clash={clash} busy={busy} onResolve={onResolve} />
        ))}
      </ul>
    </div>
  );
}

function ClashRow({ clash, busy, onResolve }: { clash: ShortcutClash } & Omit<PackClashesProps, 'clashes'>) {
  const [name, setName] = useState('');
  const { title, shortcut, heldAs, owner } = clash;
  return (
    <li data-clash={clash.snippetId}>
      <p>
        {owner
          ? t('options_packs_clash', title, shortcut, owner.title, heldAs)
          : t('options_packs_clash_free', title, shortcut, heldAs)}
      </p>
      <div class="tfo-actions">
        {owner && (
          <button
            type="button"
            class="tfo-button"
            disabled={busy}
            onClick={() => onResolve(clash, { kind: 'keep-mine' })}
          >
            {t('options_packs_keep_mine')}
          </button>
        )}
        <button
          type="button"
          class="tfo-button"
          disabled={busy}
          onClick={() => onResolve(clash, { kind: 'take-pack' })}
        >
          {t('options_packs_take_pack')}
        </button>
        {owner && (
          <form
            class="tfo-inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              onResolve(clash, { kind: 'rename', shortcut: name });
            }}
          >
            <label>
              {t('options_packs_rename')}{' '}
              <input value={name} onInput={(event) => setName(event.currentTarget.value)} disabled={busy} />
            </label>
            <button type="submit" class="tfo-button" disabled={busy || name.trim() === ''}>
              {t('options_packs_rename_button')}
            </button>
          </form>
        )}
      </div>
    </li>
  );
}
