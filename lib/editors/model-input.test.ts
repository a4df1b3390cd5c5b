// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readEditableText } from './dom-text';
import { createSelectionDrivenAdapter } from './input-path';
import { createModelInputAdapter, nextSelectionChange, typeThrough, waitForText, type InputRoute } from './model-input';

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div contenteditable="true"><p>I know exactly how you feel.</p></div>';
  root = document.querySelector<HTMLElement>('[contenteditable]')!;
});

const paragraph = () => root.querySelector('p')!;
/** What a model-driven editor does: changes its model now and renders the text a moment later. */
const renderLater = (text: string, delayMs = 20) => setTimeout(() => (paragraph().textContent = text), delayMs);
/** The plan for replacing "exactly" with "truly". */
const replaceExactly = () => ({ before: 'I know exactly how you feel.', start: 7, end: 14 });

describe('typeThrough', () => {
  it('waits for the editor to render what it took, and tries no other route', async () => {
    const fallback = vi.fn<InputRoute>(() => true);
    const taken: InputRoute = () => {
      renderLater('I know truly how you feel.');
      return true;
    };
    await expect(typeThrough([taken, fallback], root, replaceExactly(), 'truly', 500)).resolves.toBe(true);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('tries the next route when the editor refused one and nothing changed', async () => {
    const refused = vi.fn<InputRoute>(() => false);
    const taken: InputRoute = () => {
      paragraph().textContent = 'I know truly how you feel.';
      return true;
    };
    await expect(typeThrough([refused, taken], root, replaceExactly(), 'truly', 500)).resolves.toBe(true);
    expect(refused).toHaveBeenCalledOnce();
  });

  it('stops when a refused route changed the text anyway, so the text never goes in twice', async () => {
    const refusedButChanged: InputRoute = () => {
      paragraph().textContent = 'I know truly how you feel.';
      return false;
    };
    const fallback = vi.fn<InputRoute>(() => true);
    await expect(typeThrough([refusedButChanged, fallback], root, replaceExactly(), 'truly', 500)).resolves.toBe(false);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('reports false when the editor took the text but never shows it', async () => {
    await expect(typeThrough([() => true], root, replaceExactly(), 'truly', 50)).resolves.toBe(false);
  });

  it('reports false when the editor shows something else than the planned replacement', async () => {
    const doubled: InputRoute = () => {
      renderLater('I know trulytruly how you feel.');
      return true;
    };
    await expect(typeThrough([doubled], root, replaceExactly(), 'truly', 100)).resolves.toBe(false);
  });

  it('reports false when every route is refused', async () => {
    await expect(typeThrough([() => false, () => false], root, replaceExactly(), 'truly', 50)).resolves.toBe(false);
  });
});

describe('waitForText', () => {
  it('resolves at once when the text is already there', async () => {
    await expect(waitForText(root, (text) => text.includes('exactly'), 10_000)).resolves.toBe(true);
  });

  it('resolves when a later rendering brings the text', async () => {
    renderLater('Rendered later.');
    await expect(waitForText(root, (text) => text === 'Rendered later.', 1000)).resolves.toBe(true);
  });
});

describe('nextSelectionChange', () => {
  it('resolves at the next selectionchange', async () => {
    let resolved = false;
    const waiting = nextSelectionChange(document, 10_000).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    document.dispatchEvent(new Event('selectionchange'));
    await waiting;
    expect(resolved).toBe(true);
  });

  it('gives up waiting after the timeout', async () => {
    await expect(nextSelectionChange(document, 10)).resolves.toBeUndefined();
  });
});

describe('createModelInputAdapter', () => {
  it('lets an editor that copies the selection catch up before the input reaches it', async () => {
    const events: string[] = [];
    document.addEventListener('selectionchange', () => events.push('editor copied the selection'), { once: true });
    const adapter = createModelInputAdapter('draftjs', root, {
      routes: [
        () => {
          events.push('input');
          renderLater('I know truly how you feel.');
          return true;
        },
      ],
      actsOnSelectionCopy: true,
    });
    const inserting = adapter.insertText('truly', { start: 7, end: 14 });
    setTimeout(() => document.dispatchEvent(new Event('selectionchange')), 20);
    await expect(inserting).resolves.toBe(true);
    expect(events).toEqual(['editor copied the selection', 'input']);
  });

  it('changes nothing when the agent moved the selection while the editor caught up', async () => {
    const route = vi.fn<InputRoute>(() => true);
    const adapter = createModelInputAdapter('draftjs', root, { routes: [route], actsOnSelectionCopy: true });
    const inserting = adapter.insertText('truly', { start: 7, end: 14 });
    const elsewhere = readEditableText(root).toDomRange(0, 1)!;
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(elsewhere);
    document.dispatchEvent(new Event('selectionchange'));
    await expect(inserting).resolves.toBe(false);
    expect(route).not.toHaveBeenCalled();
  });

  it('selects exactly the planned words before handing over the text', async () => {
    let selected = '';
    const adapter = createModelInputAdapter('lexical', root, {
      routes: [
        () => {
          selected = document.getSelection()!.toString();
          paragraph().textContent = 'I know truly how you feel.';
          return true;
        },
      ],
    });
    await expect(adapter.insertText('truly', { start: 7, end: 14 })).resolves.toBe(true);
    expect(selected).toBe('exactly');
  });
});

describe('selection-driven adapters', () => {
  it('count an insertion the editor renders a moment after its input path returned (CKEditor 5 at a caret)', async () => {
    const adapter = createSelectionDrivenAdapter('ckeditor5', root, () => {
      renderLater('I know truly how you feel.', 50);
      return true;
    });
    await expect(adapter.insertText('truly', { start: 7, end: 14 })).resolves.toBe(true);
  });

  it('report an insertion that never shows up as failed', async () => {
    const adapter = createSelectionDrivenAdapter('ckeditor5', root, () => true);
    await expect(adapter.insertText('truly', { start: 7, end: 14 })).resolves.toBe(false);
    expect(readEditableText(root).text).toBe('I know exactly how you feel.');
  });
});
