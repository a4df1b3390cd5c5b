import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detachedTextSnapshot } from './plain-text';
import type { EditorAdapter } from './types';
import { createUndoGrouping, insertingAsOwnUndoStep } from './undo-grouping';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Resolves `promise` as far as the fake clock allows in `ms`, and says whether it settled. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('createUndoGrouping', () => {
  it('waits until the window since the last change has passed', async () => {
    const grouping = createUndoGrouping(1000);
    await vi.advanceTimersByTimeAsync(400);
    const waiting = grouping.waitForNewStep();
    expect(await settlesWithin(waiting, 500)).toBe(false);
    expect(await settlesWithin(waiting, 200)).toBe(true);
  });

  it('does not wait once the window has passed', async () => {
    const grouping = createUndoGrouping(500);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await settlesWithin(grouping.waitForNewStep(), 0)).toBe(true);
  });

  it('waits on when a change lands during the wait', async () => {
    const grouping = createUndoGrouping(1000);
    await vi.advanceTimersByTimeAsync(2000);
    grouping.noteChange();
    const waiting = grouping.waitForNewStep();
    await vi.advanceTimersByTimeAsync(900);
    grouping.noteChange();
    expect(await settlesWithin(waiting, 900)).toBe(false);
    expect(await settlesWithin(waiting, 200)).toBe(true);
  });
});

/** An editor whose text the test controls, recording what was inserted. */
function fakeEditor(initial: string) {
  let text = initial;
  const changeListeners: Array<() => void> = [];
  const inserted: string[] = [];
  const adapter: EditorAdapter = {
    kind: 'quill',
    root: {} as HTMLElement,
    read: () => detachedTextSnapshot(text),
    caret: () => null,
    insertText(insertion, range) {
      inserted.push(insertion);
      text = range ? text.slice(0, range.start) + insertion + text.slice(range.end) : text + insertion;
      return Promise.resolve(true);
    },
    select: () => true,
    watch: (onChange) => void changeListeners.push(onChange),
    createUnderlines: () => ({ show() {}, clear() {}, remove() {} }),
  };
  const agentTypes = (more: string) => {
    text += more;
    changeListeners.forEach((listener) => listener());
  };
  return { adapter, inserted, agentTypes, text: () => text };
}

describe('insertingAsOwnUndoStep', () => {
  it("inserts once the agent's last change is out of the grouping window", async () => {
    const editor = fakeEditor('Calm down.');
    const adapter = insertingAsOwnUndoStep(editor.adapter, 1000);
    const onChange = vi.fn();
    adapter.watch(onChange, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(5000);
    editor.agentTypes(' Thanks');
    expect(onChange).toHaveBeenCalledTimes(1);

    const landing = adapter.insertText(' Sorry.', { start: 17, end: 17 });
    await vi.advanceTimersByTimeAsync(900);
    expect(editor.inserted).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await expect(landing).resolves.toBe(true);
    expect(editor.text()).toBe('Calm down. Thanks Sorry.');
  });

  it('changes nothing when the agent changed the text while it waited', async () => {
    const editor = fakeEditor('Calm down.');
    const adapter = insertingAsOwnUndoStep(editor.adapter, 1000);
    adapter.watch(() => {}, new AbortController().signal);
    const landing = adapter.insertText('Please', { start: 0, end: 4 });
    await vi.advanceTimersByTimeAsync(300);
    editor.agentTypes('!');
    await vi.advanceTimersByTimeAsync(2000);
    await expect(landing).resolves.toBe(false);
    expect(editor.inserted).toEqual([]);
  });

  it('keeps two insertions apart even when nobody watches the editor', async () => {
    const editor = fakeEditor('');
    const adapter = insertingAsOwnUndoStep(editor.adapter, 500);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(adapter.insertText('One.')).resolves.toBe(true);
    const second = adapter.insertText(' Two.');
    expect(await settlesWithin(second, 400)).toBe(false);
    expect(await settlesWithin(second, 200)).toBe(true);
    expect(editor.inserted).toEqual(['One.', ' Two.']);
  });
});
