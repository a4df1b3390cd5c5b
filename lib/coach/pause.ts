import { onMessage, sendMessage } from '@/lib/messaging/protocol';

// The agent's pause of coaching, as a content script sees it: the background stores it and tells
// every tab when it changes (popup -> 'coaching.setPaused' -> 'coaching.pausedChanged').

type PauseListener = (paused: boolean) => void;

/**
 * The watchers in this script's JavaScript context. The messaging library allows one listener per
 * message type and context, so they share one, added with the first watcher and removed with the last.
 */
const watchers = new Set<PauseListener>();
let stopListening: (() => void) | null = null;

function listen(): void {
  if (stopListening) return;
  stopListening = onMessage('coaching.pausedChanged', ({ data }) => {
    for (const watcher of watchers) watcher(data.paused === true);
  });
}

/**
 * Calls `onChange` with whether coaching is paused: once with the stored state, then after every
 * change, until `signal` aborts. Coaching counts as running until the background answers, and if
 * it cannot answer (the extension was reloaded or removed), nothing is reported on the page.
 */
export function watchCoachingPaused(onChange: (paused: boolean) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  // A change broadcast while the first question is on its way is newer than its answer.
  let heardChange = false;
  const watcher: PauseListener = (paused) => {
    heardChange = true;
    onChange(paused);
  };
  watchers.add(watcher);
  listen();
  signal.addEventListener(
    'abort',
    () => {
      watchers.delete(watcher);
      if (watchers.size === 0) {
        stopListening?.();
        stopListening = null;
      }
    },
    { once: true },
  );
  sendMessage('coaching.paused').then(
    (paused) => {
      if (!signal.aborted && !heardChange) onChange(paused === true);
    },
    () => {},
  );
}
