import { SIDEBAR_COMMANDS, type SidebarCommand } from '@/lib/messaging/protocol';

// The extension's keyboard commands (manifest `commands`, wxt.config.ts) reach the background,
// which passes them on to the tab the agent is in; the coaching session there acts on them.

export function isSidebarCommand(value: unknown): value is SidebarCommand {
  return typeof value === 'string' && (SIDEBAR_COMMANDS as readonly string[]).includes(value);
}

export interface CommandRelay {
  /** The active tab of the focused window, when the browser did not say which tab the command came from. */
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, command: SidebarCommand): Promise<unknown>;
}

/**
 * Sends `command` to `tab` (the tab the browser reports with the command) or else the active tab.
 * Answers whether a content script took it: a tab where Tactful does not run has no listener, and
 * that is no error (the shortcut simply does nothing there).
 */
export async function relayCommand(
  command: string,
  tab: { id?: number } | undefined,
  relay: CommandRelay,
): Promise<boolean> {
  if (!isSidebarCommand(command)) return false;
  const tabId = tab?.id ?? (await relay.activeTabId());
  if (tabId === undefined || tabId < 0) return false;
  try {
    await relay.send(tabId, command);
    return true;
  } catch {
    return false;
  }
}
