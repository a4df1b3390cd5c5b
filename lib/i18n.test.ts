import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';

// The module keeps what it asked the browser for as long as the page lives: each test takes a
// fresh copy of it, and of the browser double it asks.
let browser: typeof Browser;
let formatMessage: typeof import('./i18n').formatMessage;
let plural: typeof import('./i18n').plural;
let t: typeof import('./i18n').t;

beforeEach(async () => {
  vi.resetModules();
  ({ browser } = await import('wxt/browser'));
  ({ formatMessage, plural, t } = await import('./i18n'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const entries = Object.entries(english as Record<string, Entry>);

describe('the English messages', () => {
  it('use names the browsers accept, and define every $PLACEHOLDER$ they use', () => {
    for (const [name, entry] of entries) {
      expect(name, name).toMatch(/^[A-Za-z0-9_@]+$/);
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
      expect(used.sort(), name).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('come in pairs for plurals (one and other)', () => {
    const names = new Set(entries.map(([name]) => name));
    for (const name of names) {
      if (name.endsWith('_one')) expect(names.has(name.replace(/_one$/, '_other')), name).toBe(true);
    }
  });
});

describe('t', () => {
  it('falls back to the English text, with substitutions, when the browser has no i18n (tests, the demo)', () => {
    expect(t('options_saved', 'Refund on its way')).toBe('Saved “Refund on its way”.');
    expect(t('options_list_showing', 200, '1,250')).toBe('Showing 200 of 1,250.');
  });

  it("uses the browser's translation when there is one", () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) =>
      name === '@@ui_locale' ? 'de' : `[${name}:${[substitutions ?? []].flat().join('|')}]`,
    );
    expect(t('options_saved', 'Rückerstattung')).toBe('[options_saved:Rückerstattung]');
  });

  it('falls back to English once the extension is gone (reloaded or updated under a content script)', () => {
    let reloaded = false;
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => {
      if (reloaded) throw new Error('Extension context invalidated.');
      return name === '@@ui_locale' ? 'en' : `[${name}]`;
    });
    expect(t('options_saved', 'Refund')).toBe('[options_saved]');
    reloaded = true;
    expect(t('options_saved', 'Refund on its way')).toBe('Saved “Refund on its way”.');
  });

  it('asks the browser once for a message with the same substitutions', () => {
    const getMessage = vi
      .spyOn(browser.i18n, 'getMessage')
      .mockImplementation((name: string, substitutions?: string | string[]) =>
        name === 'messages_locale' ? 'en' : `[${name}:${[substitutions ?? []].flat().join('|')}]`,
      );
    expect(t('options_saved', 'A')).toBe('[options_saved:A]');
    expect(t('options_saved', 'A')).toBe('[options_saved:A]');
    expect(t('options_saved', 'B')).toBe('[options_saved:B]');
    expect(plural('options_snippet_count', 3)).toBe('[options_snippet_count_other:3]');
    expect(plural('options_snippet_count', 3)).toBe('[options_snippet_count_other:3]');
    const asked = getMessage.mock.calls.map(([name]) => name).filter((name) => name !== '@@ui_locale');
    expect(asked).toEqual(['options_saved', 'options_saved', 'messages_locale', 'options_snippet_count_other']);
  });

  it('applies named placeholders, numbered substitutions and $$ as the browsers do', () => {
    const entry = { message: 'Pay $$$AMOUNT$ by $2.', placeholders: { amount: { content: '$1' } } };
    expect(formatMessage(entry, ['12', 'Friday'])).toBe('Pay $12 by Friday.');
  });
});

describe('plural', () => {
  it('picks the form for the count and formats the number', () => {
    expect(plural('options_snippet_count', 1)).toBe('1 snippet');
    expect(plural('options_snippet_count', 0)).toBe('0 snippets');
    expect(plural('options_snippet_count', 1250)).toBe('1,250 snippets');
    expect(plural('options_export_done', 2, 'file.csv')).toBe('Exported 2 snippets to file.csv.');
  });
});
