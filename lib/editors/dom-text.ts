// Reads a contenteditable element as the plain text the agent sees, with a map from text offsets
// back to DOM positions, so the engine's offsets can be turned into ranges for selection and fixes.

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextSnapshot {
  text: string;
  /** The DOM position for a text offset (0..text.length), or null if the DOM has moved on. */
  toDomPoint(offset: number): DomPoint | null;
  toDomRange(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the root, or null when it is outside. */
  fromDomPoint(node: Node, offset: number): number | null;
}

interface TextRun {
  start: number;
  node: Text;
  /** Offset in node.data where the visible text begins (skips editor filler characters). */
  nodeStart: number;
  length: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

// CKEditor 5 keeps an "inline filler" of seven word joiners where the caret sits between inline
// elements; it is not the agent's text.
const INLINE_FILLER = '\u2060'.repeat(7);

function isSkipped(element: Element): boolean {
  if (element.getAttribute('contenteditable') === 'false' && !element.textContent) return true;
  // Hidden from assistive technology, so not the agent's words: e.g. Slate's placeholder, which it
  // renders inside the editable while the editor is empty.
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const tag = element.tagName;
  return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE';
}

function isLastInBlock(node: Node): boolean {
  for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === Node.TEXT_NODE && !(sibling as Text).data) continue;
    return false;
  }
  const parent = node.parentElement;
  return parent !== null && BLOCK_TAGS.has(parent.tagName);
}

/**
 * Parts of an editor that are not the agent's words although they sit in the editable (a mail
 * client's quoted history and signature, say): left out of the text, so never coached; a DOM
 * position inside one reads as the offset of the agent's text after it.
 */
export type SkippedContent = (element: Element) => boolean;

export function readEditableText(root: HTMLElement, skipped?: SkippedContent): TextSnapshot {
  const layout = layOutText(root, skipped);
  const toDomPoint = (offset: number) => domPointAt(root, layout, offset);
  return {
    text: layout.text,
    toDomPoint,
    toDomRange(start, end) {
      const startPoint = toDomPoint(start);
      const endPoint = toDomPoint(end);
      if (!startPoint || !endPoint) return null;
      const range = root.ownerDocument.createRange();
      range.setStart(startPoint.node, startPoint.offset);
      range.setEnd(endPoint.node, endPoint.offset);
      return range;
    },
    fromDomPoint: (node, offset) => textOffsetAt(root, layout, node, offset),
  };
}

/** The editable's plain text, where each piece of it lies in the DOM, and where its line breaks are. */
interface TextLayout {
  text: string;
  runs: TextRun[];
  /** For text offsets that fall on a line break: the DOM point just before the break. */
  breakPoints: Map<number, DomPoint>;
}

/** Walks the editable in document order: text nodes become runs, blocks and <br>s line breaks. */
function layOutText(root: HTMLElement, skipped: SkippedContent | undefined): TextLayout {
  const layout: TextLayout = { text: '', runs: [], breakPoints: new Map() };
  /** A block ended (or began) since the last text: the next text or <br> starts a new line. */
  let pendingBreak = false;

  const addBreak = (before: DomPoint) => {
    layout.breakPoints.set(layout.text.length, before);
    layout.text += '\n';
  };
  const takePendingBreak = (before: DomPoint) => {
    if (pendingBreak) addBreak(before);
    pendingBreak = false;
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = node as Text;
      const nodeStart = textNode.data.startsWith(INLINE_FILLER) ? INLINE_FILLER.length : 0;
      const length = textNode.data.length - nodeStart;
      if (length <= 0) return;
      takePendingBreak({ node: textNode, offset: nodeStart });
      layout.runs.push({ start: layout.text.length, node: textNode, nodeStart, length });
      layout.text += textNode.data.slice(nodeStart);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (isSkipped(element) || skipped?.(element)) return;
    if (element.tagName === 'BR') {
      const here = { node: element.parentNode ?? root, offset: indexInParent(element) };
      takePendingBreak(here);
      // A trailing <br> only holds an empty block open (or ends the last line): not a line of its own.
      if (!isLastInBlock(element)) addBreak(here);
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock && layout.text.length > 0) pendingBreak = true;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock && layout.text.length > 0) pendingBreak = true;
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return layout;
}

/** The DOM position of a text offset (0..text.length), or null when the DOM has moved on since. */
function domPointAt(root: HTMLElement, { text, runs, breakPoints }: TextLayout, offset: number): DomPoint | null {
  if (offset < 0 || offset > text.length) return null;
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const run = runs[mid]!;
    if (offset < run.start) high = mid - 1;
    else if (offset > run.start + run.length) low = mid + 1;
    else {
      if (!stillInDocument({ node: run.node, offset: run.nodeStart + run.length })) return null;
      return { node: run.node, offset: run.nodeStart + offset - run.start };
    }
  }
  const atBreak = breakPoints.get(offset);
  if (atBreak) return stillInDocument(atBreak) ? atBreak : null;
  // An empty editor still has an empty paragraph to type into.
  if (runs.length === 0)
    return { node: root.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, pre, blockquote') ?? root, offset: 0 };
  return null;
}

/** The text offset of a DOM position inside the root, or null when it is outside. */
function textOffsetAt(root: HTMLElement, { text, runs }: TextLayout, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runs.find((candidate) => candidate.node === node);
    if (run) return run.start + Math.max(0, Math.min(run.length, offset - run.nodeStart));
  }
  // An element position: the text offset of the first run at or after it.
  const probe = root.ownerDocument.createRange();
  probe.setStart(node, offset);
  for (const run of runs) {
    if (probe.comparePoint(run.node, run.nodeStart) >= 0) return run.start;
  }
  return text.length;
}

/**
 * Whether a point taken earlier still lies in the document, so a Range set there would not throw:
 * the editor may have changed the node since the snapshot (an undo shortens a text in place).
 */
function stillInDocument({ node, offset }: DomPoint): boolean {
  const length = node.nodeType === Node.TEXT_NODE ? (node as Text).data.length : node.childNodes.length;
  return node.isConnected && offset <= length;
}

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}
