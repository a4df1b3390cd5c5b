import { useEffect, useState } from 'preact/hooks';
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
      setProblem('Tactful could not read whether coaching is paused.');
    });
  }, []);

  const toggle = () => {
    if (paused === null || busy) return;
    setBusy(true);
    setProblem(null);
    sendMessage('coaching.setPaused', { paused: !paused })
      .then(setPaused, () => setProblem('Tactful could not save this, so nothing changed. Please try again.'))
      .finally(() => setBusy(false));
  };

  return (
    <section class="section" aria-labelledby="pause-heading">
      <h2 id="pause-heading" class="heading">
        Everywhere
      </h2>
      <Switch
        id="pause-switch"
        label="Pause coaching"
        checked={paused === true}
        disabled={paused === null || busy}
        describedBy="pause-explanation"
        onToggle={toggle}
      />
      <p id="pause-explanation" class="muted">
        {paused ? 'Paused on every site until you turn this off.' : 'Stops all coaching for a while, on every site.'}
      </p>
      <p class="outcome problem" role="status">
        {problem ?? ''}
      </p>
    </section>
  );
}
