// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Finding } from '@/coaching';
import { analyze } from '@/coaching';
import { MAX_SIDEBAR_WIDTH, MIN_SIDEBAR_WIDTH } from '@/lib/coach/placement';
import { RESIZE_BIG_STEP, RESIZE_STEP, type ResizeHandleProps } from './ResizeHandle';
import { Sidebar, type SidebarProps } from './Sidebar';

// Read from disk: Vitest hands CSS imports (even ?raw) to tests as empty strings.
const sidebarCss = readFileSync(path.join(import.meta.dirname, 'sidebar.css'), 'utf8');

const score = (value: number) => ({ value, explanation: `Scored ${value}.` });

function analysisWith(overrides: Partial<Analysis> = {}): Analysis {
  return {
    findings: [],
    emotions: [],
    statements: [],
    scores: {
      warmth: score(70),
      empathy: score(60),
      clarity: score(80),
      professionalism: score(90),
      overall: score(75),
      politeness: 0.7,
    },
    language: { supported: true },
    ...overrides,
  };
}

const sympathy: Finding = {
  ruleId: 'sympathy',
  category: 'sympathy',
  severity: 'warning',
  start: 0,
  end: 26,
  message: 'Claims to know exactly how the customer feels.',
  note: 'Nobody can know that; acknowledge the feeling instead.',
  suggestions: ['I can see how frustrating this is.'],
};

function renderSidebar(props: Partial<SidebarProps> = {}) {
  const handlers = {
    onToggleCollapsed: vi.fn(),
    onInsertStatement: vi.fn(),
    onApplyFix: vi.fn(),
    onDismissNotice: vi.fn(),
  };
  render(
    <Sidebar analysis={null} customer={null} notice={null} collapsed={false} busy={false} {...handlers} {...props} />,
  );
  return handlers;
}

afterEach(cleanup);

describe('Sidebar', () => {
  it('says when there is nothing to coach', () => {
    renderSidebar({ analysis: analysisWith(), customer: { text: 'Thanks!', authorName: 'Dana Whitfield' } });
    expect(screen.getByText('Looks good')).toBeTruthy();
    expect(screen.getByText('Nothing to coach right now.')).toBeTruthy();
    expect(screen.getByText('Dana Whitfield sounds calm.')).toBeTruthy();
  });

  it('shows the customer emotion with the words that gave it away', () => {
    renderSidebar({
      customer: { text: 'I am fed up.', authorName: 'Dana' },
      analysis: analysisWith({
        emotions: [{ id: 'frustrated', confidence: 0.82, evidence: [{ start: 5, end: 11, text: 'fed up' }] }],
      }),
    });
    const emotion = document.querySelector('[data-emotion="frustrated"]');
    expect(emotion?.textContent).toContain('Frustrated');
    expect(emotion?.textContent).toContain('82%');
    expect(emotion?.querySelector('q')?.textContent).toBe('fed up');
  });

  it('lists a finding with its fix and explains why on request', () => {
    const { onApplyFix } = renderSidebar({ analysis: analysisWith({ findings: [sympathy] }) });
    expect(screen.getByText('1 to review')).toBeTruthy();
    expect(screen.getByText(sympathy.message)).toBeTruthy();
    expect(screen.queryByText(sympathy.note)).toBeNull();
    fireEvent.click(screen.getByText('Why'));
    expect(screen.getByText(sympathy.note)).toBeTruthy();
    fireEvent.click(screen.getByText('Fix'));
    expect(onApplyFix).toHaveBeenCalledWith(sympathy);
  });

  it('inserts an empathy statement', () => {
    const { onInsertStatement } = renderSidebar({
      analysis: analysisWith({
        statements: [
          { id: 'frustrated-1', text: 'I can see why this is frustrating.', emotions: ['frustrated'], score: 1 },
        ],
      }),
    });
    fireEvent.click(screen.getByLabelText('Insert: I can see why this is frustrating.'));
    expect(onInsertStatement).toHaveBeenCalledWith('I can see why this is frustrating.');
  });

  it('keeps the editor focused when a button is pressed', () => {
    renderSidebar({ analysis: analysisWith({ findings: [sympathy] }) });
    const pressed = fireEvent.mouseDown(screen.getByText('Fix'));
    expect(pressed).toBe(false);
  });

  it('shows an error notice as an alert', () => {
    renderSidebar({ notice: { kind: 'error', text: 'The fix could not be added.' } });
    expect(screen.getByRole('alert').textContent).toContain('The fix could not be added.');
  });

  it('steps back on an internal note: says why and shows nothing to act on', () => {
    renderSidebar({
      paused: 'internal-note',
      customer: { text: 'I am fed up.', authorName: 'Dana' },
      analysis: analysisWith({
        findings: [sympathy],
        emotions: [{ id: 'frustrated', confidence: 0.82, evidence: [{ start: 5, end: 11, text: 'fed up' }] }],
        statements: [
          { id: 'frustrated-1', text: 'I can see why this is frustrating.', emotions: ['frustrated'], score: 1 },
        ],
      }),
    });
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Internal notes are not coached: only agents see them. Switch back to a public reply and coaching picks up again.',
    );
    expect(document.querySelector('[data-paused="internal-note"]')).toBeTruthy();
    expect(document.querySelectorAll('[data-rule-id], [data-emotion], .tf-statement, .tf-score')).toHaveLength(0);
    expect(screen.queryByText('Fix')).toBeNull();
  });

  it('coaches again once the pause is lifted', () => {
    renderSidebar({ paused: null, analysis: analysisWith({ findings: [sympathy] }) });
    expect(screen.getByText('1 to review')).toBeTruthy();
    expect(document.querySelector('[data-paused]')).toBeNull();
    expect(screen.getByText(sympathy.message)).toBeTruthy();
  });

  it('says when the reply language is not coached', () => {
    renderSidebar({
      analysis: analysisWith({ language: { supported: false, note: 'Only English replies are coached.' } }),
    });
    expect(screen.getByText('Only English replies are coached.')).toBeTruthy();
  });

  it('before the first reading of an editor: no findings, scores or statements, and says so', () => {
    renderSidebar({ analysis: null, customer: null });
    expect(screen.getByText('No customer message found in this conversation.')).toBeTruthy();
    expect(screen.getByText('Looks good')).toBeTruthy();
    expect(document.querySelectorAll('[data-rule-id], .tf-statement, .tf-score')).toHaveLength(0);
  });

  it('lists many findings, every one with its Fix, in a body that scrolls', () => {
    const findings: Finding[] = Array.from({ length: 40 }, (_, index) => ({
      ...sympathy,
      ruleId: `rule-${index}`,
      severity: (['error', 'warning', 'suggestion'] as const)[index % 3]!,
      start: index * 10,
      end: index * 10 + 5,
      message: `Finding number ${index}.`,
    }));
    renderSidebar({ analysis: analysisWith({ findings }) });
    expect(screen.getByText('40 to review')).toBeTruthy();
    expect(document.querySelectorAll('[data-rule-id]')).toHaveLength(40);
    expect(screen.getAllByText('Fix')).toHaveLength(40);
    // Errors come first, whatever order the engine reported them in.
    expect(document.querySelector('[data-rule-id]')?.classList.contains('tf-severity-error')).toBe(true);
    // happy-dom has no layout: the body's overflow rule is what keeps 40 cards inside the sidebar.
    expect(declarations('.tf-body')).toMatchObject({ 'overflow-y': 'auto' });
    expect(declarations('.tf-sidebar')).toMatchObject({ height: '100%', overflow: 'clip', display: 'flex' });
  });

  it('wraps a very long finding instead of overflowing the sidebar', () => {
    const long: Finding = {
      ...sympathy,
      message: `${'Unbreakable'.repeat(200)} ${'word '.repeat(300)}`,
      note: 'x'.repeat(3000),
    };
    renderSidebar({ analysis: analysisWith({ findings: [long] }) });
    const card = document.querySelector('[data-rule-id="sympathy"]');
    expect(card?.textContent).toContain('Unbreakable'.repeat(200));
    expect(card?.classList.contains('tf-finding')).toBe(true);
    expect(declarations('.tf-finding')).toMatchObject({ 'overflow-wrap': 'anywhere' });
    expect(declarations('.tf-evidence')).toMatchObject({ 'overflow-wrap': 'anywhere' });
  });

  it('lets right-to-left page text take its own direction: the customer name and quoted words', () => {
    renderSidebar({
      customer: { text: 'אני מאוד מתוסכלת', authorName: 'שרה כהן' },
      analysis: analysisWith({
        emotions: [{ id: 'frustrated', confidence: 0.7, evidence: [{ start: 9, end: 16, text: 'מתוסכלת' }] }],
      }),
    });
    const quote = screen.getByText('מתוסכלת');
    expect(quote.closest('[dir]')?.getAttribute('dir')).toBe('auto');
    cleanup();
    renderSidebar({ customer: { text: 'شكرا جزيلا', authorName: 'ليلى' }, analysis: analysisWith() });
    const calm = screen.getByText('ليلى sounds calm.');
    expect(calm.getAttribute('dir')).toBe('auto');
  });

  it('coaches a right-to-left draft by saying it is not checked, with nothing to fix', () => {
    const analysis = analyze('مرحبا، شكرا لتواصلك معنا. سنقوم بحل المشكلة اليوم.', {
      customerMessage: 'لماذا لم يتم حل المشكلة؟',
    });
    renderSidebar({ analysis, customer: { text: 'لماذا لم يتم حل المشكلة؟', authorName: 'ليلى' } });
    expect(analysis.language.supported).toBe(false);
    expect(document.querySelector('.tf-notice-info')?.textContent).toBeTruthy();
    expect(document.querySelectorAll('[data-rule-id]')).toHaveLength(0);
  });

  it('paused by the agent: says so in the header and explains where to resume', () => {
    renderSidebar({ paused: 'paused-by-agent', analysis: analysisWith({ findings: [sympathy] }) });
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByText('Coaching paused')).toBeTruthy();
    expect(document.querySelector('[data-paused="paused-by-agent"]')).toBeTruthy();
    expect(screen.queryByText('Fix')).toBeNull();
  });

  describe('collapsed to a tab', () => {
    it('shows only a small tab, named with the status, that expands on click', () => {
      const { onToggleCollapsed } = renderSidebar({
        analysis: analysisWith({ findings: [sympathy] }),
        collapsed: true,
      });
      expect(screen.queryByText(sympathy.message)).toBeNull();
      expect(document.querySelector('.tf-header')).toBeNull();
      const tab = screen.getByRole('button', { name: 'Expand coaching: 1 to review' });
      expect(tab.getAttribute('aria-expanded')).toBe('false');
      expect(tab.querySelector('.tf-tab-count')?.textContent).toBe('1');
      expect(fireEvent.mouseDown(tab)).toBe(false);
      fireEvent.click(tab);
      expect(onToggleCollapsed).toHaveBeenCalledTimes(1);
    });

    it('is a native button, so Enter and Space open it too', () => {
      renderSidebar({ analysis: analysisWith(), collapsed: true });
      const tab = screen.getByRole('button', { name: 'Expand coaching: Looks good' });
      expect(tab.tagName).toBe('BUTTON');
      expect(tab.getAttribute('type')).toBe('button');
      expect(tab.querySelector('.tf-tab-count')).toBeNull();
    });

    it('collapses from the header button', () => {
      const { onToggleCollapsed } = renderSidebar({ analysis: analysisWith() });
      fireEvent.click(screen.getByRole('button', { name: 'Collapse coaching to a tab' }));
      expect(onToggleCollapsed).toHaveBeenCalledTimes(1);
    });

    it('hands focus to the tab when collapsed from the keyboard, and back to the header button', () => {
      let collapsed = false;
      const sidebar = () => (
        <Sidebar
          analysis={analysisWith()}
          customer={null}
          notice={null}
          busy={false}
          collapsed={collapsed}
          onToggleCollapsed={() => (collapsed = !collapsed)}
          onInsertStatement={vi.fn()}
          onApplyFix={vi.fn()}
          onDismissNotice={vi.fn()}
        />
      );
      const view = render(sidebar());
      const rerender = () => view.rerender(sidebar());
      const collapse = screen.getByRole('button', { name: 'Collapse coaching to a tab' });
      collapse.focus();
      fireEvent.click(collapse);
      rerender();
      expect(document.activeElement?.classList.contains('tf-tab')).toBe(true);
      fireEvent.click(document.activeElement!);
      rerender();
      expect(document.activeElement?.classList.contains('tf-collapse')).toBe(true);
    });
  });

  describe('resize handle', () => {
    function renderWithHandle(overrides: Partial<ResizeHandleProps> = {}) {
      const resize = {
        width: 320,
        min: MIN_SIDEBAR_WIDTH,
        max: MAX_SIDEBAR_WIDTH,
        dock: 'beside' as const,
        onResize: vi.fn(),
        onCommit: vi.fn(),
        ...overrides,
      };
      renderSidebar({ analysis: analysisWith(), resize });
      return { resize, handle: screen.getByRole('separator', { name: 'Sidebar width' }) };
    }

    it('is a focusable vertical separator that announces the width', () => {
      const { handle } = renderWithHandle();
      expect(handle.getAttribute('tabindex')).toBe('0');
      expect(handle.getAttribute('aria-orientation')).toBe('vertical');
      expect(handle.getAttribute('aria-valuenow')).toBe('320');
      expect(handle.getAttribute('aria-valuemin')).toBe(String(MIN_SIDEBAR_WIDTH));
      expect(handle.getAttribute('aria-valuemax')).toBe(String(MAX_SIDEBAR_WIDTH));
      expect(handle.getAttribute('aria-valuetext')).toBe('320 pixels wide');
    });

    it('beside the editor, sits on the right edge: ArrowRight widens, ArrowLeft narrows, Shift takes bigger steps', () => {
      const { handle, resize } = renderWithHandle({ width: 400 });
      expect(handle.classList.contains('tf-resize-right')).toBe(true);
      fireEvent.keyDown(handle, { key: 'ArrowRight' });
      expect(resize.onCommit).toHaveBeenLastCalledWith(400 + RESIZE_STEP);
      // Presses faster than renders: each starts from the width the one before asked for.
      fireEvent.keyDown(handle, { key: 'ArrowLeft', shiftKey: true });
      expect(resize.onCommit).toHaveBeenLastCalledWith(400 + RESIZE_STEP - RESIZE_BIG_STEP);
    });

    it('against the viewport edge, sits on the left edge: ArrowLeft widens', () => {
      const { handle, resize } = renderWithHandle({ dock: 'edge' });
      expect(handle.classList.contains('tf-resize-left')).toBe(true);
      fireEvent.keyDown(handle, { key: 'ArrowLeft' });
      expect(resize.onResize).toHaveBeenLastCalledWith(320 + RESIZE_STEP);
    });

    it('stays within its minimum and maximum; Home and End go straight there', () => {
      const { handle, resize } = renderWithHandle({ width: MAX_SIDEBAR_WIDTH - 4 });
      fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
      expect(resize.onCommit).toHaveBeenLastCalledWith(MAX_SIDEBAR_WIDTH);
      fireEvent.keyDown(handle, { key: 'Home' });
      expect(resize.onCommit).toHaveBeenLastCalledWith(MIN_SIDEBAR_WIDTH);
      fireEvent.keyDown(handle, { key: 'End' });
      expect(resize.onCommit).toHaveBeenLastCalledWith(MAX_SIDEBAR_WIDTH);
    });

    it('leaves other keys to the page and keeps the editor focused on a mouse press', () => {
      const { handle, resize } = renderWithHandle();
      expect(fireEvent.keyDown(handle, { key: 'a' })).toBe(true);
      expect(resize.onResize).not.toHaveBeenCalled();
      expect(fireEvent.mouseDown(handle)).toBe(false);
    });

    it('follows a drag and saves the width once the drag ends', () => {
      const { handle, resize } = renderWithHandle();
      fireEvent.pointerDown(handle, { pointerId: 1, button: 0, clientX: 700 });
      fireEvent.pointerMove(handle, { pointerId: 1, clientX: 760 });
      expect(resize.onResize).toHaveBeenLastCalledWith(380);
      expect(resize.onCommit).not.toHaveBeenCalled();
      fireEvent.pointerMove(handle, { pointerId: 1, clientX: 2000 });
      expect(resize.onResize).toHaveBeenLastCalledWith(MAX_SIDEBAR_WIDTH);
      fireEvent.pointerUp(handle, { pointerId: 1, clientX: 2000 });
      expect(resize.onCommit).toHaveBeenCalledWith(MAX_SIDEBAR_WIDTH);
    });
  });
});

/** The declarations of the first rule in sidebar.css whose selector list is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const rules = [...stripComments(sidebarCss).matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  const rule = rules.find(([, selectors]) =>
    selectors!
      .split(',')
      .map((part) => part.trim())
      .includes(selector),
  );
  if (!rule) throw new Error(`No rule for ${selector} in sidebar.css`);
  return Object.fromEntries(
    rule[2]!
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter((pair): pair is [string, string] => pair.length >= 2 && pair[0] !== '')
      .map(([name, ...value]) => [name, value.join(':')]),
  );
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The custom properties set on :host, in the light block or inside the dark-scheme media query. */
function themeVariables(scheme: 'light' | 'dark'): Record<string, string> {
  const css = stripComments(sidebarCss);
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:host\s*\{([^}]*)\}/.exec(css)?.[1];
  const light = /(?:^|\})\s*:host\s*\{([^}]*)\}/.exec(css)?.[1];
  const body = scheme === 'dark' ? dark : light;
  if (!body) throw new Error(`No ${scheme} theme block in sidebar.css`);
  return Object.fromEntries(
    [...body.matchAll(/(--tf-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]),
  );
}

function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('sidebar theme (sidebar.css)', () => {
  const COLOURS = [
    '--tf-bg',
    '--tf-fg',
    '--tf-muted',
    '--tf-border',
    '--tf-accent',
    '--tf-accent-fg',
    '--tf-error',
    '--tf-warning',
    '--tf-suggestion',
    '--tf-chip',
  ];

  it('defines every theme colour for the light scheme and switches each one for the dark scheme', () => {
    const light = themeVariables('light');
    const dark = themeVariables('dark');
    for (const name of COLOURS) {
      expect(light[name], `${name} (light)`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(dark[name], `${name} (dark)`).toMatch(/^#[0-9a-f]{6}$/i);
      expect(dark[name], `${name} differs in the dark scheme`).not.toBe(light[name]);
    }
  });

  it('keeps text readable (WCAG AA, 4.5:1) on the background and on chips, in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const theme = themeVariables(scheme);
      for (const text of ['--tf-fg', '--tf-muted', '--tf-error', '--tf-warning', '--tf-suggestion', '--tf-accent']) {
        for (const surface of ['--tf-bg', '--tf-chip']) {
          expect(contrast(theme[text]!, theme[surface]!), `${text} on ${surface} (${scheme})`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      }
      expect(
        contrast(theme['--tf-accent-fg']!, theme['--tf-accent']!),
        `button text (${scheme})`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('takes every colour from the theme: a literal colour appears only as a var() fallback', () => {
    const rules = stripComments(sidebarCss)
      // The theme blocks themselves.
      .replace(/--tf-[\w-]+\s*:[^;]+;/g, '')
      // var(--tf-x, #fallback) is fine: it only shows if the theme block is missing.
      .replace(/var\(--tf-[\w-]+(?:,[^()]*(?:\([^()]*\))?[^()]*)?\)/g, 'var()');
    expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/gi) ?? []).toEqual([]);
  });

  it('turns off every transition and animation when the agent asks for reduced motion', () => {
    const css = stripComments(sidebarCss);
    const reduced = /@media\s*\(prefers-reduced-motion:\s*reduce\)\s*\{([\s\S]*?)\}\s*\}/.exec(css)?.[1] ?? '';
    expect(reduced).toMatch(/\*\s*,\s*\*::before\s*,\s*\*::after\s*\{/);
    expect(reduced).toMatch(/transition:\s*none\s*!important/);
    expect(reduced).toMatch(/animation:\s*none\s*!important/);
  });
});
