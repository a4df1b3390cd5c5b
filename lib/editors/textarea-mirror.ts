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
import { applyPlacement, measurePlacement } from './textarea-placement';

/** The element we add to the page for a textarea's underlines. */
export const TEXTAREA_MIRROR_TAG = 'tactful-textarea-underlines';

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

/** Our element over the textarea: its host in the page, the mirror box in its shadow root, and the box's copy of the value. */
interface Mirror {
  host: HTMLElement;
  box: HTMLDivElement;
  text: Text;
}

/** Puts an empty-handed mirror of `field`'s value on the page, placed nowhere yet. */
function addMirror(field: HTMLTextAreaElement): Mirror {
  const doc = field.ownerDocument;
  // A copy of the content script from before an extension reload or update may have left its
  // mirror behind; the session follows one editor at a time, so no other mirror is live.
  doc.querySelectorAll(TEXTAREA_MIRROR_TAG).forEach((stale) => stale.remove());

  const host = doc.createElement(TEXTAREA_MIRROR_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = MIRROR_CSS;
  const box = doc.createElement('div');
  box.className = 'mirror';
  const text = doc.createTextNode(field.value);
  // A textarea shows an empty last line after a trailing line break; a block shows none unless
  // something follows the break. A zero-width space is that something, and is nothing otherwise.
  box.append(text, doc.createTextNode('\u200b'));
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return { host, box, text };
}

/** What the mirror does when the textarea changes: its value, its own scroll, its place on the page. */
interface FieldChanges {
  typed(): void;
  scrolled(): void;
  moved(): void;
}

/** Listens for the textarea's changes until the returned function is called. */
function followField(field: HTMLTextAreaElement, on: FieldChanges): () => void {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  // Captured: a scroll of the page or of any container the textarea sits in moves it. The
  // textarea's own scroll only scrolls the mirror.
  const pageScrolled = (event: Event) => {
    if (event.target !== field) on.moved();
  };
  const passive = { passive: true };
  field.addEventListener('input', on.typed, passive);
  field.addEventListener('scroll', on.scrolled, passive);
  view?.addEventListener('resize', on.moved, passive);
  doc.addEventListener('scroll', pageScrolled, { passive: true, capture: true });
  const resizing = new ResizeObserver(on.moved);
  resizing.observe(field);
  return () => {
    field.removeEventListener('input', on.typed);
    field.removeEventListener('scroll', on.scrolled);
    view?.removeEventListener('resize', on.moved);
    doc.removeEventListener('scroll', pageScrolled, { capture: true });
    resizing.disconnect();
  };
}

/**
 * The underlines for one textarea, drawn on a mirror that follows the textarea as it scrolls,
 * resizes or moves with the page. Nothing of the textarea's own changes.
 */
export function createTextareaUnderlines(field: HTMLTextAreaElement): FindingUnderlines {
  const mirror = addMirror(field);
  const highlights = createFindingUnderlines(mirror.box);

  const followScroll = () => {
    mirror.box.scrollTop = field.scrollTop;
    mirror.box.scrollLeft = field.scrollLeft;
  };
  const place = () => {
    const placement = measurePlacement(field, mirror.host);
    applyPlacement(mirror.box, placement);
    if (placement) followScroll();
  };

  let placeFrame = 0;
  const schedulePlace = () => {
    if (placeFrame) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      place();
    });
  };

  const stopFollowing = followField(field, {
    // Between analyses the mirror keeps up with typing, and the underlines move with their words
    // as they do in an editable.
    typed() {
      spliceText(mirror.text, field.value);
      schedulePlace();
    },
    scrolled: followScroll,
    moved: schedulePlace,
  });

  return {
    show(snapshot: TextSnapshot, findings: readonly Finding[]) {
      spliceText(mirror.text, snapshot.text);
      place();
      highlights.show(textNodeSnapshot(mirror.text), findings);
    },
    clear: () => highlights.clear(),
    underlined: () => highlights.underlined?.() ?? [],
    remove() {
      highlights.remove();
      stopFollowing();
      if (placeFrame) cancelAnimationFrame(placeFrame);
      mirror.host.remove();
    },
  };
}
