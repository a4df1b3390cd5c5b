import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { JsonValue, PackRecord } from '@/lib/library/schema';
import { listClashes, resolveClash, type ClashChoice, type ShortcutClash } from '@/lib/packs/clashes';
import { PACKS_CHANGE_KEY } from '@/lib/packs/coaching-settings';
import { listPacks, removePack } from '@/lib/packs/install';
import { readTrustedKeys } from '@/lib/packs/trusted-keys';
import { snippetChange, useOptions } from '../context';
import { errorMessage } from '../errors';
import { useLiveQuery } from '../hooks';
import { OutcomeMessage, type Outcome } from '../OutcomeMessage';
import { PackCard } from './PackCard';
import { PackClashes } from './PackClashes';
import { PackImport } from './PackImport';
import { TrustedKeys } from './TrustedKeys';

/** The options page's Packs section: import, the installed packs, their clashes, trusted keys. */
export function PackSection({ settings }: { settings: Record<string, JsonValue> }) {
  const { library, status, announceChange } = useOptions();
  const packs = useLiveQuery(() => listPacks(library), [library]);
  const clashes = useLiveQuery(() => listClashes(library), [library]);
  const fetched = useLiveQuery(() => fetchTimes(library), [library]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const trustedKeys = readTrustedKeys(settings);

  const act = async (action: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const done = await action();
      setOutcome(done ? { kind: 'done', text: done } : null);
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const announce = () => {
    announceChange(snippetChange([]));
    announceChange({ kind: 'settings', keys: [PACKS_CHANGE_KEY] });
  };
  const remove = (pack: PackRecord) =>
    act(async () => {
      await removePack(library, pack.id);
      announce();
      return t('options_packs_removed', pack.name);
    });
  const resolve = (clash: ShortcutClash, choice: ClashChoice) =>
    act(async () => {
      await resolveClash(library, clash.packId, clash.snippetId, choice);
      announceChange(snippetChange([clash.snippetId, ...(clash.owner ? [clash.owner.id] : [])]));
      return null;
    });

  return (
    <>
      <p class="tfo-hint">{t('options_packs_explained')}</p>
      <PackImport trustedKeys={trustedKeys} />
      <PackClashes
        clashes={clashes.value ?? []}
        busy={busy || !status.writable}
        onResolve={(c, k) => void resolve(c, k)}
      />
      <OutcomeMessage outcome={outcome} />
      {packs.value && packs.value.length === 0 && <p class="tfo-empty">{t('options_packs_none')}</p>}
      <ul class="tfo-packs" aria-label={t('options_section_packs')}>
        {(packs.value ?? []).map((pack) => (
          <PackCard
            key={pack.id}
            pack={pack}
            fetchedAt={fetched.value?.get(pack.id) ?? null}
            busy={busy || !status.writable}
            onRemove={pack.source.kind === 'file' || pack.source.kind === 'url' ? () => void remove(pack) : undefined}
          />
        ))}
      </ul>
      <TrustedKeys keys={trustedKeys} />
    </>
  );
}

/** When each subscribed pack was last fetched, from packs-remote's subscriptions. */
function fetchTimes(library: ReturnType<typeof useOptions>['library']): Promise<Map<string, number>> {
  return library.read(
    async (db) => {
      const times = new Map<string, number>();
      for (const subscription of await db.subscriptions.toArray()) {
        if (subscription.packId && subscription.fetchedAt !== null)
          times.set(subscription.packId, subscription.fetchedAt);
      }
      return times;
    },
    () => new Map(),
  );
}
