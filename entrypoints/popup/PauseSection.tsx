import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { Switch } from './Switch';

/** The switch that pauses coaching on every site, and resumes it. */
export function PauseSection() {
  const [paused, setPaused] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendMessage('coaching.paused').then(setPaused, () => {
      setPaused(false);
      setProblem(t('popup_pause_read_failed'));
    });
  }, []);

  const toggle = () => {
    if (paused === null || busy) return;
    setBusy(true);
    setProblem(null);
    sendMessage('coaching.setPaused', { paused: !paused })
      .then(setPaused, () => setProblem(t('popup_pause_save_failed')))
      .finally(() => setBusy(false));
  };

  return (
    <section class="section" aria-labelledby="pause-heading">
      <h2 id="pause-heading" class="heading">
        {t('popup_pause_heading')}
      </h2>
      <Switch
        id="pause-switch"
        label={t('popup_pause_switch')}
        checked={paused === true}
        disabled={paused === null || busy}
        describedBy="pause-explanation"
        onToggle={toggle}
      />
      <p id="pause-explanation" class="muted">
        {paused ? t('popup_pause_explain_paused') : t('popup_pause_explain_running')}
      </p>
      <p class="outcome problem" role="status">
        {problem ?? ''}
      </p>
    </section>
  );
}
