// Where a textarea's underline mirror (textarea-mirror.ts) goes: over the textarea's box, with its
// text metrics, its scrollbars stood in for by borders, and clipped where the textarea's ancestors
// clip it. Measuring only reads the page and placing only writes the mirror, so a frame that does
// both lays the page out once.

/** The computed styles that decide where a textarea's text falls, copied onto the mirror. */
const TEXT_METRICS = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'font-optical-sizing',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'direction',
  'unicode-bidi',
  'writing-mode',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'line-break',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

const px = (value: string) => Number.parseFloat(value) || 0;

interface Edges {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where the mirror box goes and how its text is laid out, so its words fall on the textarea's. */
export interface MirrorPlacement {
  metrics: ReadonlyArray<readonly [property: string, value: string]>;
  borders: Edges;
  /** The textarea's box, relative to the mirror's host. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** How far each edge is hidden by ancestors that clip the textarea (top, right, bottom, left). */
  clip: number[];
}

/**
 * Reads where the textarea is and how it lays out its text, all reads before any write so the
 * page is laid out once; null when it is not shown.
 */
export function measurePlacement(field: HTMLTextAreaElement, host: HTMLElement): MirrorPlacement | null {
  const fieldStyle = field.ownerDocument.defaultView?.getComputedStyle(field);
  const box = field.getBoundingClientRect();
  if (!field.isConnected || !fieldStyle || fieldStyle.display === 'none' || (box.width === 0 && box.height === 0))
    return null;
  // The host sits at its containing block's origin, wherever the page put that (a positioned
  // or transformed <body>), so the mirror is placed relative to where the host really is.
  const origin = host.getBoundingClientRect();
  const visible = visibleArea(field, box);
  return {
    metrics: TEXT_METRICS.map((property) => [property, fieldStyle.getPropertyValue(property)] as const),
    borders: bordersWithScrollbars(field, fieldStyle),
    left: box.left - origin.left,
    top: box.top - origin.top,
    width: box.width,
    height: box.height,
    clip: [visible.top - box.top, box.right - visible.right, box.bottom - visible.bottom, visible.left - box.left],
  };
}

/** The textarea's borders, widened by its scrollbars: the mirror has none, so a border as wide stands in. */
function bordersWithScrollbars(field: HTMLTextAreaElement, fieldStyle: CSSStyleDeclaration): Edges {
  const borders = {
    top: px(fieldStyle.borderTopWidth),
    right: px(fieldStyle.borderRightWidth),
    bottom: px(fieldStyle.borderBottomWidth),
    left: px(fieldStyle.borderLeftWidth),
  };
  const verticalScrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders.left - borders.right);
  const horizontalScrollbar = Math.max(0, field.offsetHeight - field.clientHeight - borders.top - borders.bottom);
  // clientLeft counts a scrollbar drawn on the left (right-to-left text, in some browsers).
  const scrollbarOnLeft = Math.max(0, Math.min(verticalScrollbar, field.clientLeft - borders.left));
  borders.left += scrollbarOnLeft;
  borders.right += verticalScrollbar - scrollbarOnLeft;
  borders.bottom += horizontalScrollbar;
  return borders;
}

export function applyPlacement(box: HTMLElement, placement: MirrorPlacement | null): void {
  if (!placement) {
    box.style.display = 'none';
    return;
  }
  box.style.display = 'block';
  for (const [property, value] of placement.metrics) box.style.setProperty(property, value);
  const { borders, clip } = placement;
  box.style.borderWidth = `${borders.top}px ${borders.right}px ${borders.bottom}px ${borders.left}px`;
  box.style.left = `${placement.left}px`;
  box.style.top = `${placement.top}px`;
  box.style.width = `${placement.width}px`;
  box.style.height = `${placement.height}px`;
  box.style.clipPath = clip.some((inset) => inset > 0)
    ? `inset(${clip.map((inset) => `${Math.max(0, inset)}px`).join(' ')})`
    : '';
}

/** The part of the viewport where the textarea can be seen, past the ancestors that clip it. */
function visibleArea(field: HTMLElement, box: DOMRect): Edges {
  const view = field.ownerDocument.defaultView;
  const area = { top: box.top, right: box.right, bottom: box.bottom, left: box.left };
  for (
    let ancestor = field.parentElement;
    ancestor && ancestor !== field.ownerDocument.body;
    ancestor = ancestor.parentElement
  ) {
    const style = view?.getComputedStyle(ancestor);
    if (!style || (style.overflowX === 'visible' && style.overflowY === 'visible')) continue;
    const outer = ancestor.getBoundingClientRect();
    const left = outer.left + ancestor.clientLeft;
    const top = outer.top + ancestor.clientTop;
    area.left = Math.max(area.left, left);
    area.top = Math.max(area.top, top);
    area.right = Math.min(area.right, left + ancestor.clientWidth);
    area.bottom = Math.min(area.bottom, top + ancestor.clientHeight);
  }
  return area;
}
