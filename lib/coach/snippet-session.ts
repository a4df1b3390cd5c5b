// The snippet side of a coaching session: the sidebar's snippet search (with the reply's caret it
// inserts at), shortcuts typed into the reply, usage counts, and the library's live changes. The
// library lives in the background; everything here goes through the protocol's messages.

import type { SidebarNotice } from '@/components/Sidebar';
import type { SnippetLibraryState, SnippetSearchProps } from '@/components/SnippetSearch';
import type { DetectedEmotion } from '@/coaching';
import type { EditorAdapter } from '@/lib/editors/types';
import type { HostAdapter } from '@/lib/hosts/types';
import { t } from '@/lib/i18n';
import type { Snippet } from '@/lib/library/schema';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { DEFAULT_SHORTCUT_TRIGGER, SETTING_KEYS } from '@/lib/settings/preferences';
import { watchShortcutTyping, type ShortcutMatch } from './shortcut-expansion';
import { createCachedSnippetSearch } from './snippet-search-cache';
import { fillTrimmed, insertSnippet, pageValues, selectAsAgent } from './snippet-insertion';

/** Results the sidebar lists at once: a short list to scan, not the whole library. */
export const SIDEBAR_SEARCH_LIMIT = 8;

type Send = <Type extends keyof ProtocolMap>(
  type: Type,
  ...data: Parameters<ProtocolMap[Type]> extends [] ? [] : [Parameters<ProtocolMap[Type]>[0]]
) => Promise<ReturnType<ProtocolMap[Type]>>;

export interface SnippetSessionHooks {
  host: HostAdapter;
  /** The protocol's sendMessage (a test double in unit tests). */
  send: Send;
  editor(): EditorAdapter | null;
  emotions(): readonly DetectedEmotion[];
  /** Shows the sidebar again after a change here. */
  render(): void;
  setBusy(busy: boolean): void;
  notify(notice: SidebarNotice | null): void;
  /** After the reply changed through us: re-analyse it. */
  replyChanged(): void;
}

export interface SnippetSession {
  /** Starts following an editor: its caret for the search, its typing for shortcuts. */
  follow(editor: EditorAdapter, signal: AbortSignal): void;
  /** Reads the library's status and the shortcut trigger (at start, and after a settings change). */
  refresh(): Promise<void>;
  /** What the background announced ('library.changed'). */
  libraryChanged(change: Parameters<ProtocolMap['library.changed']>[0]): void;
  /** The sidebar's snippet search props (busy comes from the session). */
  searchProps(busy: boolean): SnippetSearchProps;
  /**
   * The customer has been read (after each analysis): when the page is idle, the search's first
   * answers for them are fetched ahead, so the agent's first keys in the search box show at once.
   */
  prepareSearch(): void;
}

export function createSnippetSession(hooks: SnippetSessionHooks): SnippetSession {
  let library: SnippetLibraryState = { kind: 'checking' };
  let trigger = DEFAULT_SHORTCUT_TRIGGER;
  let revision = 0;
  /** Where the agent left the caret in the followed editor when they last left it. */
  let leftCaret: { start: number; end: number } | null = null;
  let leftEditor: EditorAdapter | null = null;
  let expanding = false;

  const rememberCaret = (editor: EditorAdapter) => {
    const caret = editor.caret();
    if (caret) {
      leftCaret = caret;
      leftEditor = editor;
    }
  };

  /** The caret to insert at: where the agent left it, else where it is, else the end of the reply. */
  const insertionPoint = (editor: EditorAdapter, text: string) => {
    const remembered = leftEditor === editor ? leftCaret : null;
    const caret = remembered ?? editor.caret() ?? { start: text.length, end: text.length };
    return { start: Math.min(caret.start, text.length), end: Math.min(caret.end, text.length) };
  };

  const recordUsage = (snippet: Snippet) => {
    // A read-only library cannot count; the insertion itself has worked, so nothing to show.
    hooks.send('library.recordUsage', { id: snippet.id }).catch(() => {});
    hooks.send('stats.record', { kind: 'snippet' }).catch(() => {});
  };

  const guarded = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      hooks.setBusy(false);
      hooks.notify({
        kind: 'error',
        text: t('sidebar_error_problem', error instanceof Error ? error.message : String(error)),
      });
    }
  };

  const insertFromSearch = async (snippet: Snippet): Promise<boolean> => {
    const editor = hooks.editor();
    if (!editor) return false;
    let landed = false;
    await guarded(async () => {
      hooks.setBusy(true);
      hooks.render();
      const filled = fillTrimmed(snippet.body, pageValues(hooks.host, editor.root));
      const at = insertionPoint(editor, editor.read().text);
      const result = await insertSnippet(editor, filled, { at, pad: true });
      landed = result.landed;
      hooks.setBusy(false);
      if (landed) {
        leftCaret = null;
        hooks.notify(null);
        recordUsage(snippet);
      } else {
        hooks.notify({ kind: 'error', text: t('sidebar_snippets_insert_failed', snippet.title, filled.text) });
      }
      hooks.replyChanged();
    });
    return landed;
  };

  const expandShortcut = async (editor: EditorAdapter, match: ShortcutMatch, typed: string) => {
    if (expanding) return;
    expanding = true;
    try {
      const response = await hooks.send('library.getByShortcut', { shortcut: match.shortcut });
      // An unknown shortcut (or a library out of reach) leaves the agent's text alone.
      if (!response.ok || !response.value || hooks.editor() !== editor) return;
      const snippet = response.value;
      // The agent may have typed on while the library answered: only the same text is replaced.
      if (editor.read().text.slice(match.start, match.end) !== typed) return;
      const caret = editor.caret();
      const typedAfter =
        caret && caret.start === caret.end && caret.start > match.end
          ? caret.start - match.end
          : match.terminator.length;
      // Selected first, as the agent would before typing over it: the expansion is its own undo step.
      if (!(await selectAsAgent(editor, { start: match.start, end: match.end }))) return;
      if (editor.read().text.slice(match.start, match.end) !== typed) return;
      const filled = fillTrimmed(snippet.body, pageValues(hooks.host, editor.root));
      const result = await insertSnippet(editor, filled, {
        at: { start: match.start, end: match.end },
        pad: false,
        caretAfter: (insertedEnd) => insertedEnd + typedAfter,
      });
      if (result.landed) recordUsage(snippet);
      else hooks.notify({ kind: 'error', text: t('sidebar_snippets_shortcut_failed', typed) });
      hooks.replyChanged();
    } finally {
      expanding = false;
    }
  };

  const cachedSearch = createCachedSnippetSearch({
    search: (request) => hooks.send('library.search', request),
    searchAhead: (request) => hooks.send('library.searchAhead', request),
    // The frame's callbacks run before it is drawn; a task queued from them runs after.
    afterFrame: (ask) => requestAnimationFrame(() => setTimeout(ask, 0)),
  });
  const customerEmotions = () => hooks.emotions().map(({ id, confidence }) => ({ id, confidence }));
  const search = (query: string) => cachedSearch.search(query, customerEmotions(), SIDEBAR_SEARCH_LIMIT);

  let preparing = false;
  const prepareSearch = () => {
    // Nothing to search yet, or no reply being written that a snippet could go into.
    if (library.kind !== 'ready' || !hooks.editor() || preparing) return;
    preparing = true;
    whenIdle(() => {
      preparing = false;
      // Read when idle: the customer may have changed since it was asked for.
      if (library.kind === 'ready' && hooks.editor()) cachedSearch.prepare(customerEmotions(), SIDEBAR_SEARCH_LIMIT);
    });
  };

  const refresh = async () => {
    const [status, storedTrigger] = await Promise.allSettled([
      hooks.send('library.status'),
      hooks.send('snippets.trigger'),
    ]);
    library = status.status === 'fulfilled' ? { kind: 'ready', status: status.value } : { kind: 'unreachable' };
    if (storedTrigger.status === 'fulfilled') trigger = storedTrigger.value;
    hooks.render();
    prepareSearch();
  };

  return {
    follow(editor, signal) {
      leftCaret = null;
      leftEditor = null;
      // The search box takes the focus from the editor: the caret is read while it is still there.
      // Back in the editor, the live caret is the one that counts again.
      editor.root.addEventListener('focusout', () => rememberCaret(editor), { signal });
      editor.root.addEventListener('focusin', () => (leftCaret = null), { signal });
      watchShortcutTyping(
        editor,
        {
          trigger: () => trigger,
          onShortcut: (match, text) =>
            void guarded(() => expandShortcut(editor, match, text.slice(match.start, match.end))),
        },
        signal,
      );
    },
    refresh,
    prepareSearch,
    libraryChanged(change) {
      if (change.kind === 'snippets') {
        cachedSearch.clear();
        revision += 1;
      } else if (change.kind === 'status') library = { kind: 'ready', status: change.status };
      else if (change.keys.includes(SETTING_KEYS.shortcutTrigger)) void refresh();
      hooks.render();
    },
    searchProps(busy) {
      return {
        library,
        trigger,
        busy,
        revision,
        search,
        onSearchFocus() {
          // The caret read as the focus left the editor is the agent's; read it here only when the
          // focus came from elsewhere (the agent had not been in the reply since it was followed).
          const editor = hooks.editor();
          if (editor && !(leftEditor === editor && leftCaret)) rememberCaret(editor);
        },
        onInsert: insertFromSearch,
        onReturnToEditor() {
          const editor = hooks.editor();
          if (!editor) return;
          const text = editor.read().text;
          const caret = insertionPoint(editor, text);
          if (!editor.select(caret)) editor.root.focus();
        },
      };
    },
  };
}

/** The page's next idle moment (at the latest a second from now): what runs then delays no frame. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
}
