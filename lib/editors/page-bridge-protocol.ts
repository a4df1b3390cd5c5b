// The one message between Tactful's isolated content scripts and its small main-world script.
//
// Some editors only honour input they receive as `beforeinput` events with target ranges (the way
// the browser reports typing and spell-check replacements). A content script cannot give an event
// its target ranges: its JavaScript objects are invisible to the page's world. So the content script
// puts the DOM selection on the words to change and fires this request on the editor element; the
// main-world script turns it into that `beforeinput` and cancels the request to say the editor took it.

/** A CustomEvent whose `detail` is the text to insert over the current DOM selection. */
export const BEFOREINPUT_REQUEST = 'tactful:beforeinput';

/** Asks the page world to type `text` over the current selection; true when the editor handled it. */
export function requestBeforeInput(editorRoot: HTMLElement, text: string): boolean {
  const request = new CustomEvent(BEFOREINPUT_REQUEST, { detail: text, bubbles: true, composed: true, cancelable: true });
  editorRoot.dispatchEvent(request);
  return request.defaultPrevented;
}
