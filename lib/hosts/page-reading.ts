// What a person sees of a host page: the helpers the host adapters read conversations with.

/** Text a person sees in an element, without decorations hidden from assistive tech (avatars, icons). */
export function visibleText(element: Element | null): string | null {
  if (!element) return null;
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') !== 'true') {
      node.childNodes.forEach(walk);
    }
  };
  walk(element);
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed || null;
}

/**
 * False when the element is not rendered: inside a closed tab's pane, a minimised window or
 * anything else hidden with `hidden` or `display: none`. An editor the agent cannot see is not the
 * one they are writing in.
 */
export function isRendered(element: Element): boolean {
  if (element.closest('[hidden]')) return false;
  // checkVisibility() walks the computed styles (Chromium 105+, Firefox 106+); where it is missing,
  // an element without layout boxes is not rendered either.
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return element.getClientRects().length > 0;
}

/**
 * The reply editors among `candidates` an agent can write in: rendered (hosts keep the composers of
 * conversations in background tabs on the page, hidden), and outermost (widgets inside an editor
 * are part of it, not editors of their own).
 */
export function writableEditors(candidates: readonly HTMLElement[]): HTMLElement[] {
  return candidates.filter((editor) => !editor.parentElement?.isContentEditable && isRendered(editor));
}

/**
 * A person's name as a page gives it, or null when there is none: empty, or an address rather
 * than a name (a closing signed "sam@example.com" reads as a mistake, not as the agent).
 */
export function personName(text: string | null | undefined): string | null {
  const name = text?.replace(/\s+/g, ' ').trim();
  return name && !/\S@\S/.test(name) ? name : null;
}
