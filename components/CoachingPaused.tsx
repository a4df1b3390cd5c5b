/** Why Tactful is not coaching the editor the agent is in. */
export type PauseReason = 'internal-note' | 'paused-by-agent';

const EXPLANATIONS: Record<PauseReason, { title: string; text: string }> = {
  'internal-note': {
    title: 'Internal note',
    text: 'Internal notes are not coached: only agents see them. Switch back to a public reply and coaching picks up again.',
  },
  'paused-by-agent': {
    title: 'Coaching paused',
    text: 'You paused coaching from the Tactful button in the toolbar. Turn it back on there and coaching picks up again.',
  },
};

/** Takes the place of the coaching while it steps back, saying plainly why. */
export function CoachingPaused({ reason }: { reason: PauseReason }) {
  const { title, text } = EXPLANATIONS[reason];
  return (
    <section class="tf-section" data-paused={reason} aria-labelledby="tf-paused-heading">
      <h2 id="tf-paused-heading" class="tf-heading">
        {title}
      </h2>
      <p class="tf-muted" role="status">
        {text}
      </p>
    </section>
  );
}
