// Inline cards: hovering or clicking underlined words opens a small card beside them with the
// finding's message and its suggestions.
//
// The CSS Custom Highlight API paints the underlines but fires no events, so the pointer is matched
// to them by geometry: the live Ranges the underlines are painted on (lib/editors/highlights.ts)
// give the boxes of their words, and a pointer inside one (or on the underline just below it) is
// over that finding. Boxes rather than caretPositionFromPoint(): a caret position snaps to the
// nearest character, so a pointer in the blank space after a line or below the last one would
// land on words it is not over; and a textarea's underlines are on a mirror that takes no pointer
// events, so only the Ranges on the mirror know where its words are.
//
// The card lives in a shadow root of its own, fixed over the page, and never takes the focus from
// the editor unless the agent opens it from the keyboard (Alt+Enter with the caret in underlined
// words). Its listeners go in the editor's own document, which for an iframe editor is the frame's.

import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Finding, Severity } from '@/coaching/types';
import { InlineCard } from '@/components/InlineCard';
import cardCss from '@/components/inline-card.css?inline';
import sidebarCss from '@/components/sidebar.css?inline';
import type { FindingUnderlines, UnderlinedFinding } from '@/lib/editors/highlights';
import type { EditorAdapter } from '@/lib/editors/types';
import { framesAround } from './frames';
import { boxInTopViewport, boxOutsideFrame, frameViewportOf, type Box } from './placement';

/** The card's host element. */
export const CARD_TAG = 'tactful-card';

/** Above the sidebar (2147483000, lib/coach/placement.ts): a card may overlap it. */
const CARD_Z_INDEX = '2147483001';
/** How long the pointer rests on underlined words before their card opens: passing over them opens nothing. */
export const HOVER_OPEN_MS = 250;
/** How long a hover card stays after the pointer leaves, so the pointer can travel onto it. */
export const HOVER_CLOSE_MS = 400;
/** Below the words' box, how far a pointer still counts as on them: the wavy underline is drawn there. */
const UNDERLINE_REACH = 4;
const CARD_GAP = 6;
const VIEWPORT_MARGIN = 8;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, suggestion: 2 };

export interface Point {
  x: number;
  y: number;
}

/** What hit-testing needs of a Range: its boxes, one per line it covers. */
interface LaidOut {
  getClientRects(): ArrayLike<Box>;
}

export interface UnderlineHit<T> {
  underlined: T;
  /** Which of the words' line boxes the point is on: the card opens beside that line. */
  line: number;
}

/**
 * The underlined finding under `point` (in the editor document's viewport). Where underlines
 * overlap, the more serious finding wins, then the narrower one: it says the most about those words.
 */
export function findingAtPoint<T extends { finding: Finding; range: LaidOut }>(
  underlined: readonly T[],
  point: Point,
): UnderlineHit<T> | null {
  let best: UnderlineHit<T> | null = null;
  for (const entry of underlined) {
    const line = lineAt(entry.range.getClientRects(), point);
    if (line >= 0 && (!best || outranks(entry.finding, best.underlined.finding))) best = { underlined: entry, line };
  }
  return best;
}

function lineAt(boxes: ArrayLike<Box>, point: Point): number {
  for (let line = 0; line < boxes.length; line++) {
    const box = boxes[line]!;
    if (box.right <= box.left) continue;
    if (point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom + UNDERLINE_REACH)
      return line;
  }
  return -1;
}

/** The same finding of the same analysis, or of a later one that left its words where they were. */
function sameSpan(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}

function outranks(candidate: Finding, current: Finding): boolean {
  if (candidate.severity !== current.severity)
    return SEVERITY_RANK[candidate.severity] < SEVERITY_RANK[current.severity];
  return candidate.end - candidate.start < current.end - current.start;
}

/**
 * The underlined finding the caret is in (offsets into the analysed text), the caret touching
 * either end of the words included: the agent has just typed or reached them.
 */
export function findingAtCaret<T extends { finding: Finding }>(
  underlined: readonly T[],
  caret: { start: number; end: number },
): T | null {
  let best: T | null = null;
  for (const entry of underlined) {
    const { start, end } = entry.finding;
    if (caret.start < start || caret.end > end) continue;
    if (!best || outranks(entry.finding, best.finding)) best = entry;
  }
  return best;
}

/**
 * The same problem in a newer analysis: the same rule flagging the same words, the same
 * occurrence of them counted from the start (the agent may have typed before them, moving them).
 * Null when the agent's edits took it away.
 */
export function sameFinding(
  previous: { finding: Finding; findings: readonly Finding[]; text: string },
  next: { findings: readonly Finding[]; text: string },
): Finding | null {
  const { finding } = previous;
  const words = previous.text.slice(finding.start, finding.end);
  const alike = (candidate: Finding, text: string) =>
    candidate.ruleId === finding.ruleId && text.slice(candidate.start, candidate.end) === words;
  const occurrence = previous.findings.filter(
    (candidate) => alike(candidate, previous.text) && candidate.start < finding.start,
  ).length;
  return (
    next.findings.filter((candidate) => alike(candidate, next.text)).sort((a, b) => a.start - b.start)[occurrence] ??
    null
  );
}

export interface CardPosition {
  left: number;
  top: number;
  /** Below the words, or above them when there is more room there. */
  side: 'below' | 'above';
}

/**
 * Where a card of `size` goes for words at `words` (top-viewport coordinates): just below them,
 * starting where they start, so it covers neither them nor the line being typed; above them when
 * it does not fit below and there is more room above; always within the viewport.
 */
export function cardPosition(
  words: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPosition {
  const roomBelow = viewport.height - words.bottom - CARD_GAP - VIEWPORT_MARGIN;
  const roomAbove = words.top - CARD_GAP - VIEWPORT_MARGIN;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? words.bottom + CARD_GAP : words.top - CARD_GAP - size.height;
  const left = Math.min(words.left, viewport.width - size.width - VIEWPORT_MARGIN);
  return {
    left: Math.round(Math.max(VIEWPORT_MARGIN, left)),
    top: Math.round(Math.max(VIEWPORT_MARGIN, Math.min(top, viewport.height - size.height - VIEWPORT_MARGIN))),
    side,
  };
}

/** A box in a node's own viewport as the top document sees it, through every frame it sits in. */
export function boxInTopViewportFrom(box: Box, node: Node): Box {
  let seen: Box = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  for (const frame of framesAround(node)) seen = boxOutsideFrame(seen, frameViewportOf(frame));
  return seen;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** True for Alt+Enter alone: the key that opens the card of the words at the caret. */
export function isCardShortcut(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): boolean {
  return event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

export interface InlineCardOptions {
  /** Applies the finding's suggestion at `index` the way the sidebar's Fix does. */
  applySuggestion(finding: Finding, index: number): void;
  /** The sidebar's Ignore (this once) for the card's finding. */
  ignore(finding: Finding): void;
  /** The sidebar's Turn off this rule for the card's finding. */
  turnOffRule(finding: Finding): void;
}

export interface InlineCards {
  /**
   * Wraps the followed editor's underlines: showing them makes their words open cards, and
   * clearing or removing them closes the card. Only the last tracked editor opens cards.
   */
  track(editor: EditorAdapter, underlines: FindingUnderlines): FindingUnderlines;
}

/** The followed editor, with the analysis its underlines were last drawn from. */
interface Tracked {
  editor: EditorAdapter;
  underlines: FindingUnderlines;
  listening: AbortController;
  text: string;
  findings: readonly Finding[];
}

interface OpenCard {
  finding: Finding;
  range: Range;
  /** The words under the card when it opened: once they change, the card has nothing to say. */
  words: string;
  line: number;
  /** Opened by a click or the keyboard: it stays when the pointer moves away. */
  pinned: boolean;
  /** Opened from the keyboard, so it holds the focus; the caret to give back to the editor. */
  returnCaret: { start: number; end: number } | null;
  /** The analysis the finding came from. */
  text: string;
  findings: readonly Finding[];
}

/**
 * Mounts the (hidden) card layer and returns the tracker the coaching session wraps each followed
 * editor's underlines with.
 */
export async function createInlineCards(ctx: ContentScriptContext, options: InlineCardOptions): Promise<InlineCards> {
  // A reloaded or updated extension starts a new content script while the old card may still be there.
  document.querySelectorAll(CARD_TAG).forEach((stale) => stale.remove());

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: CARD_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${sidebarCss}\n${cardCss}`,
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (!ctx.isInvalid) ui.mount();
  const host = ui.shadowHost;
  const layer = ui.uiContainer;
  layer.style.setProperty('position', 'fixed', 'important');
  layer.style.setProperty('z-index', CARD_Z_INDEX, 'important');
  layer.style.setProperty('margin', '0', 'important');
  layer.style.setProperty('display', 'none', 'important');

  let tracked: Tracked | null = null;
  let card: OpenCard | null = null;
  let pointerOnCard = false;
  let hoverTimer: number | undefined;
  let hoverTarget: Finding | null = null;
  let closeTimer: number | undefined;
  let pointerFrame = 0;
  let placeFrame = 0;
  let lastPointer: { point: Point; overEditor: boolean } | null = null;

  const underlinedNow = (): readonly UnderlinedFinding[] => tracked?.underlines.underlined?.() ?? [];

  const cancelHover = () => {
    clearTimeout(hoverTimer);
    hoverTimer = undefined;
    hoverTarget = null;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };

  const close = () => {
    cancelHover();
    cancelClose();
    if (!card) return;
    const returnCaret = card.returnCaret;
    const hadFocus = ui.shadow.activeElement !== null;
    card = null;
    pointerOnCard = false;
    layer.style.setProperty('display', 'none', 'important');
    if (ui.mounted) render(null, ui.mounted);
    // Only a card the agent moved into with the keyboard hands the focus back; any other never had it.
    if (hadFocus && tracked) {
      if (!returnCaret || !tracked.editor.select(returnCaret)) tracked.editor.root.focus();
    }
  };

  const scheduleClose = () => {
    if (!card || card.pinned || pointerOnCard || closeTimer !== undefined) return;
    closeTimer = ctx.setTimeout(() => {
      closeTimer = undefined;
      if (card && !card.pinned && !pointerOnCard) close();
    }, HOVER_CLOSE_MS);
  };

  const place = () => {
    const current = tracked;
    if (!card || !current) return;
    const boxes = card.range.getClientRects();
    const line = boxes[Math.min(card.line, boxes.length - 1)];
    const editorBox = boxInTopViewport(current.editor.root);
    const words = line ? boxInTopViewportFrom(line, current.editor.root) : null;
    // Scrolled out of the editor's view (or out of its frame): a card pointing at nothing goes.
    if (!words || !overlaps(words, editorBox)) {
      close();
      return;
    }
    const viewport = document.documentElement;
    const size = layer.getBoundingClientRect();
    const position = cardPosition(words, size, { width: viewport.clientWidth, height: viewport.clientHeight });
    layer.style.setProperty('left', `${position.left}px`, 'important');
    layer.style.setProperty('top', `${position.top}px`, 'important');
  };

  const schedulePlace = () => {
    if (placeFrame || !card) return;
    placeFrame = requestAnimationFrame(() => {
      placeFrame = 0;
      place();
    });
  };

  const show = () => {
    const container = ui.mounted;
    if (!card || !container) return;
    const shown = card;
    layer.style.setProperty('display', 'block', 'important');
    render(
      h(InlineCard, {
        // The same words keep their card (and its Why) across analyses that only move them.
        key: `${shown.finding.ruleId}:${shown.words}`,
        finding: shown.finding,
        words: shown.words,
        focusFirst: shown.returnCaret !== null,
        onApply: (index: number) => {
          const finding = shown.finding;
          close();
          options.applySuggestion(finding, index);
        },
        onIgnore: () => {
          const finding = shown.finding;
          close();
          options.ignore(finding);
        },
        onTurnOffRule: () => {
          const finding = shown.finding;
          close();
          options.turnOffRule(finding);
        },
        onClose: close,
        onPointerEnter: () => {
          pointerOnCard = true;
          cancelClose();
        },
        onPointerLeave: () => {
          pointerOnCard = false;
          scheduleClose();
        },
      }),
      container,
    );
    place();
  };

  const open = (
    hit: UnderlineHit<UnderlinedFinding>,
    how: { pinned: boolean; returnCaret?: { start: number; end: number } },
  ) => {
    const current = tracked;
    if (!current) return;
    cancelHover();
    cancelClose();
    const { finding, range } = hit.underlined;
    card = {
      finding,
      range,
      words: range.toString(),
      line: hit.line,
      pinned: how.pinned,
      returnCaret: how.returnCaret ?? null,
      text: current.text,
      findings: current.findings,
    };
    show();
  };

  /** Follows the pointer as it rests on, moves off or passes over underlined words. */
  const followPointer = () => {
    pointerFrame = 0;
    if (!lastPointer) return;
    const hit = lastPointer.overEditor ? findingAtPoint(underlinedNow(), lastPointer.point) : null;
    if (hit && card && sameSpan(hit.underlined.finding, card.finding)) {
      cancelHover();
      cancelClose();
      return;
    }
    if (!hit) {
      cancelHover();
      scheduleClose();
      return;
    }
    if (hoverTarget && sameSpan(hoverTarget, hit.underlined.finding)) return;
    cancelHover();
    hoverTarget = hit.underlined.finding;
    hoverTimer = ctx.setTimeout(() => {
      hoverTimer = undefined;
      hoverTarget = null;
      // Read again: the words may have moved while the pointer rested, and an analysis in between
      // brings new finding objects for the same words.
      const resting = lastPointer?.overEditor ? findingAtPoint(underlinedNow(), lastPointer.point) : null;
      if (resting && sameSpan(resting.underlined.finding, hit.underlined.finding)) open(resting, { pinned: false });
    }, HOVER_OPEN_MS);
  };

  const listen = (current: Tracked) => {
    const { editor, listening } = current;
    const signal = listening.signal;
    const doc = editor.root.ownerDocument;
    // Event targets in a document are its nodes, or the document itself.
    const isInEditor = (target: EventTarget | null) => target !== null && editor.root.contains(target as Node);
    const isOnCard = (event: Event) => event.composedPath().includes(host);

    doc.addEventListener(
      'pointermove',
      (event) => {
        // A drag selects text: no card while the agent does that.
        if (event.buttons !== 0) return;
        lastPointer = { point: { x: event.clientX, y: event.clientY }, overEditor: isInEditor(event.target) };
        if (!pointerFrame) pointerFrame = requestAnimationFrame(followPointer);
      },
      { passive: true, signal },
    );
    // The pointer leaving a frame's document (or the window) fires no move outside it.
    doc.documentElement.addEventListener(
      'pointerleave',
      () => {
        lastPointer = null;
        cancelHover();
        scheduleClose();
      },
      { passive: true, signal },
    );
    doc.addEventListener(
      'click',
      (event) => {
        if (isOnCard(event)) return;
        const hit = isInEditor(event.target)
          ? findingAtPoint(underlinedNow(), { x: event.clientX, y: event.clientY })
          : null;
        if (hit) open(hit, { pinned: true });
        else close();
      },
      { passive: true, signal },
    );
    if (doc !== document) {
      // A press outside the frame, elsewhere on the page, closes the card too.
      document.addEventListener(
        'pointerdown',
        (event) => {
          if (!isOnCard(event)) close();
        },
        { passive: true, signal },
      );
    }
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && card) {
          // The Escape was meant for the card, not for the editor or the page underneath it.
          event.preventDefault();
          event.stopPropagation();
          close();
          return;
        }
        if (isCardShortcut(event) && isInEditor(event.target)) openAtCaret(current, event);
      },
      { capture: true, signal },
    );
    const follow = { capture: true, passive: true, signal };
    doc.addEventListener('scroll', schedulePlace, follow);
    if (doc !== document) document.addEventListener('scroll', schedulePlace, follow);
    window.addEventListener('resize', schedulePlace, { passive: true, signal });
    editor.watch(() => {
      if (!card) return;
      // The editor's DOM has changed: a card over words that changed goes; otherwise it follows them.
      if (card.range.toString() !== card.words) close();
      else schedulePlace();
    }, signal);
  };

  const openAtCaret = (current: Tracked, event: KeyboardEvent) => {
    const caret = current.editor.caret();
    // Offsets only compare with the analysis while the text is the one analysed.
    if (!caret || current.editor.read().text !== current.text) return;
    const entry = findingAtCaret(underlinedNow(), caret);
    if (!entry) return;
    event.preventDefault();
    event.stopPropagation();
    open({ underlined: entry, line: 0 }, { pinned: true, returnCaret: caret });
  };

  /** A new analysis: the open card follows its finding into it, or goes with it. */
  const followAnalysis = (current: Tracked) => {
    if (!card) return;
    const next = sameFinding(card, current);
    const entry = next ? underlinedNow().find((candidate) => candidate.finding === next) : undefined;
    if (!entry) {
      close();
      return;
    }
    card = {
      ...card,
      finding: entry.finding,
      range: entry.range,
      words: entry.range.toString(),
      text: current.text,
      findings: current.findings,
    };
    show();
  };

  const untrack = (current: Tracked) => {
    current.listening.abort();
    if (tracked !== current) return;
    close();
    tracked = null;
    lastPointer = null;
    if (pointerFrame) cancelAnimationFrame(pointerFrame);
    if (placeFrame) cancelAnimationFrame(placeFrame);
    pointerFrame = 0;
    placeFrame = 0;
  };

  ctx.onInvalidated(() => {
    if (tracked) untrack(tracked);
  });

  return {
    track(editor, underlines) {
      if (tracked) untrack(tracked);
      const current: Tracked = { editor, underlines, listening: new AbortController(), text: '', findings: [] };
      tracked = current;
      listen(current);
      return {
        show(snapshot, findings) {
          underlines.show(snapshot, findings);
          current.text = snapshot.text;
          current.findings = findings;
          if (tracked === current) followAnalysis(current);
        },
        clear() {
          underlines.clear();
          if (tracked === current) close();
        },
        remove() {
          underlines.remove();
          untrack(current);
        },
        underlined: () => underlines.underlined?.() ?? [],
      };
    },
  };
}
