import type { Library, LibraryStatus } from '@/lib/library';
import { t } from '@/lib/i18n';

export interface ReadOnlyNoticeProps {
  library: Library;
  status: LibraryStatus;
}

/** Why nothing can be saved right now, at the top of the page, with the one action that may help. */
export function ReadOnlyNotice({ library, status }: ReadOnlyNoticeProps) {
  if (status.writable) return null;
  return (
    <div class="tfo-read-only" role="alert">
      <h2>{t('options_read_only_heading')}</h2>
      <p>{status.message}</p>
      {status.reason === 'quota-exceeded' && (
        <button type="button" class="tfo-button" onClick={() => library.retryWrites()}>
          {t('options_read_only_retry')}
        </button>
      )}
      {status.reason === 'reload-required' && (
        <button type="button" class="tfo-button" onClick={() => location.reload()}>
          {t('options_read_only_reload')}
        </button>
      )}
    </div>
  );
}
