// Shared by the coaching session's lifetime tests (never imported by the extension): everything a
// content script can leave behind in a page, counted while it is there. Event listeners (removed,
// once, or ended by their signal), mutation and resize observers, timers, intervals, frame and idle
// requests, and the extension's message and storage listeners.

import { fakeBrowser } from 'wxt/testing';

type Restore = () => void;

/** What is still listening or waiting in the page, by kind (empty kinds left out). */
export type Listening = Record<string, string[]>;

export interface ListeningTracker {
  /** What was added since tracking began and is still there. */
  now(): Listening;
  /** Puts the page's own functions back. */
  stop(): void;
}

export function trackListening(): ListeningTracker {
  const active = new Map<string, Set<unknown>>();
  const kind = (name: string) => active.get(name) ?? active.set(name, new Set()).get(name)!;
  const restores: Restore[] = [trackEventListeners(kind), ...trackObservers(kind), ...trackTimers(kind)];
  return {
    now() {
      const listening: Listening = {};
      for (const [name, entries] of active) {
        const live = [...entries].filter(canStillHear);
        if (live.length > 0) listening[name] = live.map(String);
      }
      if (hasListeners(fakeBrowser.runtime.onMessage)) listening.runtimeMessages = ['runtime.onMessage'];
      if (hasListeners(fakeBrowser.storage.onChanged)) listening.storageChanges = ['storage.onChanged'];
      return listening;
    },
    stop: () => restores.forEach((restore) => restore()),
  };
}

/**
 * The prototypes whose addEventListener the page's targets use: the DOM's (a test page's may be
 * its own, apart from the global EventTarget) and the global EventTarget's.
 */
function eventTargetPrototypes(): EventTarget[] {
  const owners = new Set<EventTarget>();
  for (const target of [document, window, document.body, new EventTarget()]) {
    let proto: object | null = target;
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'addEventListener'))
      proto = Object.getPrototypeOf(proto);
    if (proto) owners.add(proto as EventTarget);
  }
  return [...owners];
}

/** A listener as tracked: what it listens on. */
interface TrackedListener {
  target: object;
  toString(): string;
}

/**
 * False for a listener nothing can reach any more: on an element taken out of the page (it goes
 * with the element), or on a signal that has aborted (a signal aborts once).
 */
function canStillHear(entry: unknown): boolean {
  const target = (entry as Partial<TrackedListener>).target;
  if (!target) return true;
  if ('isConnected' in target && typeof target.isConnected === 'boolean') return target.isConnected;
  if (target instanceof AbortSignal || 'aborted' in target) return !(target as AbortSignal).aborted;
  return true;
}

/** The fake browser's events can tell whether anything listens (their types do not say so). */
function hasListeners(event: object): boolean {
  return (event as { hasListeners(): boolean }).hasListeners();
}

function trackEventListeners(kind: (name: string) => Set<unknown>): Restore {
  const listeners = kind('eventListeners');
  const restores = eventTargetPrototypes().map((proto) => trackOn(proto, listeners));
  return () => restores.forEach((restore) => restore());
}

function trackOn(proto: EventTarget, listeners: Set<unknown>): Restore {
  const { addEventListener: add, removeEventListener: remove } = proto;
  /** One key per listener, as the DOM tells them apart: target, type, function and capture. */
  const keys = new WeakMap<object, Map<string, TrackedListener>>();
  const keyFor = (target: object, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    const byTarget = keys.get(target) ?? keys.set(target, new Map()).get(target)!;
    const ids = (listener as { __trackedId?: number }).__trackedId ?? nextId(listener);
    const name = `${type}:${ids}:${capture}`;
    const label = `${(target as { nodeName?: string }).nodeName ?? target.constructor.name} ${type}`;
    return byTarget.get(name) ?? byTarget.set(name, { target, toString: () => label }).get(name)!;
  };
  proto.addEventListener = function (this: EventTarget, type, listener, options) {
    add.call(this, type, listener, options);
    if (!listener) return;
    const key = keyFor(this, type, listener, options);
    const signal = typeof options === 'object' ? options.signal : undefined;
    if (signal?.aborted) return;
    listeners.add(key);
    signal?.addEventListener('abort', () => listeners.delete(key), { once: true });
    if (typeof options === 'object' && options.once) {
      add.call(this, type, () => listeners.delete(key), { once: true, capture: options.capture });
    }
  };
  proto.removeEventListener = function (this: EventTarget, type, listener, options) {
    remove.call(this, type, listener, options);
    if (listener) listeners.delete(keyFor(this, type, listener, options));
  };
  return () => {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  };
}

let lastId = 0;
function nextId(listener: unknown): number {
  const id = ++lastId;
  Object.defineProperty(listener as object, '__trackedId', { value: id });
  return id;
}

function trackObservers(kind: (name: string) => Set<unknown>): Restore[] {
  return (['MutationObserver', 'ResizeObserver'] as const).flatMap((name) => {
    const Observer = (globalThis as unknown as Record<string, { prototype: object } | undefined>)[name];
    if (!Observer) return [];
    const proto = Observer.prototype as { observe(...args: unknown[]): void; disconnect(): void };
    const { observe, disconnect } = proto;
    const observing = kind(name);
    proto.observe = function (this: object, ...args: unknown[]) {
      observe.apply(this, args);
      observing.add(this);
    };
    proto.disconnect = function (this: object) {
      disconnect.call(this);
      observing.delete(this);
    };
    return [
      () => {
        proto.observe = observe;
        proto.disconnect = disconnect;
      },
    ];
  });
}

/** Timers and frame or idle requests still waiting: a timeout that has run is no longer waiting. */
function trackTimers(kind: (name: string) => Set<unknown>): Restore[] {
  const pairs = [
    ['setTimeout', 'clearTimeout', true],
    ['setInterval', 'clearInterval', false],
    ['requestAnimationFrame', 'cancelAnimationFrame', true],
    ['requestIdleCallback', 'cancelIdleCallback', true],
  ] as const;
  const page = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  return pairs.flatMap(([start, stop, once]) => {
    const [begin, end] = [page[start], page[stop]];
    if (typeof begin !== 'function' || typeof end !== 'function') return [];
    const waiting = kind(start);
    page[start] = (callback: unknown, ...rest: unknown[]) => {
      const run = (...args: unknown[]) => {
        if (once) waiting.delete(id);
        return (callback as (...args: unknown[]) => unknown)(...args);
      };
      const id = begin(run, ...rest);
      waiting.add(id);
      return id;
    };
    page[stop] = (id: unknown) => {
      waiting.delete(id);
      return end(id);
    };
    return [
      () => {
        page[start] = begin;
        page[stop] = end;
      },
    ];
  });
}
