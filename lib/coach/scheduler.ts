// When the session's work runs. A keystroke only asks for work; the analysis, the underlines and
// the sidebar each run later in a task of their own, when the page is idle (at the latest by a
// deadline), so typing never waits on them and no task of ours runs long. Every timer, idle
// callback and frame request ends with the session's signal.

/** How long idle work may wait for an idle moment on a busy page before it runs anyway. */
export const IDLE_DEADLINE_MS = 200;
/** Idle work starts only with this much of an idle period left (or at its deadline). */
export const IDLE_SLICE_MS = 10;

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
  /** When each job asked for with settled() is due. */
  const settledDue = new Map<() => void, number>();
  const cancel = (job: () => void) => {
    waiting.get(job)?.();
    waiting.delete(job);
    settledDue.delete(job);
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
      settledDue.clear();
    },
    { once: true },
  );

  return {
    idle(job, deadline = IDLE_DEADLINE_MS) {
      if (waiting.has(job)) return;
      const dueAt = Date.now() + deadline;
      wait(job, (go) => whenIdle(host, go, dueAt));
    },
    settled(job, delay) {
      // Asked on every keystroke: asking only moves the due time, and the one timer, when it
      // fires before then, waits out the rest, rather than each keystroke replacing the timer.
      settledDue.set(job, Date.now() + delay);
      if (waiting.has(job)) return;
      const waitFor = (ms: number) =>
        wait(job, (go) =>
          after(host, ms, () => {
            const left = (settledDue.get(job) ?? 0) - Date.now();
            if (left > 0) return waitFor(left);
            settledDue.delete(job);
            go();
          }),
        );
      waitFor(delay);
    },
    after(job, delay) {
      if (waiting.has(job)) return;
      wait(job, (go) => after(host, delay, go));
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

/** Runs `go` once `delay` ms have passed; returns how to stop it. */
function after(host: TimerHost, delay: number, go: () => void): () => void {
  const timer = host.setTimeout(go, delay);
  return () => host.clearTimeout(timer);
}

/**
 * Runs `go` in an idle period with at least IDLE_SLICE_MS of it left, or at `dueAt` at the latest;
 * returns how to stop it. The tail of a period that other work used up is left alone, so jobs do
 * not run back to back past the period's end and delay the frame after it.
 */
function whenIdle(host: TimerHost, go: () => void, dueAt: number): () => void {
  const requestIdle = host.requestIdleCallback?.bind(host);
  if (!requestIdle) return after(host, 0, go);
  let request = 0;
  const ask = () => {
    request = requestIdle(
      (idle) => {
        if (idle.didTimeout || idle.timeRemaining() >= IDLE_SLICE_MS || Date.now() >= dueAt) go();
        else ask();
      },
      { timeout: Math.max(0, dueAt - Date.now()) },
    );
  };
  ask();
  return () => host.cancelIdleCallback?.(request);
}
