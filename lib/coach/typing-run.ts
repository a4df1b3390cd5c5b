// Chromium keeps the agent's typing in a textarea or a plain contenteditable as one step of its own
// undo stack until something else happens: the caret moves, another edit (a paste, an undo) runs,
// or (found by bisecting the fuzz test, issue 16) a node anywhere in the document is removed or
// moved, shadow roots included; adding nodes, changing text or attributes does not end it. Tactful's
// sidebar re-renders after each analysis and Preact removes and moves its nodes, so with Tactful
// one Ctrl+Z took back only the typing since the last analysis. Editors with an undo history of
// their own (CKEditor, ProseMirror, Quill...) do not care.
//
// So while the agent's typing run is open in such an editor, the session holds the views that
// remove nodes until the run ends: at an edit that is not typing (paste, drop, cut, undo, redo),
// or once the agent has paused for TYPING_PAUSE_MS. The underlines only change text and
// attributes, and keep up with every analysis.

import type { EditorAdapter, EditorKind } from '@/lib/editors/types';
import { isScripted } from '@/lib/scripted-events';
import { whileFollowing } from './following';
import type { Session } from './session';

/** A pause this long and the sidebar catches up, even though the typing run goes on. */
export const TYPING_PAUSE_MS = 1500;

/** Editors whose undo is the browser's own. */
const NATIVE_UNDO_EDITORS: ReadonlySet<EditorKind> = new Set(['textarea', 'contenteditable']);

/** Input types that Chromium keeps in the open typing step (keys typed, Enter, Backspace, Delete, IME). */
const TYPING_INPUTS: ReadonlySet<string> = new Set([
  'insertText',
  'insertLineBreak',
  'insertParagraph',
  'insertCompositionText',
  'deleteContentBackward',
  'deleteContentForward',
  'deleteWordBackward',
  'deleteWordForward',
  'deleteSoftLineBackward',
  'deleteSoftLineForward',
  'deleteHardLineBackward',
  'deleteHardLineForward',
  'deleteEntireSoftLine',
]);

export interface TypingRun {
  /** True while the agent's typing in the followed editor is still one undo step of the browser's. */
  isOpen(): boolean;
  /** Calls `job` once the open run ends (right away when none is open); asking again changes nothing. */
  afterRun(job: () => void): void;
}

/** Follows the agent's typing runs in whichever editor the session follows, until the session ends. */
export function watchTypingRuns(session: Pick<Session, 'store' | 'signal'>): TypingRun {
  let open = false;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting = new Set<() => void>();

  const end = () => {
    clearTimeout(pauseTimer);
    open = false;
    const jobs = [...waiting];
    waiting.clear();
    for (const job of jobs) job();
  };

  const onInput = (event: Event) => {
    // Only the browser's own editing groups undo steps; a page's made-up event changes nothing.
    if (isScripted(event)) return;
    if (!TYPING_INPUTS.has((event as InputEvent).inputType)) return end();
    open = true;
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(end, TYPING_PAUSE_MS);
  };

  whileFollowing(session, (editor: EditorAdapter, following) => {
    end();
    if (!NATIVE_UNDO_EDITORS.has(editor.kind)) return;
    editor.root.addEventListener('input', onInput, { capture: true, passive: true, signal: following });
    following.addEventListener('abort', end, { once: true });
  });
  session.signal.addEventListener('abort', () => clearTimeout(pauseTimer), { once: true });

  return {
    isOpen: () => open,
    afterRun(job) {
      if (open) waiting.add(job);
      else job();
    },
  };
}
