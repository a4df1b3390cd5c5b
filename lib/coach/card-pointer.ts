// What opens and closes inline cards in the followed editor: the pointer resting on underlined
// words (or leaving them), a click on them, Alt+Enter with the caret in them, Escape, and the words
// under an open card changing. The listeners go in the editor's own document, which for an iframe
// editor is the frame's, and end when the editor is no longer followed.

import type { UnderlinedFinding } from '@/lib/editors/highlights';
import type { EditorAdapter } from '@/lib/editors/types';
import { CARD_TAG } from '@/lib/page-elements';
import { isScripted } from '@/lib/scripted-events';
import type { CardActions } from './card-actions';
import { findingAtCaret, findingAtPoint, isCardShortcut, sameSpan, type Point } from './card-geometry';
import { whileFollowing } from './following';
import type { Session } from './session';

/** How long the pointer rests on underlined words before their card opens: passing over them opens nothing. */
export const HOVER_OPEN_MS = 250;

const CARD_HOST = CARD_TAG.toUpperCase();
const isOnCard = (event: Event) => event.composedPath().some((target) => (target as Node).nodeName === CARD_HOST);

export function watchCardPointer(session: Session, cards: CardActions): void {
  whileFollowing(session, (editor, signal) => listen(session, cards, editor, signal));
}

function listen(session: Session, cards: CardActions, editor: EditorAdapter, signal: AbortSignal): void {
  const { store } = session;
  const doc = editor.root.ownerDocument;
  const underlinedNow = (): readonly UnderlinedFinding[] => store.get().underlines?.underlined ?? [];
  // Event targets in a document are its nodes, or the document itself.
  const isInEditor = (target: EventTarget | null) => target !== null && editor.root.contains(target as Node);
  const rest = followPointerRest(session, cards, underlinedNow, signal);
  const stopResting = rest.stop;

  const openAtCaret = (event: KeyboardEvent) => {
    const caret = editor.caret();
    // Offsets only compare with the analysis while the text is the one analysed.
    if (!caret || editor.read().text !== store.get().underlines?.reading.snapshot.text) return;
    const entry = findingAtCaret(underlinedNow(), caret);
    if (!entry) return;
    event.preventDefault();
    event.stopPropagation();
    stopResting();
    cards.open({ underlined: entry, line: 0 }, { pinned: true, returnCaret: caret });
  };

  const passive = { passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      // A drag selects text: no card while the agent does that.
      if (isScripted(event) || event.buttons !== 0) return;
      rest.moved({ x: event.clientX, y: event.clientY }, isInEditor(event.target));
    },
    passive,
  );
  // The pointer leaving a frame's document (or the window) fires no move outside it.
  doc.documentElement.addEventListener('pointerleave', () => rest.left(), passive);
  doc.addEventListener(
    'click',
    (event) => {
      if (isScripted(event) || isOnCard(event)) return;
      stopResting();
      const hit = isInEditor(event.target)
        ? findingAtPoint(underlinedNow(), { x: event.clientX, y: event.clientY })
        : null;
      if (hit) cards.open(hit, { pinned: true });
      else cards.close();
    },
    passive,
  );
  // A press outside the frame, elsewhere on the page, closes the card too.
  if (doc !== document)
    document.addEventListener('pointerdown', (event) => void (isOnCard(event) || cards.close()), passive);
  doc.addEventListener(
    'keydown',
    (event) => {
      // Only the agent's own keys: a page's made-up ones neither open cards nor get swallowed.
      if (isScripted(event)) return;
      if (event.key === 'Escape' && store.get().card) {
        // The Escape was meant for the card, not for the editor or the page underneath it.
        event.preventDefault();
        event.stopPropagation();
        cards.close();
        return;
      }
      if (isCardShortcut(event) && isInEditor(event.target)) openAtCaret(event);
    },
    { capture: true, signal },
  );
  editor.watch(() => {
    const card = store.get().card;
    // The editor's DOM has changed: a card over words that changed goes (the card view follows the others).
    if (card && card.range.toString() !== card.words) cards.close();
  }, signal);
}

/**
 * The pointer resting on underlined words opens their card after HOVER_OPEN_MS; moving off them
 * releases it; passing over them opens nothing.
 */
function followPointerRest(
  session: Session,
  cards: CardActions,
  underlinedNow: () => readonly UnderlinedFinding[],
  signal: AbortSignal,
) {
  const { store, schedule } = session;
  let lastPointer: { point: Point; overEditor: boolean } | null = null;
  let resting: UnderlinedFinding['finding'] | null = null;

  const hitNow = () => (lastPointer?.overEditor ? findingAtPoint(underlinedNow(), lastPointer.point) : null);
  const openIfStillResting = () => {
    const target = resting;
    resting = null;
    // Read again: the words may have moved while the pointer rested, and an analysis in between
    // brings new finding objects for the same words.
    const hit = hitNow();
    if (hit && target && sameSpan(hit.underlined.finding, target)) cards.open(hit, { pinned: false });
  };
  const stopResting = () => {
    schedule.cancel(openIfStillResting);
    resting = null;
  };

  /** Follows the pointer as it rests on, moves off or passes over underlined words. */
  const followPointer = () => {
    if (!lastPointer) return;
    const hit = hitNow();
    const card = store.get().card;
    if (hit && card && sameSpan(hit.underlined.finding, card.finding)) {
      stopResting();
      cards.keep();
      return;
    }
    if (!hit) {
      stopResting();
      cards.release();
      return;
    }
    if (resting && sameSpan(resting, hit.underlined.finding)) return;
    stopResting();
    resting = hit.underlined.finding;
    schedule.after(openIfStillResting, HOVER_OPEN_MS);
  };

  signal.addEventListener('abort', stopResting, { once: true });
  return {
    moved(point: Point, overEditor: boolean) {
      lastPointer = { point, overEditor };
      schedule.frame(followPointer);
    },
    /** The pointer left the document (or the window): no move outside it comes. */
    left() {
      lastPointer = null;
      stopResting();
      cards.release();
    },
    stop: stopResting,
  };
}
