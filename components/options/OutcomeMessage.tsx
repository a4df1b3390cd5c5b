/** What a settings action ended in: done, or an error the agent must read. */
export interface Outcome {
  kind: 'done' | 'error';
  text: string;
}

/** An action's outcome under its form: errors are alerts, successes a polite status. */
export function OutcomeMessage({ outcome, id }: { outcome: Outcome | null; id?: string }) {
  if (!outcome) return null;
  const failed = outcome.kind === 'error';
  return (
    <p id={id} class={failed ? 'tfo-alert' : 'tfo-success'} role={failed ? 'alert' : 'status'}>
      {outcome.text}
    </p>
  );
}

/** A problem the agent must read, as an alert; nothing when there is none. */
export function AlertText({ text }: { text: string | null | undefined }) {
  return text ? (
    <p class="tfo-alert" role="alert">
      {text}
    </p>
  ) : null;
}
