import type { TextSnapshot } from './dom-text';

// Readings of plain text, for editors whose text is not laid out as DOM text of their own: a
// textarea keeps its value out of the DOM tree, so its underlines are drawn on a mirror of the
// value held in one text node.

/** Text no DOM node holds, such as a textarea's value: there is no DOM position to map it to. */
export function detachedTextSnapshot(text: string): TextSnapshot {
  return {
    text,
    toDomPoint: () => null,
    toDomRange: () => null,
    fromDomPoint: () => null,
  };
}

/**
 * The text of one text node, offset for offset. Positions map only while the node still holds the
 * text it held when read; after that the caller must read again.
 */
export function textNodeSnapshot(node: Text): TextSnapshot {
  const text = node.data;
  const unchanged = () => node.isConnected && node.data === text;
  const toDomPoint = (offset: number) =>
    offset >= 0 && offset <= text.length && unchanged() ? { node, offset } : null;
  return {
    text,
    toDomPoint,
    toDomRange(start, end) {
      if (start > end || !toDomPoint(start) || !toDomPoint(end)) return null;
      const range = node.ownerDocument.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    },
    fromDomPoint(domNode, offset) {
      if (domNode !== node || !unchanged()) return null;
      return Math.max(0, Math.min(text.length, offset));
    },
  };
}

/**
 * Makes `node` hold `next` by replacing only the span that differs. Live Ranges over the text
 * (underlines drawn earlier) move with the edit as they would in an editable: those after it
 * shift, those around it stretch or shrink.
 */
export function spliceText(node: Text, next: string): void {
  const current = node.data;
  if (current === next) return;
  const shorter = Math.min(current.length, next.length);
  let prefix = 0;
  while (prefix < shorter && current.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    current.charCodeAt(current.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  node.replaceData(prefix, current.length - prefix - suffix, next.slice(prefix, next.length - suffix));
}
