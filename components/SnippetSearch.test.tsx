// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snippet } from '@/lib/library/schema';
import type { RankedSnippet } from '@/lib/library/search';
import { snippetRecord } from '@/lib/library/test-support';
import type { LibraryResponse } from '@/lib/messaging/protocol';
import { preview } from './SnippetOption';
import { SnippetSearch, type SnippetSearchProps } from './SnippetSearch';
import { snippetSearchProps } from './test-support';

const snippet = (id: string, title: string) => snippetRecord({ id, title, body: `Body of ${title}.` });

const ranked = (items: Snippet[]): RankedSnippet[] =>
  items.map((item) => ({ snippet: item, score: 1, relevance: 1, emotionFit: 0, usage: 0, exactShortcut: false }));

const LIBRARY = [
  snippet('thanks', 'Thanks for writing in'),
  snippet('refund', 'Refund on its way'),
  snippet('wait', 'Sorry for the wait'),
];

/** Answers like the background: every snippet whose title holds the query. */
function librarySearch(library: Snippet[] = LIBRARY) {
  return vi.fn(async (query: string): Promise<LibraryResponse<RankedSnippet[]>> => ({
    ok: true,
    value: ranked(library.filter((item) => item.title.toLowerCase().includes(query.toLowerCase()))),
  }));
}

function props(overrides: Partial<SnippetSearchProps> = {}): SnippetSearchProps {
  return snippetSearchProps(librarySearch(), overrides);
}

const box = () => screen.getByRole('combobox');
const options = () => screen.queryAllByRole('option');
const titles = () => options().map((option) => option.querySelector('.tf-snippet-title')?.textContent);
const selectedTitle = () =>
  options()
    .find((option) => option.getAttribute('aria-selected') === 'true')
    ?.querySelector('.tf-snippet-title')?.textContent;

async function typeQuery(text: string) {
  fireEvent.input(box(), { target: { value: text } });
  await waitFor(() => expect(screen.getByRole('listbox', { hidden: true }).getAttribute('data-query')).toBe(text));
}

afterEach(cleanup);

describe('SnippetSearch', () => {
  it('lists the best snippets when the box takes focus, and remembers the caret first', async () => {
    const given = props();
    render(<SnippetSearch {...given} />);
    expect(options()).toEqual([]);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    fireEvent.focus(box());
    expect(given.onSearchFocus).toHaveBeenCalledOnce();
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(given.search).toHaveBeenCalledWith('');
    expect(box().getAttribute('aria-expanded')).toBe('true');
  });

  it('searches as the agent types and shows title, shortcut and preview', async () => {
    const given = props();
    render(<SnippetSearch {...given} />);
    fireEvent.focus(box());
    await typeQuery('refund');
    expect(titles()).toEqual(['Refund on its way']);
    expect(options()[0]!.querySelector('.tf-snippet-shortcut')?.textContent).toBe(';;refund');
    expect(options()[0]!.querySelector('.tf-snippet-preview')?.textContent).toBe('Body of Refund on its way.');
    expect(screen.getByText('1 snippet found.')).toBeTruthy();
  });

  it('moves with the arrows (wrapping), keeps aria-activedescendant on the selected option, and inserts on Enter', async () => {
    const given = props();
    render(<SnippetSearch {...given} />);
    fireEvent.focus(box());
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(selectedTitle()).toBe('Thanks for writing in');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selectedTitle()).toBe('Refund on its way');
    const selected = options().find((option) => option.getAttribute('aria-selected') === 'true')!;
    expect(box().getAttribute('aria-activedescendant')).toBe(selected.id);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(selectedTitle()).toBe('Sorry for the wait');
    fireEvent.keyDown(box(), { key: 'Enter' });
    await waitFor(() => expect(given.onInsert).toHaveBeenCalledWith(LIBRARY[2], undefined));
    // Inserted: the search starts over.
    await waitFor(() => expect((box() as HTMLInputElement).value).toBe(''));
  });

  it('inserts the clicked result, and keeps the query when the insertion failed', async () => {
    const given = props({ onInsert: vi.fn(async () => false) });
    render(<SnippetSearch {...given} />);
    fireEvent.focus(box());
    await typeQuery('wait');
    const option = options()[0]!;
    // The search box keeps the focus while the agent clicks a result.
    expect(fireEvent.mouseDown(option)).toBe(false);
    fireEvent.click(option);
    await waitFor(() => expect(given.onInsert).toHaveBeenCalledWith(LIBRARY[2], undefined));
    expect((box() as HTMLInputElement).value).toBe('wait');
    expect(titles()).toEqual(['Sorry for the wait']);
  });

  it('goes back to the reply on Escape', () => {
    const given = props();
    render(<SnippetSearch {...given} />);
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(given.onReturnToEditor).toHaveBeenCalledOnce();
  });

  it('says when nothing matches, and when the library is empty', async () => {
    render(<SnippetSearch {...props({ search: librarySearch([]) })} />);
    fireEvent.focus(box());
    await waitFor(() => expect(screen.getAllByText(/Your snippet library is empty/).length).toBeGreaterThan(0));
    await typeQuery('zebra');
    expect(screen.getAllByText('No snippet matches “zebra”.').length).toBeGreaterThan(0);
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows only the newest answer when answers arrive out of order', async () => {
    const answers = new Map<string, (value: LibraryResponse<RankedSnippet[]>) => void>();
    const search = vi.fn(
      (query: string) => new Promise<LibraryResponse<RankedSnippet[]>>((resolve) => answers.set(query, resolve)),
    );
    render(<SnippetSearch {...props({ search })} />);
    fireEvent.focus(box());
    fireEvent.input(box(), { target: { value: 're' } });
    fireEvent.input(box(), { target: { value: 'ref' } });
    answers.get('ref')!({ ok: true, value: ranked([LIBRARY[1]!]) });
    await waitFor(() => expect(titles()).toEqual(['Refund on its way']));
    answers.get('re')!({ ok: true, value: ranked(LIBRARY) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(titles()).toEqual(['Refund on its way']);
  });

  it('shows an answer the tab already has together with the typed character', () => {
    const search = vi.fn((query: string): LibraryResponse<RankedSnippet[]> => ({
      ok: true,
      value: ranked(LIBRARY.filter((item) => item.title.toLowerCase().includes(query))),
    }));
    render(<SnippetSearch {...props({ search })} />);
    fireEvent.focus(box());
    fireEvent.input(box(), { target: { value: 'refund' } });
    // No waiting: the results are on the page as soon as the input event is handled.
    expect(titles()).toEqual(['Refund on its way']);
    expect(screen.getByRole('listbox', { hidden: true }).getAttribute('data-query')).toBe('refund');
  });

  it('runs the shown search again when the library changes, and not when nothing is shown', async () => {
    let library = LIBRARY;
    const search = vi.fn(async (query: string): Promise<LibraryResponse<RankedSnippet[]>> => ({
      ok: true,
      value: ranked(library.filter((item) => item.title.toLowerCase().includes(query))),
    }));
    const { rerender } = render(<SnippetSearch {...props({ search })} />);
    rerender(<SnippetSearch {...props({ search, revision: 1 })} />);
    expect(search).not.toHaveBeenCalled();
    fireEvent.focus(box());
    await typeQuery('quokka');
    expect(titles()).toEqual([]);
    library = [...LIBRARY, snippet('quokka', 'quokka rollout')];
    rerender(<SnippetSearch {...props({ search, revision: 2 })} />);
    await waitFor(() => expect(titles()).toEqual(['quokka rollout']));
  });

  it('says why the library is read-only or out of reach, and shows a failed search', async () => {
    const { rerender } = render(
      <SnippetSearch
        {...props({
          library: {
            kind: 'ready',
            status: { writable: false, reason: 'unavailable', message: 'Storage is off in this window.' },
          },
        })}
      />,
    );
    expect(screen.getByText(/read-only: Storage is off in this window\./)).toBeTruthy();
    rerender(<SnippetSearch {...props({ library: { kind: 'unreachable' } })} />);
    expect(screen.getByText(/could not reach its snippet library/)).toBeTruthy();
    const failing = vi.fn(async (): Promise<LibraryResponse<RankedSnippet[]>> => ({
      ok: false,
      error: { code: 'storage-failed', message: 'The snippet library could not answer.', issues: [] },
    }));
    rerender(<SnippetSearch {...props({ search: failing })} />);
    fireEvent.focus(box());
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The snippet library could not answer.'),
    );
  });

  it('shortens long bodies for the preview', () => {
    expect(preview('Short\n\nbody')).toBe('Short body');
    const long = preview('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long.endsWith('…')).toBe(true);
  });
});
