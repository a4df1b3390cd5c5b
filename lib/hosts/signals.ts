// Reading a host page through ordered signals: several selectors for one fact, tried in turn, so
// that the page renaming one of them does not blind Tactful (lib/hosts/<id>/selectors.ts).

/** Selectors for one fact, most specific first. */
export type Signals = readonly string[];

/** The first element any of the signals finds in `scope`, trying them in order. */
export function firstMatch<E extends Element = HTMLElement>(scope: ParentNode, signals: Signals): E | null {
  for (const selector of signals) {
    const found = scope.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element the first signal with any match finds in `scope`, in document order. */
export function allMatches<E extends Element = HTMLElement>(scope: ParentNode, signals: Signals): E[] {
  for (const selector of signals) {
    const found = scope.querySelectorAll<E>(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The nearest ancestor (or the element itself) that any of the signals finds, trying them in order. */
export function closestMatch<E extends Element = HTMLElement>(element: Element, signals: Signals): E | null {
  for (const selector of signals) {
    const found = element.closest<E>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element any of the signals finds, in the signals' order, each once. */
export function unionMatches<E extends Element = HTMLElement>(scope: ParentNode, signals: Signals): E[] {
  return [...new Set(signals.flatMap((selector) => Array.from(scope.querySelectorAll<E>(selector))))];
}
