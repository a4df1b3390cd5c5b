// When the session's work runs. A keystroke only asks for work; the analysis, the underlines and
// the sidebar each run later in a task of their own, when the page is idle (at the latest by a
// deadline), so typing never waits on them and no task of ours runs long. Every timer, idle
// callback and frame request ends with the session's signal.

/** How long idle work may wait for an idle moment on a busy page before it runs anyway. */
export const IDLE_DEADLINE_MS = 200;

export interface Scheduler {
  /**
   * Runs `job` in a task of its own when the page is next idle, at the latest `deadline` ms from
   * now. Asking for a job that is already waiting changes nothing: it runs once.
   */
  idle(job: () => void, deadline?: number): void;
  /** Runs `job` once `delay` ms have passed since it was last asked for (typing pauses). */
  settled(job: () => void, delay: number): void;
  /** Runs `job` once `delay` ms from now; asking again while it waits changes nothing. */
  after(job: () => void, delay: number): void;
  /** Runs `job` before the next frame is drawn; asking again before then changes nothing. */
  frame(job: () => void): void;
  /** Forgets `job` if it is waiting. */
  cancel(job: () => void): void;
}

/** The parts of a window the scheduler uses. */
type TimerHost = Pick<Window, 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame' | 'cancelAnimationFrame'> &
  Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

export function createScheduler(signal: AbortSignal, host: TimerHost = window): Scheduler {
  /** Each waiting job, with how to stop it. */
  const waiting = new Map<() => void, () => void>();

  const run = (job: () => void) => {
    waiting.delete(job);
    if (!signal.aborted) job();
  };
  const cancel = (job: () => void) => {
    waiting.get(job)?.();
    waiting.delete(job);
  };
  const wait = (job: () => void, start: (run: () => void) => () => void) => {
    if (!signal.aborted)
      waiting.set(
        job,
        start(() => run(job)),
      );
  };
  signal.addEventListener(
    'abort',
    () => {
      for (const stop of waiting.values()) stop();
      waiting.clear();
    },
    { once: true },
  );

  return {
    idle(job, deadline = IDLE_DEADLINE_MS) {
      if (waiting.has(job)) return;
      wait(job, (go) => {
        if (typeof host.requestIdleCallback !== 'function') {
          const timer = host.setTimeout(go, 0);
          return () => host.clearTimeout(timer);
        }
        const request = host.requestIdleCallback(go, { timeout: deadline });
        return () => host.cancelIdleCallback?.(request);
      });
    },
    settled(job, delay) {
      cancel(job);
      wait(job, (go) => {
        const timer = host.setTimeout(go, delay);
        return () => host.clearTimeout(timer);
      });
    },
    after(job, delay) {
      if (waiting.has(job)) return;
      wait(job, (go) => {
        const timer = host.setTimeout(go, delay);
        return () => host.clearTimeout(timer);
      });
    },
    frame(job) {
      if (waiting.has(job)) return;
      wait(job, (go) => {
        const request = host.requestAnimationFrame(go);
        return () => host.cancelAnimationFrame(request);
      });
    },
    cancel,
  };
}
