import type { PauseReason } from '@/lib/coach/state';
import { t, type MessageKey } from '@/lib/i18n';

const EXPLANATIONS: Record<PauseReason, { title: MessageKey; text: MessageKey }> = {
  'internal-note': { title: 'sidebar_paused_internal_title', text: 'sidebar_paused_internal_text' },
  'paused-by-agent': { title: 'sidebar_paused_agent_title', text: 'sidebar_paused_agent_text' },
};

/** Takes the place of the coaching while it steps back, saying plainly why. */
export function CoachingPaused({ reason }: { reason: PauseReason }) {
  const { title, text } = EXPLANATIONS[reason];
  return (
    <section class="tf-section" data-paused={reason} aria-labelledby="tf-paused-heading">
      <h2 id="tf-paused-heading" class="tf-heading">
        {t(title)}
      </h2>
      <p class="tf-muted" role="status">
        {t(text)}
      </p>
    </section>
  );
}
