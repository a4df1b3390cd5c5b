// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/lib/messaging/protocol';
import { TodaySection } from './TodaySection';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const ask = vi.mocked(sendMessage);

afterEach(() => {
  cleanup();
  ask.mockReset();
});

const rowText = (kind: string) => document.querySelector(`[data-count="${kind}"]`)?.textContent;

describe('TodaySection', () => {
  it("shows today's counts from the background, labelled", async () => {
    ask.mockResolvedValue({ reply: 3, fix: 1, statement: 2, snippet: 0 } as never);
    render(<TodaySection />);
    expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
    await waitFor(() => expect(rowText('fix')).toBe('Fixes applied1'));
    expect(ask).toHaveBeenCalledWith('stats.today');
    expect(rowText('reply')).toBe('Replies coached3');
    expect(rowText('statement')).toBe('Empathy statements inserted2');
    expect(rowText('snippet')).toBe('Snippets inserted0');
    expect(document.querySelector('.today')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says so when the counts cannot be read', async () => {
    ask.mockRejectedValue(new Error('Could not establish connection.'));
    render(<TodaySection />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Tactful could not read today's counts."));
    expect(document.querySelector('[data-count]')).toBeNull();
  });
});
