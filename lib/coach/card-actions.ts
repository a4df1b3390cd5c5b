// The inline card's state: which card is open, whether it stays when the pointer goes, and the
// card following its finding into each new analysis. The pointer and keys that open and close it
// are watched in lib/coach/card-pointer.ts; components/coach/card-view.tsx shows it.

import type { UnderlinedFinding } from '@/lib/editors/highlights';
import type { UnderlineHit } from './card-geometry';
import { refind } from './refind';
import type { Session } from './session';
import type { CoachingState, OpenCard, Reading } from './state';

/** How long a hover card stays after the pointer leaves, so the pointer can travel onto it. */
export const HOVER_CLOSE_MS = 400;

export interface CardActions {
  /** Opens the card of the underlined words hit: pinned (a click, Alt+Enter) or on hover. */
  open(
    hit: UnderlineHit<UnderlinedFinding>,
    how: { pinned: boolean; returnCaret?: { start: number; end: number } },
  ): void;
  close(): void;
  /** The pointer left the card's words or the card: a hover card goes a moment later. */
  release(): void;
  /** The pointer is back on the card's words: it stays. */
  keep(): void;
  /** The pointer entered (true) or left (false) the card itself. */
  hover(onCard: boolean): void;
}

const analyzed = (reading: Reading) => ({ text: reading.snapshot.text, findings: reading.analysis.findings });

export function createCardActions(session: Session): CardActions {
  const { store, schedule } = session;
  const setCard = (card: OpenCard | null) => store.update({ card });

  const closeUnlessHeld = () => {
    const { card } = store.get();
    if (card && !card.pinned && !card.hovered) setCard(null);
  };
  const keep = () => schedule.cancel(closeUnlessHeld);
  const close = () => {
    keep();
    setCard(null);
  };
  const release = () => {
    const { card } = store.get();
    if (card && !card.pinned && !card.hovered) schedule.after(closeUnlessHeld, HOVER_CLOSE_MS);
  };

  /** A new analysis is drawn: the open card follows its finding into it, or goes with it. */
  const followUnderlines = (state: CoachingState) => {
    const { card, underlines } = state;
    if (!card) return;
    const next = underlines ? refind(card.finding, analyzed(card.reading), analyzed(underlines.reading)) : null;
    const entry = next ? underlines?.underlined.find((candidate) => candidate.finding === next) : undefined;
    if (!entry || !underlines) return close();
    const words = entry.range.toString();
    setCard({ ...card, finding: entry.finding, reading: underlines.reading, range: entry.range, words });
  };
  store.subscribe((state, previous) => {
    if (state.editor !== previous.editor) close();
    else if (state.underlines !== previous.underlines) followUnderlines(state);
  }, session.signal);

  return {
    open(hit, how) {
      const drawn = store.get().underlines;
      if (!drawn) return;
      keep();
      const { finding, range } = hit.underlined;
      setCard({
        finding,
        reading: drawn.reading,
        range,
        words: range.toString(),
        line: hit.line,
        pinned: how.pinned,
        returnCaret: how.returnCaret ?? null,
        hovered: false,
      });
    },
    close,
    release,
    keep,
    hover(onCard) {
      const { card } = store.get();
      if (!card) return;
      setCard({ ...card, hovered: onCard });
      if (onCard) keep();
      else release();
    },
  };
}
