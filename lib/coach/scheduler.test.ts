import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './scheduler';

/** A page with requestIdleCallback, run by the fake timers: idle when nothing else is due. */
function pageWithIdle() {
  return {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    requestAnimationFrame: (run: FrameRequestCallback) => globalThis.setTimeout(() => run(0), 16) as unknown as number,
    cancelAnimationFrame: (id: number) => globalThis.clearTimeout(id),
    requestIdleCallback: vi.fn((run: IdleRequestCallback, options?: IdleRequestOptions) =>
      globalThis.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 10 }), options?.timeout ?? 0),
    ) as unknown as typeof requestIdleCallback,
    cancelIdleCallback: (id: number) => globalThis.clearTimeout(id),
  } as unknown as Window;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createScheduler', () => {
  it('runs idle work once however often it is asked for, within its deadline', () => {
    const page = pageWithIdle();
    const schedule = createScheduler(new AbortController().signal, page);
    const job = vi.fn();
    schedule.idle(job, 100);
    schedule.idle(job, 100);
    vi.advanceTimersByTime(99);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(1);
    expect(page.requestIdleCallback).toHaveBeenCalledTimes(1);
  });

  it('runs settled work once the asking has paused for its delay', () => {
    const schedule = createScheduler(new AbortController().signal, pageWithIdle());
    const job = vi.fn();
    for (let key = 0; key < 5; key++) {
      schedule.settled(job, 120);
      vi.advanceTimersByTime(35);
    }
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(85);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('runs delayed work from the first asking, and frame work once before the next frame', () => {
    const schedule = createScheduler(new AbortController().signal, pageWithIdle());
    const later = vi.fn();
    const frame = vi.fn();
    schedule.after(later, 250);
    vi.advanceTimersByTime(200);
    schedule.after(later, 250);
    schedule.frame(frame);
    schedule.frame(frame);
    vi.advanceTimersByTime(50);
    expect(later).toHaveBeenCalledTimes(1);
    expect(frame).toHaveBeenCalledTimes(1);
  });

  it('forgets cancelled work, and all of it once its signal aborts', () => {
    const lifetime = new AbortController();
    const schedule = createScheduler(lifetime.signal, pageWithIdle());
    const [cancelled, idle, later] = [vi.fn(), vi.fn(), vi.fn()];
    schedule.after(cancelled, 10);
    schedule.cancel(cancelled);
    schedule.idle(idle);
    schedule.after(later, 10);
    lifetime.abort();
    schedule.after(later, 10);
    vi.advanceTimersByTime(1000);
    expect([cancelled, idle, later].map((job) => job.mock.calls.length)).toEqual([0, 0, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('falls back to a task of its own where the page has no idle callbacks', () => {
    const {
      requestIdleCallback: _idle,
      cancelIdleCallback: _cancel,
      ...page
    } = pageWithIdle() as unknown as Record<string, unknown>;
    const schedule = createScheduler(new AbortController().signal, page as unknown as Window);
    const job = vi.fn();
    schedule.idle(job);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
