// The inline card: a small card beside underlined words, in a shadow root of its own fixed over the
// page, rendered from the coaching store's open card. It never takes the focus from the editor
// unless the agent opened it from the keyboard, and then hands it back when it closes.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { boxInTopViewportFrom, cardPosition, overlaps } from '@/lib/coach/card-geometry';
import type { CoachingStore } from '@/lib/coach/coaching-store';
import { whileFollowing } from '@/lib/coach/following';
import { boxInTopViewport } from '@/lib/coach/placement';
import type { CoachingState, OpenCard } from '@/lib/coach/state';
import { CARD_TAG, Z_INDEX } from '@/lib/page-elements';
import { InlineCard } from '../InlineCard';
import cardCss from '../inline-card.css?inline';
import sidebarCss from '../sidebar.css?inline';
import { mountShadowUi } from './shadow-ui';

/** Mounts the (hidden) card layer; it goes with the content script's context. */
export async function mountCards(ctx: ContentScriptContext, coaching: CoachingStore): Promise<void> {
  const ui = await mountShadowUi(ctx, CARD_TAG, `${sidebarCss}\n${cardCss}`);
  const layer = ui.uiContainer;
  layer.style.setProperty('position', 'fixed', 'important');
  layer.style.setProperty('z-index', String(Z_INDEX.card), 'important');
  layer.style.setProperty('margin', '0', 'important');
  layer.style.setProperty('display', 'none', 'important');
  const { store, actions, schedule, signal, typing } = coaching;

  const place = () => {
    const { card, editor } = store.get();
    if (!card || !editor) return;
    const boxes = card.range.getClientRects();
    const line = boxes[Math.min(card.line, boxes.length - 1)];
    const words = line ? boxInTopViewportFrom(line, editor.root) : null;
    // Scrolled out of the editor's view (or out of its frame): a card pointing at nothing goes.
    if (!words || !overlaps(words, boxInTopViewport(editor.root))) return actions.cards.close();
    const viewport = document.documentElement;
    const size = layer.getBoundingClientRect();
    const position = cardPosition(words, size, { width: viewport.clientWidth, height: viewport.clientHeight });
    layer.style.setProperty('left', `${position.left}px`, 'important');
    layer.style.setProperty('top', `${position.top}px`, 'important');
  };
  const placeSoon = () => {
    if (store.get().card) schedule.frame(place);
  };

  // Rendering another card or none removes nodes, which would end the browser's undo step for
  // the agent's typing run (lib/coach/typing-run.ts): while it is open the card hides at once but
  // leaves the page's tree as it is, and a card opened meanwhile shows once the run ends.
  const unmount = () => {
    if (!store.get().card && ui.mounted) render(null, ui.mounted);
  };
  const showAfterTyping = () => {
    const { card } = store.get();
    if (card) show(card);
  };

  const show = (card: OpenCard) => {
    const container = ui.mounted;
    if (!container) return;
    if (typing.isOpen()) return typing.afterRun(showAfterTyping);
    layer.style.setProperty('display', 'block', 'important');
    render(cardFor(card, coaching), container);
    place();
  };

  /** The card closed: the layer hides, and a card the agent moved into with the keyboard hands the focus back. */
  const hide = (closed: OpenCard, previous: CoachingState) => {
    const hadFocus = ui.shadow.activeElement !== null;
    layer.style.setProperty('display', 'none', 'important');
    typing.afterRun(unmount);
    const editor = previous.editor;
    if (hadFocus && editor && (!closed.returnCaret || !editor.select(closed.returnCaret))) editor.root.focus();
  };

  // Opening or closing answers the agent's pointer or keys: the card shows at once.
  store.subscribe((state, previous) => {
    if (state.card === previous.card) return;
    if (state.card) show(state.card);
    else if (previous.card) hide(previous.card, previous);
  }, signal);
  // The card follows its words as the page scrolls, the window resizes and the editor changes.
  whileFollowing(coaching, (editor, following) => {
    const doc = editor.root.ownerDocument;
    const options = { capture: true, passive: true, signal: following };
    doc.addEventListener('scroll', placeSoon, options);
    if (doc !== document) document.addEventListener('scroll', placeSoon, options);
    editor.watch(placeSoon, following);
  });
  window.addEventListener('resize', placeSoon, { passive: true, signal });
}

/** The card for `card`: each of its actions closes it first. */
function cardFor(card: OpenCard, { store, actions }: CoachingStore) {
  const act = (action: () => unknown) => () => {
    actions.cards.close();
    void action();
  };
  return (
    <InlineCard
      // The same words keep their card (and its Why) across analyses that only move them.
      key={`${card.finding.ruleId}:${card.words}`}
      finding={card.finding}
      words={card.words}
      focusFirst={card.returnCaret !== null}
      onApply={(index) => act(() => actions.findings.applySuggestion(card.finding, index))()}
      onIgnore={act(() => actions.findings.ignore(card.finding))}
      onTurnOffRule={act(() => actions.findings.turnOffRule(card.finding))}
      ruleLocked={store.get().lockedRules.includes(card.finding.ruleId)}
      onClose={actions.cards.close}
      onPointerEnter={() => actions.cards.hover(true)}
      onPointerLeave={() => actions.cards.hover(false)}
    />
  );
}
