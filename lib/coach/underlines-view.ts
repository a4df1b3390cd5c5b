import { removeFindingUnderlines } from '@/lib/editors/highlights';
import { whileFollowing } from './following';
import type { Session } from './session';

/**
 * Underlines each analysis's findings in the followed editor, in an idle task of their own after
 * the analysis (never on a keystroke), and tells the store what they show. They go when the editor
 * is no longer followed or the session ends.
 */
export function showUnderlines(session: Session): void {
  const { store, schedule } = session;
  whileFollowing(session, (editor, signal) => {
    // Underlines an earlier copy of this script left in a frame's document: the clean-up at start
    // only reaches the top document.
    if (editor.root.ownerDocument !== document) removeFindingUnderlines(editor.root.ownerDocument);
    const underlines = editor.createUnderlines();
    const paint = () => {
      const { reading } = store.get();
      if (!reading) {
        underlines.clear();
        store.update({ underlines: null });
        return;
      }
      // The findings' offsets index this reading, so the underlines are drawn from it too.
      underlines.show(reading.snapshot, reading.analysis.findings);
      store.update({ underlines: { reading, underlined: underlines.underlined?.() ?? [] } });
    };
    store.subscribe((state, previous) => {
      if (state.reading !== previous.reading) schedule.idle(paint);
    }, signal);
    signal.addEventListener(
      'abort',
      () => {
        schedule.cancel(paint);
        underlines.remove();
        if (store.get().editor !== editor) store.update({ underlines: null });
      },
      { once: true },
    );
    if (store.get().reading) schedule.idle(paint);
  });
}
