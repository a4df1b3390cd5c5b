// @vitest-environment happy-dom
// The fill-in form, driven through the sidebar's search as the agent meets it.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { snippetRecord } from '@/lib/library/test-support';
import { SnippetSearch, type SnippetSearchProps } from './SnippetSearch';
import { snippetSearchProps } from './test-support';

const SHIPPED = snippetRecord({
  id: 'shipped',
  title: 'Order shipped',
  body: 'Hi {{customer.firstName}}, order {{field:Order number}} left with {{field:Carrier}} ({{field:Speed}}).',
  fields: [
    { name: 'Carrier', options: ['DHL', 'UPS', 'FedEx'], default: 'UPS' },
    { name: 'Speed', default: 'express' },
  ],
});

const SEARCH = () => ({
  ok: true as const,
  value: [{ snippet: SHIPPED, score: 1, relevance: 1, emotionFit: 0, usage: 0, exactShortcut: false }],
});
const props = (overrides: Partial<SnippetSearchProps> = {}) => snippetSearchProps(vi.fn(SEARCH), overrides);

const box = () => screen.getByRole('combobox');
const form = () => screen.queryByRole('form');

async function openForm(given: SnippetSearchProps) {
  render(<SnippetSearch {...given} />);
  fireEvent.focus(box());
  await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(1));
  fireEvent.keyDown(box(), { key: 'Enter' });
  await waitFor(() => expect(form()).not.toBeNull());
}

afterEach(cleanup);

describe('SnippetFieldForm', () => {
  it('opens instead of inserting, the first field focused, defaults filled, a choice as a select', async () => {
    const given = props();
    await openForm(given);
    expect(given.onInsert).not.toHaveBeenCalled();
    expect(form()!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByText('Fill in “Order shipped”')).toBeTruthy();
    const order = screen.getByLabelText('Order number') as HTMLInputElement;
    const carrier = screen.getByLabelText('Carrier') as HTMLSelectElement;
    const speed = screen.getByLabelText('Speed') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(order));
    expect(order.value).toBe('');
    expect(carrier.tagName).toBe('SELECT');
    expect(Array.from(carrier.options, (option) => option.value)).toEqual(['DHL', 'UPS', 'FedEx']);
    expect(carrier.value).toBe('UPS');
    expect(speed.value).toBe('express');
    // The results list makes way for the form.
    expect(document.querySelectorAll('.tf-snippet-option')).toHaveLength(0);
  });

  it('inserts once on Enter, from a select too, with every value typed or picked', async () => {
    const given = props();
    await openForm(given);
    fireEvent.input(screen.getByLabelText('Order number'), { target: { value: 'A-17' } });
    const carrier = screen.getByLabelText('Carrier') as HTMLSelectElement;
    fireEvent.change(carrier, { target: { value: 'FedEx' } });
    fireEvent.keyDown(carrier, { key: 'Enter' });
    await waitFor(() => expect(given.onInsert).toHaveBeenCalledTimes(1));
    expect(given.onInsert).toHaveBeenCalledWith(SHIPPED, {
      'order number': 'A-17',
      carrier: 'FedEx',
      speed: 'express',
    });
    await waitFor(() => expect(form()).toBeNull());
    expect((box() as HTMLInputElement).value).toBe('');
  });

  it('cancels on Escape without inserting, and gives the focus back to the search box', async () => {
    const given = props();
    await openForm(given);
    fireEvent.keyDown(screen.getByLabelText('Speed'), { key: 'Escape' });
    await waitFor(() => expect(form()).toBeNull());
    expect(document.activeElement).toBe(box());
    expect(given.onInsert).not.toHaveBeenCalled();
    // The escape stays in the form: it does not also send the agent back to the reply.
    expect(given.onReturnToEditor).not.toHaveBeenCalled();
  });

  it('stays open with the values typed when the insertion fails', async () => {
    const given = props({ onInsert: vi.fn(async () => false) });
    await openForm(given);
    fireEvent.input(screen.getByLabelText('Order number'), { target: { value: 'B-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(given.onInsert).toHaveBeenCalledTimes(1));
    expect(form()).not.toBeNull();
    expect((screen.getByLabelText('Order number') as HTMLInputElement).value).toBe('B-2');
  });
});
