import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import type { DayCounts, StatKind } from '@/lib/stats/day-counts';

const ROWS: ReadonlyArray<[StatKind, MessageKey]> = [
  ['reply', 'popup_today_replies'],
  ['fix', 'popup_today_fixes'],
  ['statement', 'popup_today_statements'],
  ['snippet', 'popup_today_snippets'],
];

/** Today's counts (the agent's local day), kept by the background. */
export function TodaySection() {
  const [counts, setCounts] = useState<DayCounts | null>(null);
  const [problem, setProblem] = useState(false);

  useEffect(() => {
    sendMessage('stats.today').then(setCounts, () => setProblem(true));
  }, []);

  return (
    <section class="section" aria-labelledby="today-heading">
      <h2 id="today-heading" class="heading">
        {t('popup_today_heading')}
      </h2>
      {problem ? (
        <p class="outcome problem" role="status">
          {t('popup_today_unavailable')}
        </p>
      ) : (
        <dl class="today" aria-busy={counts === null}>
          {ROWS.map(([kind, label]) => (
            <div key={kind} class="today-row" data-count={kind}>
              <dt>{t(label)}</dt>
              <dd>{counts ? counts[kind].toLocaleString() : '–'}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="muted">{t('popup_today_resets')}</p>
    </section>
  );
}
