// watchCoachingPaused through the real @webext-core/messaging, on a small callback-style `chrome`
// whose background holds the pause and whose broadcasts reach this script's listeners.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchCoachingPaused } from './pause';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;
interface Message {
  type: string;
  data?: unknown;
}

function fakeChrome(stored: { paused: boolean }) {
  const listeners = new Set<Listener>();
  /** Answers to 'coaching.paused' wait here until the test lets them through. */
  const pendingAnswers: Array<() => void> = [];
  let holdAnswers = false;
  const chrome = {
    runtime: {
      lastError: undefined as { message: string } | undefined,
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
      sendMessage(message: Message, callback: (response: unknown) => void) {
        if (message.type !== 'coaching.paused') throw new Error(`unexpected ${message.type}`);
        const answer = () => callback({ res: stored.paused });
        if (holdAnswers) pendingAnswers.push(answer);
        else queueMicrotask(answer);
      },
    },
  };
  return {
    chrome,
    listenerCount: () => listeners.size,
    hold: () => (holdAnswers = true),
    release: () => pendingAnswers.splice(0).forEach((answer) => answer()),
    /** What the background's broadcast does in this tab. */
    broadcast(paused: boolean) {
      stored.paused = paused;
      const message = { type: 'coaching.pausedChanged', data: { paused }, id: 1, timestamp: Date.now() };
      for (const listener of listeners) listener(message, {}, () => {});
    },
  };
}

let browser: ReturnType<typeof fakeChrome>;
/** Every watch a test starts, stopped after it (which also takes the shared listener away). */
let watches: AbortController[];

function watch(): AbortSignal {
  const controller = new AbortController();
  watches.push(controller);
  return controller.signal;
}

beforeEach(() => {
  browser = fakeChrome({ paused: true });
  watches = [];
  vi.stubGlobal('chrome', browser.chrome);
});

afterEach(() => {
  for (const controller of watches) controller.abort();
  expect(browser.listenerCount()).toBe(0);
  vi.unstubAllGlobals();
});

describe('watchCoachingPaused', () => {
  it('reports the stored pause, then every change', async () => {
    const seen: boolean[] = [];
    watchCoachingPaused((paused) => seen.push(paused), watch());
    await vi.waitFor(() => expect(seen).toEqual([true]));
    browser.broadcast(false);
    browser.broadcast(true);
    expect(seen).toEqual([true, false, true]);
  });

  it('ignores an answer that arrives after a newer change', async () => {
    browser.hold();
    const seen: boolean[] = [];
    watchCoachingPaused((paused) => seen.push(paused), watch());
    browser.broadcast(false);
    browser.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([false]);
  });

  it('serves several watchers with one listener, and removes it with the last', async () => {
    const first = new AbortController();
    const second = new AbortController();
    watches.push(first, second);
    const seenFirst: boolean[] = [];
    const seenSecond: boolean[] = [];
    watchCoachingPaused((paused) => seenFirst.push(paused), first.signal);
    watchCoachingPaused((paused) => seenSecond.push(paused), second.signal);
    expect(browser.listenerCount()).toBe(1);
    await vi.waitFor(() => expect(seenSecond).toEqual([true]));
    first.abort();
    browser.broadcast(false);
    expect(seenFirst).toEqual([true]);
    expect(seenSecond).toEqual([true, false]);
    second.abort();
    expect(browser.listenerCount()).toBe(0);
  });

  it('stays quiet when the extension cannot answer', async () => {
    browser.chrome.runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    const onChange = vi.fn();
    watchCoachingPaused(onChange, watch());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing once aborted', async () => {
    const stop = new AbortController();
    stop.abort();
    const onChange = vi.fn();
    watchCoachingPaused(onChange, stop.signal);
    browser.broadcast(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();
    expect(browser.listenerCount()).toBe(0);
  });
});
