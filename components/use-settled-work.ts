import { useState } from 'preact/hooks';
import type { Outcome } from './options/OutcomeMessage';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One change at a time, with its outcome shown: `settle` runs `work` unless another is running
 * (the buttons stay focusable while busy, so a second click must do nothing). `work` starts in the
 * same call, so a browser prompt it opens still counts as asked for by the click. A failure is
 * shown as `failedText(message)`.
 */
export function useSettledWork(failedText: (message: string) => string) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const settle = (work: () => Promise<Outcome | null>) => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    work()
      .catch((error: unknown): Outcome => ({ kind: 'error', text: failedText(errorText(error)) }))
      .then((result) => {
        setOutcome(result);
        setBusy(false);
      });
  };
  return { busy, outcome, setOutcome, settle };
}
