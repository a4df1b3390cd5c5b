import { describe, expect, it, vi } from 'vitest';
import { isSidebarCommand, relayCommand, type CommandRelay } from './commands';

function relay(overrides: Partial<CommandRelay> = {}): CommandRelay & { send: ReturnType<typeof vi.fn> } {
  return { activeTabId: vi.fn(async () => 7), send: vi.fn(async () => undefined), ...overrides } as never;
}

describe('relayCommand', () => {
  it('sends the command to the tab the browser named', async () => {
    const to = relay();
    expect(await relayCommand('toggle-sidebar', { id: 3 }, to)).toBe(true);
    expect(to.send).toHaveBeenCalledWith(3, 'toggle-sidebar');
    expect(to.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser named none', async () => {
    const to = relay();
    expect(await relayCommand('open-snippet-search', undefined, to)).toBe(true);
    expect(to.send).toHaveBeenCalledWith(7, 'open-snippet-search');
  });

  it('ignores commands it does not know and tabs that cannot take messages', async () => {
    const to = relay({ activeTabId: async () => undefined });
    expect(await relayCommand('_execute_action', { id: 3 }, to)).toBe(false);
    expect(await relayCommand('toggle-sidebar', undefined, to)).toBe(false);
    // Firefox reports devtools and some internal tabs with id -1 (TAB_ID_NONE).
    expect(await relayCommand('toggle-sidebar', { id: -1 }, to)).toBe(false);
    expect(to.send).not.toHaveBeenCalled();
  });

  it('answers false, without throwing, for a tab where Tactful does not run', async () => {
    const to = relay({
      send: vi.fn(async () =>
        Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      ),
    });
    expect(await relayCommand('toggle-sidebar', { id: 3 }, to)).toBe(false);
  });

  it('knows its commands', () => {
    expect(isSidebarCommand('toggle-sidebar')).toBe(true);
    expect(isSidebarCommand('open-snippet-search')).toBe(true);
    expect(isSidebarCommand('toggle')).toBe(false);
  });
});
