import { createModelInputAdapter } from './model-input';
import { REPLACEMENT_TEXT_REQUEST, requestPageInput } from './page-bridge-protocol';
import type { EditorAdapter } from './types';

/** slate-react's Editable marks its editable element with this attribute. */
export const SLATE_EDITABLE = '[data-slate-editor="true"]';

/**
 * Slate (slate-react). Its model is the truth: text that only reaches the DOM (execCommand in
 * Chromium 156 and Firefox ESR 153 alike) is never read back and is lost at the next render. Its
 * `beforeinput` handler first moves Slate's selection to the event's target range (its own copy of
 * the selection otherwise lags the DOM), prevents the browser's change, and inserts a DataTransfer
 * through ReactEditor.insertData, as it does for a paste: one line becomes one insert_text, several
 * lines become blocks. slate-history adds an insert_text that continues the previous one to the
 * same undo step, so an insertion right where the agent just typed is undone together with that
 * typing, exactly as the agent's own paste would be; anywhere else it is a step of its own.
 * There is no other route: without the main-world bridge Slate cannot be written to.
 */
export function createSlateAdapter(root: HTMLElement): EditorAdapter {
  return createModelInputAdapter('slate', root, {
    routes: [(editor, text) => requestPageInput(REPLACEMENT_TEXT_REQUEST, editor, text)],
  });
}
