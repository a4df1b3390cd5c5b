// The snippet side of the coaching store: the sidebar's snippet search (with the reply's caret it
// inserts at), shortcuts typed into the reply (shortcut-actions.ts), usage counts, and the library's live changes. The
// library lives in the background; everything here goes through the protocol's messages.

import type { EditorAdapter } from '@/lib/editors/types';
import { t } from '@/lib/i18n';
import type { FieldValues } from '@/lib/library/placeholders';
import type { Snippet } from '@/lib/library/schema';
import type { LibraryChange } from '@/lib/messaging/protocol';
import { SETTING_KEYS } from '@/lib/settings/preferences';
import type { AnalysisActions } from './analysis';
import { whileFollowing } from './following';
import { guarded } from './guarded';
import type { Session } from './session';
import { expandShortcutsTyped } from './shortcut-actions';
import { fillTrimmed, insertSnippet, pageValues, recordUsage } from './snippet-insertion';
import { createCachedSnippetSearch, type SearchAnswer } from './snippet-search-cache';
import type { SnippetState } from './state';

/** Results the sidebar lists at once: a short list to scan, not the whole library. */
export const SIDEBAR_SEARCH_LIMIT = 8;
/** How long the search's first answers may wait for an idle moment. */
const PREPARE_DEADLINE_MS = 1000;

export interface SnippetActions {
  /** Reads the library's status and the shortcut trigger (at start, and after a settings change). */
  refresh(): Promise<void>;
  /** What the background announced ('library.changed'). */
  libraryChanged(change: LibraryChange): void;
  /** The answer for a query typed in the search box: at once when the tab has it, else a promise. */
  search(query: string): SearchAnswer;
  /** The search box is taking the focus: the reply's caret must be remembered now. */
  searchFocused(): void;
  /**
   * Inserts the snippet where the agent left the caret, its fill-in fields filled with
   * `fieldValues` (from the sidebar's form), as one insertion; resolves true once it is verifiably
   * in the reply.
   */
  insert(snippet: Snippet, fieldValues?: FieldValues): Promise<boolean>;
  /** Escape in the search box: back to the reply, the caret where it was. */
  returnToEditor(): void;
}

export function createSnippetActions(session: Session, analysis: AnalysisActions): SnippetActions {
  const { store, send, host } = session;
  const snippets = (change: Partial<SnippetState>) =>
    store.update((state) => ({ snippets: { ...state.snippets, ...change } }));
  const snippetSearch = createSidebarSnippetSearch(session);
  const caret = rememberLeftCaret(session);

  const refresh = async () => {
    const [status, trigger] = await Promise.allSettled([send('library.status'), send('snippets.trigger')]);
    snippets({
      library: status.status === 'fulfilled' ? { kind: 'ready', status: status.value } : { kind: 'unreachable' },
      ...(trigger.status === 'fulfilled' ? { trigger: trigger.value } : {}),
    });
    snippetSearch.prepare();
  };

  expandShortcutsTyped(session, analysis);

  return {
    refresh,
    libraryChanged(change) {
      if (change.kind === 'snippets') {
        snippetSearch.clear();
        snippets({ revision: store.get().snippets.revision + 1 });
      } else if (change.kind === 'status') snippets({ library: { kind: 'ready', status: change.status } });
      else if (change.keys.includes(SETTING_KEYS.shortcutTrigger)) void refresh();
    },
    search: (query) => snippetSearch.search(query),
    searchFocused() {
      // The caret read as the focus left the editor is the agent's; read it here only when the
      // focus came from elsewhere (the agent had not been in the reply since it was followed).
      const editor = store.get().editor;
      if (editor && !caret.remembered(editor)) caret.remember(editor);
    },
    async insert(snippet, fieldValues = {}) {
      const editor = store.get().editor;
      if (!editor) return false;
      let landed = false;
      await guarded(store, async () => {
        store.update({ busy: true });
        const filled = fillTrimmed(snippet.body, pageValues(host, editor.root), fieldValues);
        const result = await insertSnippet(editor, filled, {
          at: caret.insertionPoint(editor, editor.read().text),
          pad: true,
        });
        landed = result.landed;
        if (landed) caret.forget();
        if (landed) recordUsage(send, snippet);
        const failed = {
          kind: 'error' as const,
          text: t('sidebar_snippets_insert_failed', snippet.title, filled.text),
        };
        store.update({ busy: false, notice: landed ? null : failed });
        analysis.analyze();
      });
      return landed;
    },
    returnToEditor() {
      const editor = store.get().editor;
      if (!editor) return;
      if (!editor.select(caret.insertionPoint(editor, editor.read().text))) editor.root.focus();
    },
  };
}

/**
 * The sidebar's search, answered from the tab's cache where it can be. After each analysis (the
 * customer has been read), the first answers for this customer are fetched ahead when the page is
 * idle, so the agent's first keys in the search box show at once.
 */
function createSidebarSnippetSearch(session: Session) {
  const { store, send } = session;
  const cachedSearch = createCachedSnippetSearch({
    search: (request) => send('library.search', request),
    searchAhead: (request) => send('library.searchAhead', request),
    // The frame's callbacks run before it is drawn; a task queued from them runs after.
    afterFrame: (ask) => requestAnimationFrame(() => setTimeout(ask, 0)),
  });
  const customerEmotions = () =>
    (store.get().reading?.analysis.emotions ?? []).map(({ id, confidence }) => ({ id, confidence }));
  const ready = () => store.get().snippets.library.kind === 'ready' && store.get().editor !== null;
  // Read when idle: the customer may have changed since it was asked for.
  const prepare = () => {
    if (ready()) cachedSearch.prepare(customerEmotions(), SIDEBAR_SEARCH_LIMIT);
  };
  /**
   * After each analysis (the customer has been read), the search's first answers for them are
   * fetched ahead when the page is idle, so the agent's first keys in the search box show at once.
   */
  const prepareSearch = () => {
    // Nothing to search yet, or no reply being written that a snippet could go into.
    if (ready()) session.schedule.idle(prepare, PREPARE_DEADLINE_MS);
  };
  store.subscribe((state, previous) => {
    if (state.reading !== previous.reading && state.reading) prepareSearch();
  }, session.signal);
  return {
    search: (query: string) => cachedSearch.search(query, customerEmotions(), SIDEBAR_SEARCH_LIMIT),
    prepare: prepareSearch,
    clear: () => cachedSearch.clear(),
  };
}

/**
 * Where the agent left the caret in the followed editor when they last left it: the search box
 * takes the focus from the editor, so the caret is read while it is still there. Back in the
 * editor, the live caret is the one that counts again.
 */
function rememberLeftCaret(session: Session) {
  let leftCaret: { start: number; end: number } | null = null;
  let leftEditor: EditorAdapter | null = null;
  const remember = (editor: EditorAdapter) => {
    const caret = editor.caret();
    if (caret) [leftCaret, leftEditor] = [caret, editor];
  };
  whileFollowing(session, (editor, signal) => {
    leftCaret = null;
    leftEditor = null;
    editor.root.addEventListener('focusout', () => remember(editor), { signal });
    editor.root.addEventListener('focusin', () => (leftCaret = null), { signal });
  });
  return {
    remember,
    remembered: (editor: EditorAdapter) => leftEditor === editor && leftCaret !== null,
    forget: () => void (leftCaret = null),
    /** The caret to insert at: where the agent left it, else where it is, else the end of the reply. */
    insertionPoint(editor: EditorAdapter, text: string) {
      const remembered = leftEditor === editor ? leftCaret : null;
      const caret = remembered ?? editor.caret() ?? { start: text.length, end: text.length };
      return { start: Math.min(caret.start, text.length), end: Math.min(caret.end, text.length) };
    },
  };
}
