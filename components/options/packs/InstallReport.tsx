import { t } from '@/lib/i18n';
import type { InstallOutcome } from '@/lib/packs/install';

interface InstallReportProps {
  fileName: string;
  outcome: InstallOutcome | { status: 'failed'; message: string };
  busy: boolean;
  onForce(): void;
}

/** What an import did: one line, and for a refused file every problem with where it is. */
export function InstallReport({ fileName, outcome, busy, onForce }: InstallReportProps) {
  switch (outcome.status) {
    case 'installed':
      return (
        <p class="tfo-success" role="status">
          {t('options_packs_installed', outcome.pack.name, outcome.pack.version, outcome.added)}
        </p>
      );
    case 'replaced': {
      const { pack, added, removed, kept } = outcome;
      return (
        <p class="tfo-success" role="status">
          {t('options_packs_replaced', pack.name, pack.version, added, removed, kept)}
        </p>
      );
    }
    case 'unchanged':
      return (
        <p class="tfo-success" role="status">
          {t('options_packs_unchanged', outcome.pack.name, outcome.pack.version)}
        </p>
      );
    case 'failed':
      return (
        <p class="tfo-alert" role="alert">
          {outcome.message}
        </p>
      );
    case 'refused':
      return (
        <div class="tfo-report" data-testid="pack-refused">
          <p class="tfo-alert" role="alert">
            {t('options_packs_refused', fileName)}
          </p>
          <ul class="tfo-problems">
            {outcome.problems.map((problem, index) => (
              <li key={index}>
                {problem.path && <code class="tfo-problem-path">{t('options_packs_problem_path', problem.path)}</code>}{' '}
                {problem.message}
              </li>
            ))}
          </ul>
          {outcome.problems.some((problem) => problem.code === 'older-version') && (
            <button type="button" class="tfo-button" disabled={busy} onClick={onForce}>
              {t('options_packs_install_older')}
            </button>
          )}
        </div>
      );
  }
}
