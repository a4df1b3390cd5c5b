// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDomChanges } from './input-path';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Lets the observers hear of the mutations made so far. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchDomChanges', () => {
  it('tells every watcher of a change through one observer, until each one stops', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const [first, second] = [vi.fn(), vi.fn()];
    const [firstWatch, secondWatch] = [new AbortController(), new AbortController()];
    watchDomChanges(root, first, firstWatch.signal);
    watchDomChanges(root, second, secondWatch.signal);
    expect(observe).toHaveBeenCalledTimes(1);

    root.querySelector('p')!.firstChild!.textContent = 'Hello there';
    await delivered();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);

    firstWatch.abort();
    root.querySelector('p')!.append(' again');
    await delivered();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2]);
    expect(disconnect).not.toHaveBeenCalled();

    secondWatch.abort();
    expect(disconnect).toHaveBeenCalledTimes(1);
    root.querySelector('p')!.append('!');
    await delivered();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2]);
  });

  it('still tells the other watchers when one of them throws', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    const thrown: unknown[] = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((report) => {
      try {
        report();
      } catch (error) {
        thrown.push(error);
      }
    });
    const after = vi.fn();
    const watching = new AbortController();
    watchDomChanges(
      root,
      () => {
        throw new Error('a watcher failed');
      },
      watching.signal,
    );
    watchDomChanges(root, after, watching.signal);
    root.querySelector('p')!.append('!');
    await delivered();
    expect(after).toHaveBeenCalledTimes(1);
    expect(thrown).toEqual([new Error('a watcher failed')]);
    watching.abort();
  });

  it('starts a new observer for an editor watched again after every watch stopped', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    const before = new AbortController();
    watchDomChanges(root, () => {}, before.signal);
    before.abort();
    const onChange = vi.fn();
    watchDomChanges(root, onChange, new AbortController().signal);
    root.querySelector('p')!.append('!');
    await delivered();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
