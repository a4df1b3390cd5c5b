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

/** The browsers' rules: $NAME$ takes its placeholder's content, then $1…$9 the substitutions, $$ is a dollar. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  const translated = fromBrowser()?.(key, values);
  if (translated) return translated;
  return formatMessage(ENGLISH[key]!, values);
}

let pluralRules: Intl.PluralRules | null = null;

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
  const values = [count.toLocaleString(rules.resolvedOptions().locale), ...more.map(String)];
  const form = `${base}_${rules.select(count)}`;
  const translated = fromBrowser()?.(form, values);
  if (translated) return translated;
  return formatMessage(ENGLISH[form] ?? ENGLISH[`${base}_other`]!, values);
}

/** Resets the cached browser lookup; tests that swap browser.i18n call it. */
export function resetI18nForTests(): void {
  browserMessages = undefined;
  pluralRules = null;
}
