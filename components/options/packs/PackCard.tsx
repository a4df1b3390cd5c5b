import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { PackRecord } from '@/lib/library/schema';
import type { SignatureState } from '@/lib/packs/signature';
import { PackSnippets } from './PackSnippets';

const SIGNATURE_LABELS: Record<SignatureState, MessageKey> = {
  verified: 'options_packs_signature_verified',
  'untrusted-key': 'options_packs_signature_untrusted',
  invalid: 'options_packs_signature_invalid',
  unsigned: 'options_packs_signature_unsigned',
};

interface PackCardProps {
  pack: PackRecord;
  /** When a subscribed pack's URL last answered with it; null when it has no subscription. */
  fetchedAt: number | null;
  /** Absent for packs the agent cannot remove (the policy's, the built-in one). */
  onRemove?: () => void;
  busy: boolean;
}

function sourceText(source: PackRecord['source']): string {
  switch (source.kind) {
    case 'built-in':
      return t('options_packs_source_builtin');
    case 'file':
      return t('options_packs_source_file', source.fileName ?? '');
    case 'url':
      return t('options_packs_source_url', source.url ?? '');
    case 'policy':
      return t('options_packs_source_policy', source.url ?? '');
  }
}

/** One installed pack: what it is, where it came from, whether it is signed, and its snippets. */
export function PackCard({ pack, fetchedAt, onRemove, busy }: PackCardProps) {
  const [open, setOpen] = useState(false);
  return (
    <li class="tfo-pack" data-pack-id={pack.id}>
      <h4>{pack.name}</h4>
      <p class="tfo-hint">{t('options_packs_version', pack.version, pack.author)}</p>
      {pack.description && <p>{pack.description}</p>}
      <ul class="tfo-pack-facts">
        <li>{sourceText(pack.source)}</li>
        {fetchedAt !== null && <li>{t('options_packs_fetched', new Date(fetchedAt).toLocaleString())}</li>}
        <li data-signature={pack.signature.state}>{t(SIGNATURE_LABELS[pack.signature.state])}</li>
      </ul>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('options_packs_snippets', pack.snippetCount)}</summary>
        {open && <PackSnippets packId={pack.id} />}
      </details>
      {onRemove && (
        <button type="button" class="tfo-button" disabled={busy} onClick={onRemove}>
          {t('options_packs_remove')}
        </button>
      )}
    </li>
  );
}
