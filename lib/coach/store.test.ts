import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('tells each listener of a change with the state before it, and not of a change to nothing', () => {
    const store = createStore({ count: 0, name: 'a' });
    const heard = vi.fn();
    store.subscribe(heard, new AbortController().signal);
    store.update({ count: 1 });
    store.update({ count: 1 });
    store.update((state) => ({ name: `${state.name}b` }));
    expect(heard.mock.calls).toEqual([
      [
        { count: 1, name: 'a' },
        { count: 0, name: 'a' },
      ],
      [
        { count: 1, name: 'ab' },
        { count: 1, name: 'a' },
      ],
    ]);
  });

  it('tells every listener of a change a listener made, after the round it was made in, in order', () => {
    const store = createStore({ count: 0 });
    const log: string[] = [];
    const signal = new AbortController().signal;
    store.subscribe((state) => {
      log.push(`first ${state.count}`);
      if (state.count === 1) store.update({ count: 2 });
    }, signal);
    store.subscribe((state, previous) => log.push(`second ${previous.count}->${state.count}`), signal);
    store.update({ count: 1 });
    expect(log).toEqual(['first 1', 'second 0->1', 'first 2', 'second 1->2']);
  });

  it('stops telling a listener once its signal aborts, and a failing listener keeps no other from the change', () => {
    const store = createStore({ count: 0 });
    const listening = new AbortController();
    const heard = vi.fn();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    store.subscribe(() => {
      throw new Error('broken view');
    }, new AbortController().signal);
    store.subscribe(heard, listening.signal);
    store.update({ count: 1 });
    listening.abort();
    store.update({ count: 2 });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(debug).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });
});
