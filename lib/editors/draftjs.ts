import { isInShadowTree } from './composed-tree';
import { createModelInputAdapter, typeWithExecCommand } from './model-input';
import { PASTE_REQUEST, requestPageInput } from './page-bridge-protocol';
import type { EditorAdapter } from './types';

/** Draft.js renders its editable element with this class (inside `.DraftEditor-root`). */
export const DRAFTJS_EDITABLE = '.public-DraftEditor-content';

/**
 * Draft.js. It listens through React's synthetic events, not the native `beforeinput` (React builds
 * its onBeforeInput from `textInput` and `keypress`), so a beforeinput is ignored. Its paste handler
 * takes the clipboard's text/plain, replaces its own selection with it in the EditorState and
 * prevents the browser's paste: one 'insert-fragment' change, which Draft's undo stack always keeps
 * as a step of its own. That selection is Draft's copy, updated from the DOM on `selectionchange`,
 * so the paste waits for it. If no main-world bridge answers, execCommand('insertText') still
 * reaches Draft: in Chromium 156 through its `input` handler, which reads the changed text back
 * from the DOM; in Firefox ESR 153 as a `textInput`, that is as typing, which Draft's undo joins to
 * the agent's own typing just before it.
 *
 * Inside a shadow root Draft's copy never follows a selection we make: React reports `select` only
 * for the document's focused element, which there is the outermost shadow host, so Draft syncs its
 * copy on the agent's own key-up and mouse-up alone, and a paste would land at the agent's caret
 * instead of over the words chosen (seen in Firefox ESR 153; in Chromium 156 Draft cannot read a
 * selection in a shadow root at all, and misplaces the agent's own typing). There the adapter
 * coaches and underlines but declines to insert, so the agent is told instead of the reply changed.
 */
export function createDraftJsAdapter(root: HTMLElement): EditorAdapter {
  const adapter = createModelInputAdapter('draftjs', root, {
    routes: [(editor, text) => requestPageInput(PASTE_REQUEST, editor, text), typeWithExecCommand],
    actsOnSelectionCopy: true,
  });
  return isInShadowTree(root) ? { ...adapter, insertText: () => Promise.resolve(false) } : adapter;
}
