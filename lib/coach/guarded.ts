import { t, type MessageKey } from '@/lib/i18n';
import type { CoachingState, SidebarNotice } from './state';
import type { Store } from './store';

/** The sidebar's notice for a failure: the message `key`, saying what went wrong. */
export function errorNotice(key: MessageKey, error: unknown): SidebarNotice {
  return { kind: 'error', text: t(key, error instanceof Error ? error.message : String(error)) };
}

/**
 * Runs one of the agent's actions. A failure ends it as the sidebar's notice (and ends the busy
 * state it may have started): nothing of ours is thrown into the host page.
 */
export async function guarded(store: Store<CoachingState>, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    store.update({ busy: false, notice: errorNotice('sidebar_error_problem', error) });
  }
}
