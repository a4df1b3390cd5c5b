import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyze, type Analysis, type Finding } from '@/coaching';
import type { PauseReason } from '@/components/CoachingPaused';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import type { RuleSettings } from '@/lib/settings/preferences';
import { watchCoachingPaused } from './pause';
import { Sidebar, type SidebarNotice } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import { detectEditor } from '@/lib/editors/detect';
import { removeFindingUnderlines, type FindingUnderlines } from '@/lib/editors/highlights';
import type { EditorAdapter } from '@/lib/editors/types';
import { firstName, type CustomerMessage, type HostAdapter } from '@/lib/hosts/types';
import { framesAround, hasFocusWithin, isOnPage } from './frames';
import { browser } from 'wxt/browser';
import type { ResizeHandleProps } from '@/components/ResizeHandle';
import { t } from '@/lib/i18n';
import type { SidebarCommand } from '@/lib/messaging/protocol';
import type { StatKind } from '@/lib/stats/day-counts';
import { ReplyCounter } from '@/lib/stats/reply-counter';
import { MIN_SIDEBAR_WIDTH, placeBeside, type SidebarPosition } from './placement';
import { readLayout, watchLayout, writeLayout } from './sidebar-state';
import { padForInsertion } from './spacing';
import { createFindingActions } from './finding-actions';
import { createInlineCards } from './inline-card';
import { createSnippetSession } from './snippet-session';

/** The sidebar's host element: the only element Tactful adds to the page. */
export const SIDEBAR_TAG = 'tactful-sidebar';
const ANALYSIS_DELAY_MS = 120;
const SCAN_DELAY_MS = 250;
/**
 * How often a copy of this script checks that its extension is still there. Chromium leaves the
 * content scripts of a reloaded, updated or disabled extension running, cut off from it; the first
 * check after that takes the copy's sidebar and underlines away.
 */
const EXTENSION_CHECK_MS = 1000;
/**
 * Attribute changes that can show or hide an editor (a ticket tab switched, a compose window
 * minimised) or change whom it writes to (a reply / internal note switch). Help desks use any of them.
 */
const STATE_ATTRIBUTES = ['hidden', 'class', 'style', 'aria-hidden', 'aria-checked', 'aria-selected', 'open'];

interface CoachState {
  editor: EditorAdapter | null;
  analyzedText: string;
  analysis: Analysis | null;
  customer: CustomerMessage | null;
  /** Why the followed editor is not coached right now (e.g. it holds an internal note), if it is not. */
  paused: PauseReason | null;
  notice: SidebarNotice | null;
  collapsed: boolean;
  busy: boolean;
}

/**
 * Coaches the reply editors a host page offers: follows the editor the agent is in, re-analyses
 * as they type, and shows the result in one sidebar docked beside that editor.
 */
export async function startCoaching(ctx: ContentScriptContext, host: HostAdapter): Promise<void> {
  try {
    await coach(ctx, host);
  } catch (error) {
    // Never surface our failure as an error in the host page's console; the page works as before.
    console.debug('Tactful could not start coaching on this page:', error);
  }
}

async function coach(ctx: ContentScriptContext, host: HostAdapter): Promise<void> {
  // A reloaded or updated extension starts a new content script while the old sidebar may still be
  // on the page; there must only ever be one.
  document.querySelectorAll(SIDEBAR_TAG).forEach((stale) => stale.remove());
  removeFindingUnderlines(document);

  const state: CoachState = {
    editor: null,
    analyzedText: '',
    analysis: null,
    customer: null,
    paused: null,
    notice: null,
    collapsed: false,
    busy: false,
  };
  let editorWatch: AbortController | null = null;
  /** The followed editor's underlines, redrawn only by an analysis (never per keystroke). */
  let underlines: FindingUnderlines | null = null;
  let analysisTimer: number | undefined;
  let scanTimer: number | undefined;
  /**
   * Focus listeners in the documents of editors inside frames: focus moving into or within a frame
   * fires no focusin in the top document (Chromium 156 and Firefox ESR 153 fire none on the
   * <iframe> element either). One per document, taken away when its editors are gone.
   */
  const frameListeners = new Map<Document, AbortController>();

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: SIDEBAR_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss,
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (ctx.isInvalid) return;
  ui.mount();
  ui.shadowHost.setAttribute('data-tactful-host', host.id);
  // WXT resets the host element with `all: initial !important`, so the frame inside the shadow
  // root is what gets positioned.
  const frame = ui.uiContainer;
  // How the agent left the sidebar on this site (lib/coach/sidebar-state.ts), read before it first shows.
  const layout = await readLayout(browser.storage.local, location.origin);
  if (ctx.isInvalid) return;
  state.collapsed = layout.collapsed;
  /** Where the sidebar was last placed: its width there, how wide it may grow, and which edge moves. */
  let placed: SidebarPosition | null = null;
  const saveLayout = () => {
    // A failed write (the extension reloading under the page) only means the layout is not remembered.
    writeLayout(browser.storage.local, location.origin, layout).catch(() => {});
  };
  const setCollapsed = (collapsed: boolean) => {
    state.collapsed = layout.collapsed = collapsed;
    saveLayout();
    show();
  };
  const resizeProps = (): ResizeHandleProps | undefined => {
    if (!placed) return undefined;
    return {
      min: Math.min(MIN_SIDEBAR_WIDTH, placed.maxWidth),
      max: placed.maxWidth,
      width: placed.width,
      dock: placed.dock,
      onResize: (width) => {
        layout.width = width;
        show();
      },
      onCommit: (width) => {
        layout.width = width;
        saveLayout();
      },
    };
  };
  /** The keyboard commands (manifest `commands`), passed on by the background. */
  const runCommand = (command: SidebarCommand) => {
    // No editor followed: the sidebar is hidden and there is nothing to toggle or search for.
    if (!state.editor) return;
    if (command === 'toggle-sidebar') {
      setCollapsed(!state.collapsed);
      return;
    }
    if (state.collapsed) setCollapsed(false);
    // The agent asked for the search box, so it takes focus (the one place the sidebar does).
    ui.shadow.querySelector<HTMLElement>('[data-tactful-snippet-search]')?.focus();
  };
  ctx.onInvalidated(onMessage('sidebar.command', ({ data }) => runCommand(data.command)));
  /** Today's counts in the popup; a lost count is no reason to bother the agent. */
  const recordStat = (kind: StatKind) => void sendMessage('stats.record', { kind }).catch(() => {});
  const replies = new ReplyCounter();
  // Ignore, Turn off this rule, select a finding's words, and the pre-send checklist (lib/coach/finding-actions.ts).
  const findingActions = createFindingActions({
    send: sendMessage,
    editor: () => state.editor,
    analyzedText: () => state.analyzedText,
    shownFindings: () => state.analysis?.findings ?? [],
    reanalyze: () => runAnalysis(),
    ruleSettingsStored: (rules) => (ruleSettings = rules),
    notify: (notice) => {
      state.notice = notice;
      show();
    },
    render: () => show(),
  });
  // Cards on the underlined words (lib/coach/inline-card.ts); their suggestions apply as Fix does.
  const cards = await createInlineCards(ctx, {
    applySuggestion: (finding, index) => void guarded(() => applySuggestion(finding, index)),
    ignore: (finding) => findingActions.sidebarProps().findingTools.onIgnore?.(finding),
    turnOffRule: (finding) => findingActions.sidebarProps().findingTools.onTurnOffRule?.(finding),
  });

  const show = () => {
    const container = ui.mounted;
    if (!container) return;
    const visible = state.editor !== null;
    frame.style.setProperty('display', visible ? 'block' : 'none', 'important');
    if (visible) place();
    render(
      <Sidebar
        analysis={state.analysis}
        customer={state.customer}
        paused={state.paused}
        notice={state.notice}
        collapsed={state.collapsed}
        busy={state.busy}
        resize={resizeProps()}
        snippets={snippets.searchProps(state.busy)}
        {...findingActions.sidebarProps()}
        onToggleCollapsed={() => setCollapsed(!state.collapsed)}
        onInsertStatement={(text) => guarded(() => insertStatement(text))}
        onApplyFix={(finding) => guarded(() => applySuggestion(finding, 0))}
        onDismissNotice={() => {
          state.notice = null;
          show();
        }}
      />,
      container,
    );
  };

  const place = () => {
    if (state.editor) placed = placeBeside(frame, state.editor.root, state.collapsed, layout.width);
  };

  /** Our failures stay in the sidebar: nothing is thrown into the host page. */
  const guarded = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      state.busy = false;
      state.notice = {
        kind: 'error',
        text: t('sidebar_error_problem', error instanceof Error ? error.message : String(error)),
      };
      show();
    }
  };

  const runAnalysis = () => {
    const editor = state.editor;
    if (!editor || !isOnPage(editor.root)) {
      underlines?.clear();
      return;
    }
    try {
      if (pausedByAgent) {
        pause('paused-by-agent');
        return;
      }
      if (host.replyChannel?.(editor.root) === 'internal') {
        // Only colleagues read an internal note: the customer-facing coaching steps back until the
        // agent switches to a public reply again.
        pause('internal-note');
        return;
      }
      state.paused = null;
      // The findings' offsets index this reading, so the underlines are drawn from it too.
      const snapshot = editor.read();
      const text = snapshot.text;
      const customer = host.customerMessage(editor.root);
      state.customer = customer;
      state.analysis = findingActions.analysed(
        text,
        analyze(text, {
          customerMessage: customer?.text,
          settings: {
            rules: ruleSettings,
            agentName: firstName(host.agentName(document)),
            customerFirstName: firstName(customer?.authorName),
          },
        }),
      );
      state.analyzedText = text;
      if (replies.changed(editor.root, text)) recordStat('reply');
      underlines?.show(snapshot, state.analysis.findings);
      snippets.prepareSearch();
    } catch (error) {
      underlines?.clear();
      state.notice = {
        kind: 'error',
        text: t('sidebar_error_analysis', error instanceof Error ? error.message : String(error)),
      };
    }
    show();
  };

  const pause = (reason: PauseReason) => {
    state.paused = reason;
    state.analysis = null;
    state.analyzedText = '';
    state.customer = null;
    underlines?.clear();
    show();
  };

  // The agent's rule settings from the options page, asked for at start and again when they change.
  let ruleSettings: RuleSettings = {};
  const refreshRuleSettings = () =>
    sendMessage('coaching.ruleSettings').then(
      (rules) => {
        ruleSettings = rules;
        findingActions.ruleSettingsChanged(rules);
        runAnalysis();
      },
      // No background to ask (the extension is reloading): coach with the defaults.
      () => {},
    );
  void refreshRuleSettings();
  // Snippet search, shortcut expansion and usage (lib/coach/snippet-session.ts).
  const snippets = createSnippetSession({
    host,
    send: sendMessage,
    editor: () => state.editor,
    emotions: () => state.analysis?.emotions ?? [],
    render: () => show(),
    setBusy: (busy) => (state.busy = busy),
    notify: (notice) => {
      state.notice = notice;
      show();
    },
    replyChanged: () => runAnalysis(),
  });
  void snippets.refresh();
  ctx.onInvalidated(
    onMessage('library.changed', ({ data }) => {
      snippets.libraryChanged(data);
      if (data.kind === 'settings') void refreshRuleSettings();
    }),
  );

  // The agent's pause from the popup, heard live from the background.
  let pausedByAgent = false;
  const pauseWatch = new AbortController();
  ctx.onInvalidated(() => pauseWatch.abort());
  watchCoachingPaused((paused) => {
    pausedByAgent = paused;
    runAnalysis();
  }, pauseWatch.signal);

  const scheduleAnalysis = () => {
    clearTimeout(analysisTimer);
    analysisTimer = ctx.setTimeout(runAnalysis, ANALYSIS_DELAY_MS);
  };

  const follow = (root: HTMLElement | null) => {
    if (root === state.editor?.root) return;
    editorWatch?.abort();
    editorWatch = null;
    underlines?.remove();
    // Underlines an earlier copy of this script left in a frame's document: the clean-up at start
    // only reaches the top document.
    if (root && root.ownerDocument !== document) removeFindingUnderlines(root.ownerDocument);
    state.editor = root ? detectEditor(root) : null;
    findingActions.followedAnotherEditor();
    underlines = state.editor ? cards.track(state.editor, state.editor.createUnderlines()) : null;
    state.analysis = null;
    state.paused = null;
    state.notice = null;
    if (state.editor) {
      const watch = new AbortController();
      editorWatch = watch;
      ctx.onInvalidated(() => watch.abort());
      state.editor.watch(scheduleAnalysis, watch.signal);
      snippets.follow(state.editor, watch.signal);
      const resizing = new ResizeObserver(place);
      resizing.observe(state.editor.root);
      // An editor in a frame moves and resizes with its frame elements, not with its own body.
      for (const frameElement of framesAround(state.editor.root)) resizing.observe(frameElement);
      watch.signal.addEventListener('abort', () => resizing.disconnect());
      runAnalysis();
    } else {
      show();
    }
  };

  const followFocus = (event: Event) => {
    const target = event.target as Node | null;
    const editor = target ? host.findEditors(document).find((candidate) => candidate.contains(target)) : undefined;
    if (editor) follow(editor);
  };

  /** Listens for focus in each frame document that holds an editor, and only in those. */
  const listenInFrames = (editors: readonly HTMLElement[]) => {
    const frameDocuments = new Set(editors.map((editor) => editor.ownerDocument).filter((doc) => doc !== document));
    for (const [doc, listening] of frameListeners) {
      if (frameDocuments.has(doc) && doc.defaultView) continue;
      listening.abort();
      frameListeners.delete(doc);
    }
    for (const doc of frameDocuments) {
      if (frameListeners.has(doc)) continue;
      const listening = new AbortController();
      frameListeners.set(doc, listening);
      doc.addEventListener('focusin', followFocus, { signal: listening.signal });
    }
  };

  const scan = () => {
    const editors = host.findEditors(document);
    listenInFrames(editors);
    if (state.editor && editors.includes(state.editor.root)) {
      // The page changed around the editor: a new customer message may have arrived.
      scheduleAnalysis();
      return;
    }
    const focused = editors.find(hasFocusWithin);
    follow(focused ?? editors[0] ?? null);
  };

  const scheduleScan = () => {
    if (scanTimer !== undefined) return;
    scanTimer = ctx.setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, SCAN_DELAY_MS);
  };

  async function insertStatement(statement: string) {
    const editor = state.editor;
    if (!editor) return;
    const text = editor.read().text;
    // No caret in the reply (the agent has not been in it): the end, where a reply goes on, as
    // for a snippet from the search box.
    const at = editor.caret() ?? { start: text.length, end: text.length };
    await change(editor, padForInsertion(text, at, statement), at, 'statement');
  }

  /** Replaces the finding's words with its suggestion at `index`: the sidebar's Fix and the inline cards' buttons. */
  async function applySuggestion(finding: Finding, index: number) {
    const editor = state.editor;
    const replacement = finding.suggestions[index];
    if (!editor || replacement === undefined) return;
    let target: Finding | undefined = finding;
    const current = editor.read().text;
    if (current !== state.analyzedText) {
      // The agent typed on since the sidebar was drawn: find the same problem in the new text.
      const flagged = state.analyzedText.slice(finding.start, finding.end);
      runAnalysis();
      target = state.analysis?.findings.find(
        (candidate) => candidate.ruleId === finding.ruleId && current.slice(candidate.start, candidate.end) === flagged,
      );
    }
    if (!target) {
      state.notice = { kind: 'info', text: t('sidebar_fix_outdated') };
      show();
      return;
    }
    await change(editor, target.suggestions[index] ?? replacement, { start: target.start, end: target.end }, 'fix');
  }

  async function change(
    editor: EditorAdapter,
    text: string,
    range: { start: number; end: number },
    what: 'fix' | 'statement',
  ) {
    state.busy = true;
    show();
    const landed = await editor.insertText(text, range);
    state.busy = false;
    if (landed) recordStat(what);
    const refused = what === 'fix' ? 'sidebar_error_fix_not_added' : 'sidebar_error_statement_not_added';
    state.notice = landed ? null : { kind: 'error', text: t(refused, text.trim()) };
    runAnalysis();
  }

  // Another tab of this site collapsed, opened or resized its sidebar: this one follows.
  const layoutWatch = new AbortController();
  ctx.onInvalidated(() => layoutWatch.abort());
  watchLayout(
    browser.storage,
    location.origin,
    (stored) => {
      if (stored.collapsed === layout.collapsed && stored.width === layout.width) return;
      layout.collapsed = state.collapsed = stored.collapsed;
      layout.width = stored.width;
      show();
    },
    layoutWatch.signal,
  );
  ctx.addEventListener(document, 'focusin', followFocus);
  // A frame that loads (again) brings a new document, and maybe an editor, with no change to the
  // top document's tree. Load events do not bubble, but they pass the document while capturing.
  ctx.addEventListener(
    document,
    'load',
    (event) => {
      if ((event.target as Node | null)?.nodeName === 'IFRAME') scheduleScan();
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'resize', place);
  ctx.addEventListener(document, 'scroll', place, { capture: true, passive: true });

  // Single-page apps open and close editors, switch tabs and navigate without loading a page.
  const pageWatch = new MutationObserver((records) => {
    // Typing in the followed editor is its adapter's to watch; everything else may matter.
    const root = state.editor?.root;
    if (root && records.every((record) => root.contains(record.target))) return;
    scheduleScan();
  });
  pageWatch.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: STATE_ATTRIBUTES,
  });
  // A navigation to another conversation may reuse the same editor and only rewrite the text of the
  // elements around it, which the observer above does not see: read the conversation again.
  ctx.addEventListener(window, 'wxt:locationchange', scheduleScan);
  // Reading isInvalid is the check: once the extension is gone it invalidates the context, which
  // removes the sidebar (WXT) and our underlines and observers (below).
  const extensionCheck = window.setInterval(() => {
    if (ctx.isInvalid) clearInterval(extensionCheck);
  }, EXTENSION_CHECK_MS);
  ctx.onInvalidated(() => {
    clearInterval(extensionCheck);
    pageWatch.disconnect();
    for (const listening of frameListeners.values()) listening.abort();
    frameListeners.clear();
    editorWatch?.abort();
    underlines?.remove();
  });
  scan();
  show();
}
