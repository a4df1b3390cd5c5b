// User-visible strings through the browser's i18n messages (public/_locales/<locale>/messages.json),
// so a translator adds a locale folder and nothing in the code changes.
//
//   t('options_title')                          → "Tactful settings"
//   t('options_restore_summary', date, '12')    → substitutions fill $1, $2… (named placeholders too)
//   plural('options_snippet_count', 3)          → picks options_snippet_count_one / _other
//
// Outside the extension (unit tests, the demo) browser.i18n is missing or throws; t() then reads the
// English messages.json bundled here, applying the same substitution rules the browsers apply.

import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const ENGLISH: Record<string, MessageEntry> = english;

export type MessageKey = keyof typeof english;
/** Keys with plural forms: `<base>_one`, `<base>_other` (and any other CLDR form a locale needs). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

let browserMessages: ((key: string, substitutions: string[]) => string) | null | undefined;

function fromBrowser(): ((key: string, substitutions: string[]) => string) | null {
  if (browserMessages !== undefined) return browserMessages;
  try {
    // Typed loosely on purpose: keys come from MessageKey, which WXT's generated overloads may not know yet.
    const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (key: string, substitutions?: string[]) => string;
    // Probing once: the test double throws "not implemented", and a page outside the extension has no i18n.
    getMessage('@@ui_locale');
    browserMessages = (key, substitutions) => getMessage(key, substitutions);
  } catch {
    browserMessages = null;
  }
  return browserMessages;
}

/**
 * The browser's message, or '' once it cannot give one: Chromium throws "Extension context
 * invalidated" from i18n in a content script whose extension was reloaded or updated, and that
 * copy may still render once before it notices and removes itself. It renders in English then.
 */
function browserMessage(name: string, values: string[]): string {
  try {
    return fromBrowser()?.(name, values) ?? '';
  } catch {
    return '';
  }
}

/** The browsers' rules: $NAME$ takes its placeholder's content, then $1…$9 the substitutions, $$ is a dollar. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/**
 * Messages already looked up, by name and substitutions. A page's messages never change while it
 * lives, and the sidebar asks for the same few on every key typed in its search box, where the
 * browser's lookup (and a plural's number formatting) would take part of the key's frame.
 */
const looked = new Map<string, string>();
const MAX_LOOKED = 500;

function lookUp(name: string, values: string[], fallback: () => MessageEntry): string {
  const memoKey = `${name}\u0000${values.join('\u0001')}`;
  const known = looked.get(memoKey);
  if (known !== undefined) return known;
  const message = browserMessage(name, values) || formatMessage(fallback(), values);
  // Bounded: substitutions such as snippet titles vary without end.
  if (looked.size >= MAX_LOOKED) looked.clear();
  looked.set(memoKey, message);
  return message;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookUp(key, substitutions.map(String), () => ENGLISH[key]!);
}

let pluralRules: Intl.PluralRules | null = null;
let countFormat: Intl.NumberFormat | null = null;

/**
 * The plural forms to pick from are those of the messages.json the browser actually used (each
 * locale's file names its own locale in `messages_locale`), which may not be the UI language: a
 * Polish browser with no Polish messages reads the English file, which has only `one` and `other`.
 */
function messagesPluralRules(): Intl.PluralRules {
  pluralRules ??= new Intl.PluralRules(t('messages_locale'));
  return pluralRules;
}

/** The message for `count` in the messages' plural form; the count is substitution $1. */
export function plural(base: PluralKey, count: number, ...more: (string | number)[]): string {
  const rules = messagesPluralRules();
  countFormat ??= new Intl.NumberFormat(rules.resolvedOptions().locale);
  const values = [countFormat.format(count), ...more.map(String)];
  const form = `${base}_${rules.select(count)}`;
  return lookUp(form, values, () => ENGLISH[form] ?? ENGLISH[`${base}_other`]!);
}
