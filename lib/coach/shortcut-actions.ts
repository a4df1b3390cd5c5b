// Shortcuts typed into the reply: the trigger and a snippet's shortcut, then a space, and the
// snippet takes their place as one undo step of its own.

import type { EditorAdapter } from '@/lib/editors/types';
import { t } from '@/lib/i18n';
import { defaultFieldValues, snippetFields } from '@/lib/library/fields';
import type { AnalysisActions } from './analysis';
import { whileFollowing } from './following';
import { guarded } from './guarded';
import type { Session } from './session';
import { watchShortcutTyping, type ShortcutMatch, type ShortcutWatch } from './shortcut-expansion';
import { fillTrimmed, insertSnippet, pageValues, recordUsage, selectAsAgent } from './snippet-insertion';

interface TypedShortcut {
  editor: EditorAdapter;
  watch: ShortcutWatch;
  match: ShortcutMatch;
  typed: string;
}

/** Watches every followed editor for a typed shortcut and expands it, one at a time. */
export function expandShortcutsTyped(session: Session, analysis: AnalysisActions): void {
  const { store, send, host } = session;
  let expanding = false;
  /** The latest shortcut reported while another was being looked up (a late key can correct it). */
  let waiting: TypedShortcut | null = null;

  const expandShortcut = async (shortcut: TypedShortcut): Promise<void> => {
    if (expanding) {
      waiting = shortcut;
      return;
    }
    expanding = true;
    try {
      await expandOne(shortcut);
    } finally {
      expanding = false;
    }
    const next = waiting;
    waiting = null;
    if (next) await expandShortcut(next);
  };

  const expandOne = async ({ editor, watch, match, typed }: TypedShortcut) => {
    const response = await send('library.getByShortcut', { shortcut: match.shortcut });
    // An unknown shortcut (or a library out of reach) leaves the agent's text alone.
    if (!response.ok || !response.value || store.get().editor !== editor) return;
    const snippet = response.value;
    // The agent may have typed on while the library answered: only the same text is replaced.
    if (editor.read().text.slice(match.start, match.end) !== typed) return;
    watch.disarm();
    const caret = editor.caret();
    const typedAfter =
      caret && caret.start === caret.end && caret.start > match.end ? caret.start - match.end : match.terminator.length;
    // Selected first, as the agent would before typing over it: the expansion is its own undo step.
    if (!(await selectAsAgent(editor, { start: match.start, end: match.end }))) return;
    if (editor.read().text.slice(match.start, match.end) !== typed) return;
    // No form comes between a typed shortcut and the reply: fields take their defaults, and the
    // ones without a default stay as «markers», the first selected to type over.
    const fieldValues = defaultFieldValues(snippetFields(snippet.body, snippet.fields));
    const filled = fillTrimmed(snippet.body, pageValues(host, editor.root), fieldValues);
    const result = await insertSnippet(editor, filled, {
      at: { start: match.start, end: match.end },
      pad: false,
      caretAfter: (insertedEnd) => insertedEnd + typedAfter,
    });
    if (result.landed) recordUsage(send, snippet);
    else store.update({ notice: { kind: 'error', text: t('sidebar_snippets_shortcut_failed', typed) } });
    analysis.analyze();
  };

  whileFollowing(session, (editor, signal) => {
    const onShortcut = (match: ShortcutMatch, text: string, watch: ShortcutWatch) =>
      void guarded(store, () => expandShortcut({ editor, watch, match, typed: text.slice(match.start, match.end) }));
    watchShortcutTyping(editor, { trigger: () => store.get().snippets.trigger, onShortcut }, signal);
  });
}
