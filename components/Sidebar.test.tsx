// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Finding } from '@/coaching';
import { Sidebar, type SidebarProps } from './Sidebar';

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
  render(<Sidebar analysis={null} customer={null} notice={null} collapsed={false} busy={false} {...handlers} {...props} />);
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
        statements: [{ id: 'frustrated-1', text: 'I can see why this is frustrating.', emotions: ['frustrated'], score: 1 }],
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

  it('collapses to its header', () => {
    renderSidebar({ analysis: analysisWith({ findings: [sympathy] }), collapsed: true });
    expect(screen.queryByText(sympathy.message)).toBeNull();
    expect(screen.getByLabelText('Expand coaching')).toBeTruthy();
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
        statements: [{ id: 'frustrated-1', text: 'I can see why this is frustrating.', emotions: ['frustrated'], score: 1 }],
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
    renderSidebar({ analysis: analysisWith({ language: { supported: false, note: 'Only English replies are coached.' } }) });
    expect(screen.getByText('Only English replies are coached.')).toBeTruthy();
  });
});
