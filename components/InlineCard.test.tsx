// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InlineCard, type InlineCardProps } from './InlineCard';
import { finding } from './test-support';

const sympathy = finding({
  suggestions: ['I can understand how frustrating this must be', "I'd feel the same way in your position"],
});

function renderCard(overrides: Partial<InlineCardProps> = {}) {
  const props: InlineCardProps = {
    finding: sympathy,
    words: 'I know exactly how you feel',
    focusFirst: false,
    onApply: vi.fn(),
    onClose: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
    ...overrides,
  };
  render(<InlineCard {...props} />);
  return props;
}

afterEach(cleanup);

describe('InlineCard', () => {
  it("is a dialog named by the finding's message, coloured by its severity", () => {
    renderCard();
    const dialog = screen.getByRole('dialog', { name: sympathy.message });
    expect(dialog.classList).toContain('tf-severity-warning');
    expect(dialog.dataset.ruleId).toBe('sympathy');
  });

  it('offers one button per suggestion, each saying what it replaces, and applies the one clicked', () => {
    const props = renderCard();
    const buttons = screen.getAllByRole('button', { name: /^Replace/ });
    expect(buttons.map((button) => button.textContent)).toEqual(sympathy.suggestions);
    expect(buttons[1]!.getAttribute('aria-label')).toBe(
      `Replace “I know exactly how you feel” with “${sympathy.suggestions[1]}”`,
    );
    fireEvent.click(buttons[1]!);
    expect(props.onApply).toHaveBeenCalledWith(1);
  });

  it('shows a suggestion that deletes the words as Remove', () => {
    const props = renderCard({ finding: { ...sympathy, suggestions: [''] }, words: 'simply' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove “simply”' }));
    expect(screen.getByText('Remove it')).toBeTruthy();
    expect(props.onApply).toHaveBeenCalledWith(0);
  });

  it('shows Why on demand', () => {
    renderCard();
    const why = screen.getByRole('button', { name: 'Why' });
    expect(screen.queryByText(sympathy.note)).toBeNull();
    fireEvent.click(why);
    expect(screen.getByText(sympathy.note)).toBeTruthy();
    expect(why.getAttribute('aria-expanded')).toBe('true');
  });

  it("keeps the editor's focus: a press anywhere on the card is not allowed to move it", () => {
    renderCard();
    for (const target of [screen.getByRole('dialog'), ...screen.getAllByRole('button')]) {
      const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
      target.dispatchEvent(press);
      expect(press.defaultPrevented).toBe(true);
    }
    expect(document.activeElement).toBe(document.body);
  });

  it('takes the focus only when opened from the keyboard', async () => {
    renderCard({ focusFirst: true });
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(sympathy.suggestions[0]));
    cleanup();
    renderCard({ focusFirst: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(document.body);
  });

  it('offers Ignore and Turn off this rule when the session can do them, and only then', () => {
    const props = renderCard({ onIgnore: vi.fn(), onTurnOffRule: vi.fn() });
    fireEvent.click(screen.getByRole('button', { name: 'Ignore' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off this rule' }));
    expect(props.onIgnore).toHaveBeenCalledTimes(1);
    expect(props.onTurnOffRule).toHaveBeenCalledTimes(1);
    cleanup();
    renderCard();
    expect(screen.queryByRole('button', { name: 'Ignore' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn off this rule' })).toBeNull();
  });

  it('closes on Escape and on Close', () => {
    const props = renderCard();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'a' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('reports the pointer entering and leaving it, so a hover card stays while the pointer is on it', () => {
    const props = renderCard();
    fireEvent.pointerEnter(screen.getByRole('dialog'));
    fireEvent.pointerLeave(screen.getByRole('dialog'));
    expect(props.onPointerEnter).toHaveBeenCalledTimes(1);
    expect(props.onPointerLeave).toHaveBeenCalledTimes(1);
  });
});
