// The page as the agent sees it, open shadow roots included. Help desks built from web components
// keep their reply box inside one or more open shadow roots, where document.querySelectorAll,
// document.activeElement and a focus event's target never reach: each stops at the outermost
// shadow host. Closed roots stay closed: their owners chose that nobody reads them.

/** Node.DOCUMENT_FRAGMENT_NODE, which a shadow root is; a constant, as a frame's nodes have another window's Node. */
const FRAGMENT_NODE = 11;
/** NodeFilter.SHOW_ELEMENT, for the same reason. */
const SHOW_ELEMENT = 0x1;

/** Every open shadow root under `root`, nested ones too, in document order. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot) => {
    const walker = (scope.ownerDocument ?? (scope as Document)).createTreeWalker(scope, SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return found;
}

/** `querySelectorAll` over the document and every open shadow root in it. */
export function queryAllComposed<E extends Element = HTMLElement>(
  doc: Document,
  selector: string,
  shadowRoots: readonly ShadowRoot[] = openShadowRoots(doc),
): E[] {
  const matches = Array.from(doc.querySelectorAll<E>(selector));
  for (const shadow of shadowRoots) matches.push(...Array.from(shadow.querySelectorAll<E>(selector)));
  return matches;
}

/** The focused element itself, through the shadow roots that hide it behind their hosts. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Where an event really happened: its target before shadow roots retargeted it to their hosts. */
export function composedTarget(event: Event): Node | null {
  const [first] = event.composedPath();
  return (first as Node | undefined) ?? (event.target as Node | null);
}

/** True when the node lives inside a shadow tree rather than in its document's own tree. */
export function isInShadowTree(node: Node): boolean {
  return node.getRootNode().nodeType === FRAGMENT_NODE;
}

/** The node's parent in the composed tree: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  const host = parent?.nodeType === FRAGMENT_NODE ? (parent as ShadowRoot).host : undefined;
  return host ?? parent;
}

/** `ancestor.contains(node)` across shadow boundaries: a node in a component inside the editor is in it. */
export function containsComposed(ancestor: Node, node: Node | null): boolean {
  for (let current = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** True when the focus is in `element` or in a shadow tree inside it, within its own document. */
export function focusIsWithin(element: Element): boolean {
  return containsComposed(element, deepActiveElement(element.ownerDocument));
}

/**
 * The document's selection as the editor's tree sees it. Chromium's document selection stops at
 * the outermost shadow host, and only the shadow root's own getSelection() (Chromium only) shows
 * the nodes inside; Firefox's document selection already holds them.
 */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if (root.nodeType === FRAGMENT_NODE && typeof root.getSelection === 'function') {
    return root.getSelection();
  }
  return (node.ownerDocument ?? (node as Document)).getSelection();
}
