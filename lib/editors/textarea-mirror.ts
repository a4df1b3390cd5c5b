// Underlines for a <textarea>. A textarea's text is not DOM text, so no Range can point into it and
// the CSS Custom Highlight API cannot paint it. Instead an element of ours lies exactly over the
// textarea holding a mirror of its value, laid out with the same text metrics in a box of the same
// size, scrolled as far as the textarea: its text is transparent, so only the underlines drawn on
// it (the same highlights as for any editor, lib/editors/highlights.ts) show, each under the words
// it marks. It lives in a shadow root of its own, so the page's styles and scripts leave it alone,
// and it takes no pointer events: clicks and the caret go to the textarea beneath.
//
// The highlight names are per document: the mirror's underlines and a contenteditable editor's on
// the same page share them. The coaching session follows one editor at a time and takes the
// previous editor's underlines away before drawing the next's, so only the followed editor is
// underlined.

import type { Finding } from '@/coaching/types';
import { Z_INDEX } from '@/lib/page-elements';
import type { TextSnapshot } from './dom-text';
import { createFindingUnderlines, type FindingUnderlines } from './highlights';
import { spliceText, textNodeSnapshot } from './plain-text';

/** The element we add to the page for a textarea's underlines. */
export const TEXTAREA_MIRROR_TAG = 'tactful-textarea-underlines';

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

// `all: initial` first: the page's styles for unknown elements (`* { ... }`) must not reach ours.
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'pointer-events: none',
  `z-index: ${Z_INDEX.textareaMirror}`,
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

const MIRROR_CSS = `
.mirror {
  position: absolute;
  box-sizing: border-box;
  margin: 0;
  overflow: hidden;
  /* Solid even where the textarea has none: the border also stands in for its scrollbars. */
  border: 0 solid transparent;
  background: transparent;
  color: transparent;
  -webkit-text-fill-color: transparent;
  user-select: none;
  pointer-events: none;
}`;

const px = (value: string) => Number.parseFloat(value) || 0;

/** The part of the viewport where the textarea can be seen, past the ancestors that clip it. */
function visibleArea(field: HTMLElement, box: DOMRect): { top: number; right: number; bottom: number; left: number } {
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

/**
 * The underlines for one textarea, drawn on a mirror that follows the textarea as it scrolls,
 * resizes or moves with the page. Nothing of the textarea's own changes.
 */
export function createTextareaUnderlines(field: HTMLTextAreaElement): FindingUnderlines {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  // A copy of the content script from before an extension reload or update may have left its
  // mirror behind; the session follows one editor at a time, so no other mirror is live.
  doc.querySelectorAll(TEXTAREA_MIRROR_TAG).forEach((stale) => stale.remove());

  const host = doc.createElement(TEXTAREA_MIRROR_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = MIRROR_CSS;
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  const mirroredText = doc.createTextNode(field.value);
  // A textarea shows an empty last line after a trailing line break; a block shows none unless
  // something follows the break. A zero-width space is that something, and is nothing otherwise.
  mirror.append(mirroredText, doc.createTextNode('\u200b'));
  shadow.append(style, mirror);
  (doc.body ?? doc.documentElement).append(host);

  const highlights = createFindingUnderlines(mirror);

  const followScroll = () => {
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };

  const place = () => {
    const fieldStyle = view?.getComputedStyle(field);
    const box = field.getBoundingClientRect();
    if (!field.isConnected || !fieldStyle || fieldStyle.display === 'none' || (box.width === 0 && box.height === 0)) {
      mirror.style.display = 'none';
      return;
    }
    mirror.style.display = 'block';
    for (const property of TEXT_METRICS) mirror.style.setProperty(property, fieldStyle.getPropertyValue(property));

    // A scrollbar narrows the textarea's text; the mirror has none, so a border as wide stands in.
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
    mirror.style.borderWidth = `${borders.top}px ${borders.right}px ${borders.bottom}px ${borders.left}px`;

    // The host sits at its containing block's origin, wherever the page put that (a positioned
    // or transformed <body>), so the mirror is placed relative to where the host really is.
    const origin = host.getBoundingClientRect();
    mirror.style.left = `${box.left - origin.left}px`;
    mirror.style.top = `${box.top - origin.top}px`;
    mirror.style.width = `${box.width}px`;
    mirror.style.height = `${box.height}px`;

    const visible = visibleArea(field, box);
    const clip = [
      visible.top - box.top,
      box.right - visible.right,
      box.bottom - visible.bottom,
      visible.left - box.left,
    ];
    mirror.style.clipPath = clip.some((inset) => inset > 0)
      ? `inset(${clip.map((inset) => `${Math.max(0, inset)}px`).join(' ')})`
      : '';
    followScroll();
  };

  let placeFrame = 0;
  const schedulePlace = () => {
    if (placeFrame) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      place();
    });
  };

  // Between analyses the mirror keeps up with typing, and the underlines move with their words
  // as they do in an editable.
  const followTyping = () => {
    spliceText(mirroredText, field.value);
    schedulePlace();
  };

  // Captured: a scroll of the page or of any container the textarea sits in moves it. The
  // textarea's own scroll only scrolls the mirror.
  const followPage = (event: Event) => {
    if (event.target !== field) schedulePlace();
  };

  const passive = { passive: true };
  field.addEventListener('input', followTyping, passive);
  field.addEventListener('scroll', followScroll, passive);
  view?.addEventListener('resize', schedulePlace, passive);
  doc.addEventListener('scroll', followPage, { passive: true, capture: true });
  const resizing = new ResizeObserver(schedulePlace);
  resizing.observe(field);

  return {
    show(snapshot: TextSnapshot, findings: readonly Finding[]) {
      spliceText(mirroredText, snapshot.text);
      place();
      highlights.show(textNodeSnapshot(mirroredText), findings);
    },
    clear: () => highlights.clear(),
    underlined: () => highlights.underlined?.() ?? [],
    remove() {
      highlights.remove();
      field.removeEventListener('input', followTyping);
      field.removeEventListener('scroll', followScroll);
      view?.removeEventListener('resize', schedulePlace);
      doc.removeEventListener('scroll', followPage, { capture: true });
      resizing.disconnect();
      if (placeFrame) cancelAnimationFrame(placeFrame);
      host.remove();
    },
  };
}
