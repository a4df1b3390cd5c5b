import type { EditorAdapter } from '@/lib/editors/types';
import type { Session } from './session';

/**
 * Calls `setup` with each editor the session follows, and a signal that aborts when the session
 * follows another editor (or none) or ends: whatever `setup` starts on the editor (listeners,
 * observers, watches) lives exactly as long as the editor is followed.
 */
export function whileFollowing(
  session: Pick<Session, 'store' | 'signal'>,
  setup: (editor: EditorAdapter, signal: AbortSignal) => void,
): void {
  let following: AbortController | null = null;
  const start = (editor: EditorAdapter | null) => {
    following?.abort();
    following = null;
    if (!editor || session.signal.aborted) return;
    following = new AbortController();
    setup(editor, AbortSignal.any([session.signal, following.signal]));
  };
  session.store.subscribe((state, previous) => {
    if (state.editor !== previous.editor) start(state.editor);
  }, session.signal);
  start(session.store.get().editor);
}
