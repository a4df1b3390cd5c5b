// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '@/lib/messaging/protocol';
import { PauseSection } from './PauseSection';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const ask = vi.mocked(sendMessage);

afterEach(() => {
  cleanup();
  ask.mockReset();
});

const pauseSwitch = () => screen.getByRole('switch', { name: 'Pause coaching' });
const explanation = () => document.getElementById('pause-explanation')?.textContent;
const problem = () => screen.getByRole('status').textContent;

/** The background as the popup sees it: whether coaching is paused, and whether saving works. */
function background({ paused = false, readFails = false, saveFails = false } = {}) {
  ask.mockImplementation(((type: string, request?: { paused: boolean }) => {
    if (type === 'coaching.paused')
      return readFails ? Promise.reject(new Error('Could not establish connection.')) : Promise.resolve(paused);
    if (type === 'coaching.setPaused') {
      if (saveFails) return Promise.reject(new Error('Quota exceeded'));
      paused = request!.paused;
      return Promise.resolve(paused);
    }
    return Promise.reject(new Error(`unexpected message ${type}`));
  }) as never);
}

describe('PauseSection', () => {
  it('shows the pause switch off, explained, and pauses coaching everywhere when turned on', async () => {
    background();
    render(<PauseSection />);
    expect(screen.getByRole('heading', { name: 'Everywhere' })).toBeTruthy();
    await waitFor(() => expect(pauseSwitch().getAttribute('aria-disabled')).toBe('false'));
    expect(pauseSwitch().getAttribute('aria-checked')).toBe('false');
    expect(explanation()).toBe('Stops all coaching for a while, on every site.');

    fireEvent.click(pauseSwitch());
    await waitFor(() => expect(pauseSwitch().getAttribute('aria-checked')).toBe('true'));
    expect(ask).toHaveBeenCalledWith('coaching.setPaused', { paused: true });
    expect(explanation()).toBe('Paused on every site until you turn this off.');
    expect(problem()).toBe('');
  });

  it('says so when it cannot read whether coaching is paused', async () => {
    background({ readFails: true });
    render(<PauseSection />);
    await waitFor(() => expect(problem()).toBe('Tactful could not read whether coaching is paused.'));
    expect(pauseSwitch().getAttribute('aria-checked')).toBe('false');
  });

  it('keeps the switch as it was when the change cannot be saved', async () => {
    background({ paused: true, saveFails: true });
    render(<PauseSection />);
    await waitFor(() => expect(pauseSwitch().getAttribute('aria-checked')).toBe('true'));
    fireEvent.click(pauseSwitch());
    await waitFor(() => expect(problem()).toBe('Tactful could not save this, so nothing changed. Please try again.'));
    expect(pauseSwitch().getAttribute('aria-checked')).toBe('true');
    expect(explanation()).toBe('Paused on every site until you turn this off.');
  });
});
