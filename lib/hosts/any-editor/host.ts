import { focusIsWithin, openShadowRoots, queryAllComposed } from '@/lib/editors/composed-tree';
import type { HostAdapter } from '@/lib/hosts/types';
import * as selectors from './selectors';

/** Smaller than this is a one-line field or a hidden helper, not a reply box. */
const MIN_EDITOR_HEIGHT_PX = 28;
const MIN_EDITOR_WIDTH_PX = 120;

function looksLikeReplyBox(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width >= MIN_EDITOR_WIDTH_PX && box.height >= MIN_EDITOR_HEIGHT_PX;
}

/** The editor the agent last typed in: kept even when small (a one-line chat box, an empty editor). */
let lastFocused: WeakRef<HTMLElement> | null = null;

/**
 * A reply box by its size, or the editor the agent is in (or was last in) whatever its size: an
 * empty editor on a page that gives it no height of its own is one line high until the agent types.
 */
function replyBoxes(candidates: HTMLElement[]): HTMLElement[] {
  const focused = candidates.find(focusIsWithin);
  if (focused) lastFocused = new WeakRef(focused);
  const kept = lastFocused?.deref();
  return candidates.filter((element) => element === kept || looksLikeReplyBox(element));
}

/**
 * The outermost editable element: an editor's inner widgets are part of it, not editors of their
 * own. At the top of a shadow root the parent to ask is the shadow host.
 */
function isOutermostEditable(element: HTMLElement): boolean {
  const parent = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host as HTMLElement | undefined);
  return !parent?.isContentEditable;
}

/** The editable body of a same-origin frame (a cross-origin frame's document is unreadable and skipped). */
function frameEditor(frame: HTMLIFrameElement): HTMLElement | null {
  let body: HTMLElement | null | undefined;
  try {
    body = frame.contentDocument?.body;
  } catch {
    return null;
  }
  return body?.isContentEditable && looksLikeReplyBox(frame) ? body : null;
}

/**
 * Sites the agent enabled from the popup. Tactful knows nothing of their conversation markup, so
 * it coaches the reply on its own words: no customer message, no agent name.
 */
export const anyEditorHost: HostAdapter = {
  id: 'any-editor',
  findEditors(doc) {
    // Web-component help desks keep their reply box in open shadow roots.
    const shadowRoots = openShadowRoots(doc);
    const fields = queryAllComposed(doc, selectors.textField, shadowRoots);
    const editables = queryAllComposed(doc, selectors.editableRoot, shadowRoots).filter(isOutermostEditable);
    const frames = queryAllComposed<HTMLIFrameElement>(doc, selectors.editorFrame, shadowRoots)
      .map(frameEditor)
      .filter((body): body is HTMLElement => body !== null);
    return replyBoxes([...fields, ...editables]).concat(frames);
  },
  customerMessage: () => null,
  agentName: () => null,
};
