// Which editor the session follows: the one the agent is in (focus, also inside frames), else the
// first the host page offers; and the page changing around it. Single-page help desks open and
// close editors, switch tickets and navigate without loading a page.

import { composedTarget, containsComposed, openShadowRoots } from '@/lib/editors/composed-tree';
import type { AnalysisActions } from './analysis';
import { whileFollowing } from './following';
import { hasFocusWithin } from './frames';
import type { Session } from './session';

/** How long page changes settle before the editors are looked for again. */
const SCAN_DELAY_MS = 250;
/**
 * Attribute changes that can show or hide an editor (a ticket tab switched, a compose window
 * minimised) or change whom it writes to (a reply / internal note switch). Help desks use any of them.
 */
const STATE_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'aria-checked', 'aria-selected', 'open'];

/**
 * Follows the editor the agent writes in, and re-analyses as they type and as the page changes.
 * `onNavigation` hears the page's own navigations (a single-page app changing its address).
 */
export function watchPage(
  session: Session,
  analysis: AnalysisActions,
  onNavigation: (listener: () => void) => void,
): void {
  const { store, host, schedule, signal } = session;

  const followFocus = (event: Event) => {
    // The focus may land two shadow roots deep, where event.target names only the outer host.
    const target = composedTarget(event);
    const editor = target
      ? host.findEditors(document).find((candidate) => containsComposed(candidate, target))
      : undefined;
    if (editor) analysis.follow(editor);
  };
  const listenInFrames = followFocusInFrames(followFocus, signal);

  const scan = () => {
    const editors = host.findEditors(document);
    listenInFrames(editors);
    pageChanges.watchShadowRoots();
    const followed = store.get().editor;
    if (followed && editors.includes(followed.root)) {
      // The page changed around the editor: a new customer message may have arrived.
      analysis.changed();
      return;
    }
    analysis.follow(editors.find(hasFocusWithin) ?? editors[0] ?? null);
  };
  const scanSoon = () => schedule.after(scan, SCAN_DELAY_MS);

  // The agent types: the reply is analysed once they pause.
  whileFollowing(session, (editor, following) => editor.watch(analysis.changed, following));
  document.addEventListener('focusin', followFocus, { signal });
  // A frame that loads (again) brings a new document, and maybe an editor, with no change to the
  // top document's tree. Load events do not bubble, but they pass the document while capturing.
  document.addEventListener(
    'load',
    (event) => {
      if ((event.target as Node | null)?.nodeName === 'IFRAME') scanSoon();
    },
    { capture: true, signal },
  );
  const pageChanges = observePageChanges(session, scanSoon);
  // A navigation to another conversation may reuse the same editor and only rewrite the text of the
  // elements around it, which the observer above does not see: read the conversation again.
  onNavigation(scanSoon);
  scan();
}

/**
 * Focus listeners in the documents of editors inside frames: focus moving into or within a frame
 * fires no focusin in the top document (Chromium 156 and Firefox ESR 153 fire none on the
 * <iframe> element either). Returns the update to call with the editors of each scan: one
 * listener per frame document that holds an editor, taken away when its editors are gone.
 */
function followFocusInFrames(
  followFocus: (event: Event) => void,
  signal: AbortSignal,
): (editors: readonly HTMLElement[]) => void {
  const frameListeners = new Map<Document, AbortController>();
  return (editors) => {
    const frameDocuments = new Set(editors.map((editor) => editor.ownerDocument).filter((doc) => doc !== document));
    for (const [doc, listening] of frameListeners) {
      if (frameDocuments.has(doc) && doc.defaultView) continue;
      listening.abort();
      frameListeners.delete(doc);
    }
    for (const doc of frameDocuments) {
      if (frameListeners.has(doc)) continue;
      const listening = new AbortController();
      frameListeners.set(doc, listening);
      doc.addEventListener('focusin', followFocus, { signal: AbortSignal.any([signal, listening.signal]) });
    }
  };
}

/**
 * Calls `onChange` when the page changes outside the followed editor, until the session ends.
 * A document's observer sees nothing inside shadow roots: `watchShadowRoots` adds each open one
 * found since, so a reply box a web component renders later is found too.
 */
function observePageChanges(session: Session, onChange: () => void): { watchShadowRoots(): void } {
  const { store, signal } = session;
  const pageChanges = new MutationObserver((records) => {
    // Typing in the followed editor is its adapter's to watch; everything else may matter.
    const root = store.get().editor?.root;
    if (root && records.every((record) => root.contains(record.target))) return;
    onChange();
  });
  const observing = { childList: true, subtree: true, attributes: true, attributeFilter: STATE_ATTRIBUTES };
  pageChanges.observe(document.body, observing);
  signal.addEventListener('abort', () => pageChanges.disconnect(), { once: true });
  const watchedShadowRoots = new WeakSet<ShadowRoot>();
  return {
    watchShadowRoots() {
      for (const shadow of openShadowRoots(document)) {
        if (watchedShadowRoots.has(shadow)) continue;
        watchedShadowRoots.add(shadow);
        pageChanges.observe(shadow, observing);
      }
    },
  };
}
