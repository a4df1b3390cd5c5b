// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Severity } from '@/coaching/types';
import { readEditableText } from './dom-text';
import {
  HIGHLIGHT_CSS,
  HIGHLIGHT_NAMES,
  HIGHLIGHT_STYLE_ATTRIBUTE,
  createFindingUnderlines,
  removeFindingUnderlines,
  underlineRanges,
} from './highlights';

// happy-dom 21 has neither the CSS Custom Highlight API nor a CSS parser that keeps ::highlight()
// rules, so both are faked here with the few members the browsers offer and our code uses:
// a Map-like registry, a Set-like Highlight, and happy-dom's own style sheet (which alone may be
// adopted) made to keep each rule's text.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

class RuleKeepingStyleSheet extends CSSStyleSheet {
  override replaceSync(text: string) {
    // happy-dom keeps a sheet's rules in a plain array.
    const rules = this.cssRules as unknown as CSSRule[];
    rules.splice(0, rules.length, ...text.split('\n').map((cssText) => ({ cssText }) as CSSRule));
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSSStyleSheet', RuleKeepingStyleSheet);
  document.adoptedStyleSheets = [];
  document.head.replaceChildren();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function editable(html: string, parent: HTMLElement | ShadowRoot = document.body): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  if (parent === document.body) document.body.replaceChildren(root);
  else parent.appendChild(root);
  return root;
}

function finding(severity: Severity, start: number, end: number, ruleId = `${severity}-rule`): Finding {
  return { ruleId, category: ruleId, severity, start, end, message: '', note: '', suggestions: [] };
}

/** The same span of `text`, found by its words. */
function span(text: string, words: string, severity: Severity, ruleId?: string): Finding {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return finding(severity, start, start + words.length, ruleId);
}

function underlined(name: string): string[] | undefined {
  const highlight = registry.get(name);
  return highlight ? [...highlight].map((range) => (range as Range).toString()) : undefined;
}

const ourSheets = (root: Document | ShadowRoot = document) =>
  root.adoptedStyleSheets.filter((sheet) => sheet.cssRules[0]?.cssText.includes('tactful-'));

describe('underlineRanges', () => {
  it('groups the findings by severity as ranges over exactly the flagged words, across inline markup and lines', () => {
    const root = editable('<p>I know <strong>exactly</strong> how you feel.</p><p>Calm down, it is simple.</p>');
    const snapshot = readEditableText(root);
    const ranges = underlineRanges(snapshot, [
      span(snapshot.text, 'I know exactly how you feel', 'warning'),
      span(snapshot.text, 'Calm down', 'error'),
      span(snapshot.text, 'simple', 'suggestion'),
      span(snapshot.text, 'feel.\nCalm', 'warning'),
    ]);
    const texts = (severity: Severity) => ranges[severity].map((range) => range.toString());
    expect(texts('error')).toEqual(['Calm down']);
    expect(texts('warning')).toEqual(['I know exactly how you feel', 'feel.Calm']);
    expect(texts('suggestion')).toEqual(['simple']);
  });

  it('gives insertion points (start === end) no underline', () => {
    const root = editable('<p>Reset your router.</p>');
    const snapshot = readEditableText(root);
    const ranges = underlineRanges(snapshot, [finding('suggestion', 0, 0), finding('warning', 18, 18)]);
    expect(ranges).toEqual({ error: [], warning: [], suggestion: [] });
  });

  it('skips a finding whose text has left the editor since the reading', () => {
    const root = editable('<p>Calm down.</p><p>Reset your router.</p>');
    const snapshot = readEditableText(root);
    root.firstElementChild!.remove();
    const ranges = underlineRanges(snapshot, [
      span(snapshot.text, 'Calm down', 'error'),
      span(snapshot.text, 'router', 'suggestion'),
    ]);
    expect(ranges.error).toEqual([]);
    expect(ranges.suggestion.map(String)).toEqual(['router']);
  });
});

describe('createFindingUnderlines', () => {
  it("registers one highlight per severity that has findings, built with the editor window's Highlight", () => {
    const root = editable('<p>Calm down. I know exactly how you feel. Simply reset it.</p>');
    const snapshot = readEditableText(root);
    createFindingUnderlines(root).show(snapshot, [
      span(snapshot.text, 'Calm down', 'error'),
      span(snapshot.text, 'I know exactly how you feel', 'warning'),
      span(snapshot.text, 'Simply', 'warning'),
      finding('suggestion', 0, 0),
    ]);
    expect(registry.get(HIGHLIGHT_NAMES.error)).toBeInstanceOf(FakeHighlight);
    expect(underlined(HIGHLIGHT_NAMES.error)).toEqual(['Calm down']);
    expect(underlined(HIGHLIGHT_NAMES.warning)).toEqual(['I know exactly how you feel', 'Simply']);
    expect(registry.has(HIGHLIGHT_NAMES.suggestion)).toBe(false);
  });

  it('replaces the underlines on each analysis: a fixed finding loses its underline', () => {
    const root = editable('<p>Calm down. I know exactly how you feel.</p>');
    const underlines = createFindingUnderlines(root);
    let snapshot = readEditableText(root);
    underlines.show(snapshot, [
      span(snapshot.text, 'Calm down', 'error'),
      span(snapshot.text, 'I know exactly how you feel', 'warning'),
    ]);
    root.innerHTML = '<p>Calm down. I can see how frustrating this is.</p>';
    snapshot = readEditableText(root);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    expect(underlined(HIGHLIGHT_NAMES.error)).toEqual(['Calm down']);
    expect(registry.has(HIGHLIGHT_NAMES.warning)).toBe(false);
  });

  it("never touches the page's own highlights", () => {
    const root = editable('<p>Calm down.</p>');
    const pageRange = document.createRange();
    pageRange.selectNodeContents(root);
    const pageHighlight = new FakeHighlight(pageRange);
    registry.set('search-match', pageHighlight);
    const underlines = createFindingUnderlines(root);
    const snapshot = readEditableText(root);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    underlines.show(snapshot, []);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    underlines.clear();
    underlines.remove();
    expect([...registry.keys()]).toEqual(['search-match']);
    expect(registry.get('search-match')).toBe(pageHighlight);
    expect(underlined('search-match')).toEqual(['Calm down.']);
  });

  it("adopts one style sheet however often it draws, and keeps the page's sheets on removal", () => {
    const pageSheet = new RuleKeepingStyleSheet();
    pageSheet.replaceSync('body { color: black; }');
    document.adoptedStyleSheets = [pageSheet];
    const root = editable('<p>Calm down.</p>');
    const underlines = createFindingUnderlines(root);
    const snapshot = readEditableText(root);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    underlines.show(snapshot, [span(snapshot.text, 'Calm', 'error')]);
    // Another editor on the same page, followed later, finds the sheet already there.
    createFindingUnderlines(root).show(snapshot, []);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(ourSheets()).toHaveLength(1);
    expect(Array.from(ourSheets()[0]!.cssRules, (rule) => rule.cssText).join('\n')).toBe(HIGHLIGHT_CSS);
    expect(document.querySelector(`style[${HIGHLIGHT_STYLE_ATTRIBUTE}]`)).toBeNull();

    underlines.remove();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(registry.size).toBe(0);
  });

  it('adopts the sheet again at the next analysis when the page replaces its adopted sheets', () => {
    const root = editable('<p>Calm down.</p>');
    const underlines = createFindingUnderlines(root);
    const snapshot = readEditableText(root);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    const pageSheet = new RuleKeepingStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(ourSheets()).toHaveLength(1);
  });

  it('paints with wavy underlines in three colours and nothing else', () => {
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    const rules = HIGHLIGHT_CSS.split('\n');
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(rule).toMatch(/text-decoration: underline wavy #[0-9a-f]{6}/);
      expect(rule).toContain('text-decoration-skip-ink: none');
    }
    expect(new Set(rules.map((rule) => rule.match(/#[0-9a-f]{6}/)![0])).size).toBe(3);
  });

  it('falls back to one marked <style> element where a sheet cannot be adopted', () => {
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new DOMException('Sheets from another document cannot be adopted', 'NotAllowedError');
      },
    });
    try {
      const root = editable('<p>Calm down.</p>');
      const snapshot = readEditableText(root);
      createFindingUnderlines(root).show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
      const underlines = createFindingUnderlines(root);
      underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
      const styles = document.querySelectorAll(`style[${HIGHLIGHT_STYLE_ATTRIBUTE}]`);
      expect(styles).toHaveLength(1);
      expect(styles[0]!.parentNode).toBe(document.head);
      expect(styles[0]!.textContent).toBe(HIGHLIGHT_CSS);
      underlines.remove();
      expect(document.querySelector(`style[${HIGHLIGHT_STYLE_ATTRIBUTE}]`)).toBeNull();
    } finally {
      delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('puts the rules into the shadow root around an editor, where document styles cannot reach', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const root = editable('<p>Calm down.</p>', shadow);
    const snapshot = readEditableText(root);
    const underlines = createFindingUnderlines(root);
    underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    expect(ourSheets(shadow)).toHaveLength(1);
    expect(ourSheets()).toHaveLength(0);
    expect(underlined(HIGHLIGHT_NAMES.error)).toEqual(['Calm down']);
    underlines.remove();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });

  it('clears what an earlier copy of the content script left behind', () => {
    const root = editable('<p>Calm down.</p>');
    const snapshot = readEditableText(root);
    createFindingUnderlines(root).show(snapshot, [span(snapshot.text, 'Calm down', 'error')]);
    registry.set('search-match', new FakeHighlight());
    expect(ourSheets()).toHaveLength(1);
    removeFindingUnderlines(document);
    expect([...registry.keys()]).toEqual(['search-match']);
    expect(ourSheets()).toHaveLength(0);
  });

  it('answers which finding each painted Range belongs to, the very Ranges registered, until cleared', () => {
    const root = editable('<p>Calm down. Simply reset it.</p>');
    const snapshot = readEditableText(root);
    const calm = span(snapshot.text, 'Calm down', 'error');
    const simply = span(snapshot.text, 'Simply', 'warning');
    const underlines = createFindingUnderlines(root);
    underlines.show(snapshot, [calm, finding('suggestion', 0, 0), simply]);
    const drawn = underlines.underlined?.() ?? [];
    expect(drawn.map(({ finding: underlinedFinding, range }) => [underlinedFinding, range.toString()])).toEqual([
      [calm, 'Calm down'],
      [simply, 'Simply'],
    ]);
    expect([...registry.get(HIGHLIGHT_NAMES.error)!]).toEqual([drawn[0]!.range]);
    underlines.clear();
    expect(underlines.underlined?.()).toEqual([]);
  });

  it('does nothing, and throws nothing, where the browser has no Highlight API', () => {
    vi.stubGlobal('CSS', {});
    const root = editable('<p>Calm down.</p>');
    const snapshot = readEditableText(root);
    const underlines = createFindingUnderlines(root);
    expect(() => underlines.show(snapshot, [span(snapshot.text, 'Calm down', 'error')])).not.toThrow();
    underlines.remove();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(registry.size).toBe(0);
  });
});
