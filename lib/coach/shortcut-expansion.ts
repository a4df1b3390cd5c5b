// Snippet shortcuts typed into the reply: `;;thanks` followed by a space expands in place into the
// "thanks" snippet, placeholders filled. The expansion starts from the key that ends the shortcut:
//
//   - a space (or the no-break space contenteditables put at the end of a line),
//   - Enter (a new line or paragraph),
//   - one of , ! ? : ; ) unless the trigger itself uses it (";;" rules out ";").
//
// A full stop does not end a shortcut: shortcuts may contain dots ("billing.late"), so ";;billing."
// could be half of one. Tab does not either: most editors move the focus with it.
//
// The typed terminator stays where it is; only `trigger + shortcut` is replaced. Nothing happens
// inside quoted history, for an unknown shortcut, or when the caret holds a selection.

import { isScripted } from '@/lib/scripted-events';
import { selectionFor } from '@/lib/editors/composed-tree';
import type { EditorAdapter } from '@/lib/editors/types';

/** The characters a shortcut is made of (lib/library/validation.ts stores them in lower case). */
const SHORTCUT_CHARACTER = /[\p{L}\p{N}._-]/u;
const TERMINATING_PUNCTUATION = [',', '!', '?', ':', ';', ')'];
const TERMINATING_SPACE = [' ', '\u00a0', '\n'];
/** The library refuses longer shortcuts, so nothing longer is worth asking about. */
export const MAX_SHORTCUT_LENGTH = 40;
/** Input types that can end a shortcut (InputEvent.inputType). */
const LINE_BREAK_INPUTS = new Set(['insertParagraph', 'insertLineBreak']);
/** Elements that hold quoted earlier messages in rich editors (Gmail's, and mail clients' blockquotes). */
const QUOTED_HISTORY = 'blockquote, .gmail_quote';

export interface ShortcutMatch {
  /** Where the trigger starts. */
  start: number;
  /** Where the shortcut ends (the terminator is not part of the match). */
  end: number;
  /** As typed, without the trigger. */
  shortcut: string;
  /** The character typed after the shortcut. */
  terminator: string;
}

/** True when `character` ends a shortcut typed after `trigger`. */
export function endsShortcut(character: string, trigger: string): boolean {
  if (TERMINATING_SPACE.includes(character)) return true;
  return TERMINATING_PUNCTUATION.includes(character) && !trigger.includes(character);
}

/**
 * The shortcut the agent just finished typing: `trigger + shortcut + terminator` ending at the
 * caret, or null. Pure, so it can be checked without an editor.
 */
export function shortcutBeforeCaret(
  text: string,
  caret: { start: number; end: number },
  trigger: string,
): ShortcutMatch | null {
  if (caret.start !== caret.end || caret.start < 1 || trigger.length === 0) return null;
  const terminator = text[caret.start - 1]!;
  if (!endsShortcut(terminator, trigger)) return null;
  const end = caret.start - 1;
  let start = end;
  while (start > 0 && end - start < MAX_SHORTCUT_LENGTH && SHORTCUT_CHARACTER.test(text[start - 1]!)) start -= 1;
  // The trigger cannot hold shortcut characters, so a shortcut longer than the limit (the loop
  // stopped mid-word) fails this check too.
  if (start === end || !text.startsWith(trigger, start - trigger.length)) return null;
  const matchStart = start - trigger.length;
  if (onQuotedLine(text, matchStart)) return null;
  return { start: matchStart, end, shortcut: text.slice(start, end), terminator };
}

/** Plain-text quoting: the line starts with ">" (after any spaces), as mail clients quote replies. */
export function onQuotedLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*>/.test(text.slice(lineStart, offset + 1));
}

/** True when the agent's DOM selection sits in quoted history inside a rich editor. */
export function caretInQuotedHistory(root: HTMLElement): boolean {
  const selection = selectionFor(root);
  const node = selection?.focusNode;
  if (!node || !root.contains(node)) return false;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const quoted = element?.closest(QUOTED_HISTORY);
  return !!quoted && root.contains(quoted);
}

export interface ShortcutTypingOptions {
  /** The trigger as set now (it can change while the page is open). */
  trigger(): string;
  /**
   * Called for each shortcut found ending at the caret, with the text it was found in; again if a
   * keystroke the editor applied late changes it (the same shortcut is reported once). The watch
   * is disarmed through `watch` once the shortcut is being expanded.
   */
  onShortcut(match: ShortcutMatch, text: string, watch: ShortcutWatch): void;
}

/** Ends the watch's interest in the keystroke it was checking: the shortcut is being expanded. */
export interface ShortcutWatch {
  disarm(): void;
}

/**
 * Watches the editor for a finished shortcut. Reading the editor on every keystroke would cost
 * the agent typing speed, so only input that can end a shortcut (a terminator typed, a line
 * broken) arms a check, which runs on the editor's next change notification, once the character
 * is in the editor's text. A check that finds a shortcut stays armed until the agent's next key or
 * the expansion: an editor may apply a key typed before the terminator after it (Slate in a shadow
 * root, on a busy machine, showed ";;askedbefore " and then ";;asked-before "), and the next change
 * shows the shortcut the agent really typed.
 */
export function watchShortcutTyping(
  editor: EditorAdapter,
  options: ShortcutTypingOptions,
  signal: AbortSignal,
): ShortcutWatch {
  let armed = false;
  let reported = '';
  const watch: ShortcutWatch = {
    disarm: () => {
      armed = false;
    },
  };
  if (signal.aborted) return watch;
  editor.root.addEventListener(
    'beforeinput',
    (event) => {
      // A page firing a made-up space must not get a snippet expanded into its editor to read.
      if (isScripted(event)) return;
      const input = event as InputEvent;
      reported = '';
      if (input.isComposing) {
        armed = false;
        return;
      }
      const typed = input.data ?? '';
      armed =
        LINE_BREAK_INPUTS.has(input.inputType) ||
        (typed.length > 0 && endsShortcut(typed[typed.length - 1]!, options.trigger()));
    },
    { capture: true, passive: true, signal },
  );
  const checkArmed = () => {
    if (!armed) return;
    const caret = editor.caret();
    if (!caret) return;
    const { text } = editor.read();
    // Not there yet: the text or the caret has still to follow the keystroke.
    if (caret.start === 0 || !endsShortcut(text[caret.start - 1]!, options.trigger())) return;
    const match = shortcutBeforeCaret(text, caret, options.trigger());
    if (!match || caretInQuotedHistory(editor.root)) {
      armed = false;
      return;
    }
    const key = `${match.start}:${match.shortcut}`;
    if (key === reported) return;
    reported = key;
    options.onShortcut(match, text, watch);
  };
  editor.watch(checkArmed, signal);
  return watch;
}
