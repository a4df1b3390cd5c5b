// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCoaching, textEditor } from './test-support';
import { TYPING_PAUSE_MS, watchTypingRuns } from './typing-run';

const input = (root: HTMLElement, inputType: string) =>
  root.dispatchEvent(new InputEvent('input', { inputType, bubbles: true }));

function followed(kind: 'contenteditable' | 'prosemirror' = 'contenteditable') {
  const root = document.createElement('div');
  document.body.append(root);
  const session = testCoaching({ editorFor: (element) => textEditor(element, () => 'Hello', { kind }) });
  session.coaching.actions.analysis.follow(root);
  const typing = watchTypingRuns(session.coaching);
  return { root, typing, ...session };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the typing run in an editor with the browser’s own undo', () => {
  it('opens with typing and holds a job until the agent pauses', () => {
    const { root, typing, end } = followed();
    const job = vi.fn();
    expect(typing.isOpen()).toBe(false);
    input(root, 'insertText');
    expect(typing.isOpen()).toBe(true);
    typing.afterRun(job);
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 100);
    input(root, 'deleteContentBackward');
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 100);
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(job).toHaveBeenCalledTimes(1);
    expect(typing.isOpen()).toBe(false);
    end();
  });

  it.each(['insertFromPaste', 'historyUndo', 'historyRedo', 'deleteByCut', 'insertFromDrop'])(
    'ends at an edit that is not typing (%s)',
    (inputType) => {
      const { root, typing, end } = followed();
      const job = vi.fn();
      input(root, 'insertText');
      typing.afterRun(job);
      typing.afterRun(job);
      input(root, inputType);
      expect(job).toHaveBeenCalledTimes(1);
      expect(typing.isOpen()).toBe(false);
      end();
    },
  );

  it('runs a job at once when no run is open', () => {
    const { typing, end } = followed();
    const job = vi.fn();
    typing.afterRun(job);
    expect(job).toHaveBeenCalledTimes(1);
    end();
  });

  it('lets go of the run when the editor is no longer followed', () => {
    const { root, typing, coaching, end } = followed();
    const job = vi.fn();
    input(root, 'insertText');
    typing.afterRun(job);
    coaching.actions.analysis.follow(null);
    expect(job).toHaveBeenCalledTimes(1);
    input(root, 'insertText');
    expect(typing.isOpen()).toBe(false);
    end();
  });
});

describe('editors with an undo history of their own', () => {
  it('never hold anything back', () => {
    const { root, typing, end } = followed('prosemirror');
    input(root, 'insertText');
    expect(typing.isOpen()).toBe(false);
    end();
  });
});
