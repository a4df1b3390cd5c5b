// The sidebar, docked beside the followed editor in a shadow root of its own: rendered from the
// coaching store's state (in idle time, never on a keystroke), its buttons calling the store's
// actions. Hidden while no editor is followed.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CoachingStore } from '@/lib/coach/coaching-store';
import { whileFollowing } from '@/lib/coach/following';
import { framesAround } from '@/lib/coach/frames';
import { MIN_SIDEBAR_WIDTH, placeBeside, type SidebarPosition } from '@/lib/coach/placement';
import type { CoachingState } from '@/lib/coach/state';
import { onMessage, type SidebarCommand } from '@/lib/messaging/protocol';
import { SIDEBAR_TAG } from '@/lib/page-elements';
import type { ResizeHandleProps } from '../ResizeHandle';
import { Sidebar } from '../Sidebar';
import sidebarCss from '../sidebar.css?inline';
import { mountShadowUi } from './shadow-ui';

/** What the sidebar shows: a change to anything else (the underlines, the card) leaves it alone. */
const SHOWN: readonly (keyof CoachingState)[] = [
  'editor',
  'customer',
  'reading',
  'paused',
  'notice',
  'busy',
  'turnedOffRule',
  'lockedRules',
  'layout',
  'snippets',
  'customerPick',
];

/** Mounts the sidebar (hidden until an editor is followed); it goes with the content script's context. */
export async function mountSidebar(ctx: ContentScriptContext, coaching: CoachingStore): Promise<void> {
  const ui = await mountShadowUi(ctx, SIDEBAR_TAG, sidebarCss);
  if (ctx.isInvalid) return;
  ui.shadowHost.setAttribute('data-tactful-host', coaching.host.id);
  // WXT resets the host element with `all: initial !important`, so the frame inside the shadow
  // root is what gets positioned.
  const frame = ui.uiContainer;
  const { store, actions, schedule, signal, typing } = coaching;
  /** Where the sidebar was last placed: its width there, how wide it may grow, and which edge moves. */
  let placed: SidebarPosition | null = null;

  const place = () => {
    const { editor, layout } = store.get();
    if (editor) placed = placeBeside(frame, editor.root, layout.collapsed, layout.width);
    sizeHost(ui.shadowHost, editor ? placed : null);
  };
  const show = () => {
    const container = ui.mounted;
    if (!container) return;
    const state = store.get();
    const visible = state.editor !== null;
    frame.style.setProperty('display', visible ? 'block' : 'none', 'important');
    if (visible) place();
    else sizeHost(ui.shadowHost, null);
    render(
      <Sidebar {...sidebarProps(state, coaching)} resize={resizeHandleProps(placed, actions.layout)} />,
      container,
    );
  };

  // Rendering removes nodes, which would end the browser's undo step for the agent's typing run
  // (lib/coach/typing-run.ts): an analysis made while they type shows once the run ends.
  const showAfterTyping = () => schedule.idle(showWhenIdle);
  const showWhenIdle = () => {
    if (typing.isOpen()) return typing.afterRun(showAfterTyping);
    schedule.cancel(showInFrame);
    show();
  };
  const showInFrame = () => {
    schedule.cancel(showWhenIdle);
    show();
  };
  store.subscribe((state, previous) => {
    const shownChanged = SHOWN.filter((key) => state[key] !== previous[key]);
    if (shownChanged.length === 0) return;
    // A new analysis comes from typing: it waits for an idle moment. What the agent did in the
    // sidebar (collapse, resize, a button) shows in the next frame.
    if (shownChanged.every((key) => key === 'reading' || key === 'customer')) schedule.idle(showWhenIdle);
    else schedule.frame(showInFrame);
  }, signal);
  // The editor moves or resizes, and with it the place beside it.
  whenEditorResizes(coaching, place);
  window.addEventListener('resize', place, { signal });
  document.addEventListener('scroll', place, { capture: true, passive: true, signal });

  /** The keyboard commands (manifest `commands`), passed on by the background. */
  const runCommand = (command: SidebarCommand) => {
    const { editor, layout } = store.get();
    // No editor followed: the sidebar is hidden and there is nothing to toggle or search for.
    if (!editor) return;
    if (command === 'toggle-sidebar') return actions.layout.setCollapsed(!layout.collapsed);
    if (layout.collapsed) {
      actions.layout.setCollapsed(false);
      show();
    }
    // The agent asked for the search box, so it takes focus (the one place the sidebar does).
    ui.shadow.querySelector<HTMLElement>('[data-tactful-snippet-search]')?.focus();
  };
  signal.addEventListener(
    'abort',
    onMessage('sidebar.command', ({ data }) => runCommand(data.command)),
    {
      once: true,
    },
  );
  show();
}

/** Calls `onResize` when the followed editor (or a frame it sits in) changes size. */
function whenEditorResizes(coaching: CoachingStore, onResize: () => void): void {
  whileFollowing(coaching, (editor, following) => {
    const resizing = new ResizeObserver(onResize);
    resizing.observe(editor.root);
    // An editor in a frame moves and resizes with its frame elements, not with its own body.
    for (const frameElement of framesAround(editor.root)) resizing.observe(frameElement);
    following.addEventListener('abort', () => resizing.disconnect(), { once: true });
  });
}

/** The resize handle where the sidebar was last placed: its width there, how wide it may grow, which edge moves. */
function resizeHandleProps(
  placed: SidebarPosition | null,
  layout: CoachingStore['actions']['layout'],
): ResizeHandleProps | undefined {
  if (!placed) return undefined;
  const { maxWidth, width, dock } = placed;
  return {
    min: Math.min(MIN_SIDEBAR_WIDTH, maxWidth),
    max: maxWidth,
    width,
    dock,
    onResize: layout.resize,
    onCommit: layout.commitWidth,
  };
}

/**
 * Gives the shadow host element the sidebar's place and size, so that the page (and whatever
 * measures it: assistive tech, the agent's tools) sees the sidebar as big as it is, not as the
 * zero-size inline element WXT's reset makes of the host. The reset (`all: initial`) leaves custom
 * properties alone; sidebar.css turns them into the host's box.
 */
function sizeHost(host: HTMLElement, position: SidebarPosition | null): void {
  if (!position) {
    host.removeAttribute('data-tf-placed');
    return;
  }
  const box = { left: position.left, top: position.top, width: position.width, height: position.height };
  // Only what changed: the page's watch (lib/coach/page-watch.ts) hears style changes on the page.
  for (const [edge, value] of Object.entries(box)) {
    const property = `--tf-host-${edge}`;
    if (host.style.getPropertyValue(property) !== `${value}px`) host.style.setProperty(property, `${value}px`);
  }
  if (!host.hasAttribute('data-tf-placed')) host.setAttribute('data-tf-placed', '');
}

/** The Sidebar's props for a state: what it shows, and the store's actions behind its buttons. */
export function sidebarProps(state: CoachingState, coaching: CoachingStore) {
  const { findings, snippets, layout, customerPick } = coaching.actions;
  const { reading } = state;
  return {
    analysis: reading?.analysis ?? null,
    customer: state.customer,
    customerPick: {
      picking: state.customerPick.picking,
      onPick: customerPick.start,
      onCancel: customerPick.cancel,
    },
    paused: state.paused,
    notice: state.notice,
    collapsed: state.layout.collapsed,
    busy: state.busy,
    snippets: {
      ...state.snippets,
      busy: state.busy,
      search: snippets.search,
      onSearchFocus: snippets.searchFocused,
      onInsert: snippets.insert,
      onReturnToEditor: snippets.returnToEditor,
    },
    findingTools: {
      text: reading?.snapshot.text ?? '',
      turnedOffRule: state.turnedOffRule,
      lockedRules: state.lockedRules,
      onIgnore: findings.ignore,
      onSelect: findings.select,
      onTurnOffRule: (finding: Parameters<typeof findings.turnOffRule>[0]) => void findings.turnOffRule(finding),
      onUndoTurnOff: (ruleId: string) => void findings.undoTurnOff(ruleId),
      onDismissTurnedOff: findings.dismissTurnedOff,
    },
    checklist: reading?.checklist ?? [],
    onToggleCollapsed: () => layout.setCollapsed(!coaching.store.get().layout.collapsed),
    onInsertStatement: (text: string) => void findings.insertStatement(text),
    onApplyFix: (finding: Parameters<typeof findings.applySuggestion>[0]) => void findings.applySuggestion(finding, 0),
    onDismissNotice: findings.dismissNotice,
  };
}
