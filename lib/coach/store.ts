// A state container: the state as one immutable object, replaced on each change, and listeners
// told of every change with the state before it. Hand-written rather than a library's: what the
// coaching session needs beyond these few lines (listeners that end with an AbortSignal, views that
// schedule their own work off the keystroke path) is its own either way.

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Merges `change` into the state; listeners hear of it once the current round of them is done. */
  update(change: Partial<S> | ((state: S) => Partial<S>)): void;
  /** Calls `listener` after every change until `signal` aborts. */
  subscribe(listener: Listener<S>, signal: AbortSignal): void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  /** The state every listener has heard of. */
  let heard = initial;
  let telling = false;
  const listeners = new Set<Listener<S>>();

  const tell = () => {
    if (telling) return;
    telling = true;
    try {
      // A listener may change the state: the others hear of that in a round of its own, in order.
      while (heard !== state) {
        const [previous, current] = [heard, state];
        heard = current;
        for (const listener of [...listeners]) {
          if (!listeners.has(listener)) continue;
          try {
            listener(current, previous);
          } catch (error) {
            // One view's failure must not keep the others from the change.
            console.debug('Tactful: a view could not follow a change.', error);
          }
        }
      }
    } finally {
      telling = false;
    }
  };

  return {
    get: () => state,
    update(change) {
      const patch = typeof change === 'function' ? change(state) : change;
      const keys = Object.keys(patch) as (keyof S)[];
      if (keys.every((key) => Object.is(patch[key], state[key]))) return;
      state = { ...state, ...patch };
      tell();
    },
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
