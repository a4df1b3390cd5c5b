// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/coaching';
import { FindingList, ruleName, type FindingListProps } from './FindingList';
import { finding } from './test-support';

const TEXT = 'I know exactly how you feel. Obviously, reset your router.';

const sympathy = finding();
const condescension: Finding = {
  ruleId: 'condescension',
  category: 'condescension',
  severity: 'error',
  start: 29,
  end: 38,
  message: 'Talks down to the customer.',
  note: 'It tells them they should have known.',
  suggestions: [''],
};
const greeting: Finding = {
  ruleId: 'missing-greeting',
  category: 'missing-greeting',
  severity: 'suggestion',
  start: 0,
  end: 0,
  message: 'Open with a greeting.',
  note: 'A greeting sets the tone.',
  suggestions: ['Hi Dana,\n\n'],
};

function renderList(props: Partial<FindingListProps> = {}) {
  const handlers = {
    onApplyFix: vi.fn(),
    onIgnore: vi.fn(),
    onTurnOffRule: vi.fn(),
    onSelect: vi.fn(),
    onUndoTurnOff: vi.fn(),
    onDismissTurnedOff: vi.fn(),
  };
  render(
    <FindingList findings={[sympathy, condescension, greeting]} text={TEXT} busy={false} {...handlers} {...props} />,
  );
  return handlers;
}

const item = (ruleId: string) => document.querySelector<HTMLElement>(`[data-rule-id="${ruleId}"]`)!;

afterEach(cleanup);

describe('FindingList', () => {
  it('groups findings by severity, most serious first, quoting the flagged words', () => {
    renderList();
    expect([...document.querySelectorAll('.tf-subheading')].map((heading) => heading.textContent)).toEqual([
      'Fix before sending',
      'Worth a look',
      'Polish',
    ]);
    expect(
      [...document.querySelectorAll('[data-rule-id]')].map((element) => element.getAttribute('data-rule-id')),
    ).toEqual(['condescension', 'sympathy', 'missing-greeting']);
    expect(item('sympathy').querySelector('q.tf-flagged')?.textContent).toBe('I know exactly how you feel');
    // An insertion point flags no words, so there is nothing to quote.
    expect(item('missing-greeting').querySelector('q.tf-flagged')).toBeNull();
  });

  it('describes what each fix does', () => {
    renderList();
    expect(item('sympathy').querySelector('.tf-suggestion')?.textContent).toBe(
      'Try: I can see how frustrating this is',
    );
    expect(item('condescension').querySelector('.tf-suggestion')?.textContent).toBe('Remove it. ');
    expect(item('missing-greeting').querySelector('.tf-suggestion')?.textContent).toBe('Add: Hi Dana,');
  });

  it("lets the browser set the direction of the reply's words, so right-to-left text reads correctly", () => {
    renderList();
    expect(item('sympathy').querySelector('q.tf-flagged')?.getAttribute('dir')).toBe('auto');
    expect(item('sympathy').querySelector('.tf-suggestion q')?.getAttribute('dir')).toBe('auto');
  });

  it('offers Fix, Ignore, Turn off this rule and Why on every finding, each calling back with that finding', () => {
    const handlers = renderList();
    const actions = within(item('sympathy'));
    fireEvent.click(actions.getByRole('button', { name: 'Fix' }));
    fireEvent.click(actions.getByRole('button', { name: 'Ignore' }));
    fireEvent.click(actions.getByRole('button', { name: 'Turn off this rule' }));
    expect(handlers.onApplyFix).toHaveBeenCalledWith(sympathy);
    expect(handlers.onIgnore).toHaveBeenCalledWith(sympathy);
    expect(handlers.onTurnOffRule).toHaveBeenCalledWith(sympathy);
    const why = actions.getByRole('button', { name: 'Why' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(sympathy.note)).toBeNull();
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(why.getAttribute('aria-controls')!)?.textContent).toBe(sympathy.note);
  });

  it("ties each action to its finding's message for screen readers", () => {
    renderList();
    const ignore = within(item('condescension')).getByRole('button', { name: 'Ignore' });
    expect(document.getElementById(ignore.getAttribute('aria-describedby')!)?.textContent).toBe(condescension.message);
  });

  it("makes the finding's text a button that selects its words", () => {
    const { onSelect } = renderList();
    const text = within(item('sympathy')).getByRole('button', { name: /Claims to know exactly/ });
    expect(text.getAttribute('title')).toBe('Select these words in your reply');
    fireEvent.click(text);
    expect(onSelect).toHaveBeenCalledWith(sympathy);
  });

  it('keeps the editor focused when any of its buttons is pressed', () => {
    renderList({ turnedOffRule: 'jargon' });
    const buttons = [...document.querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(10);
    for (const button of buttons) expect(fireEvent.mouseDown(button)).toBe(false);
  });

  it('disables the buttons that change the reply or settings while busy, but not Ignore or Why', () => {
    renderList({ busy: true });
    const actions = within(item('sympathy'));
    expect((actions.getByRole('button', { name: 'Fix' }) as HTMLButtonElement).disabled).toBe(true);
    expect((actions.getByRole('button', { name: 'Turn off this rule' }) as HTMLButtonElement).disabled).toBe(true);
    expect((actions.getByRole('button', { name: 'Ignore' }) as HTMLButtonElement).disabled).toBe(false);
    expect((actions.getByRole('button', { name: 'Why' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('disables Turn off this rule for a rule the administrator locks, and says so', () => {
    const { onTurnOffRule } = renderList({ lockedRules: ['sympathy'] });
    const turnOff = within(item('sympathy')).getByRole('button', { name: 'Turn off this rule' }) as HTMLButtonElement;
    expect(turnOff.disabled).toBe(true);
    const described = turnOff.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain('Set by your administrator');
    fireEvent.click(turnOff);
    expect(onTurnOffRule).not.toHaveBeenCalled();
    // Other rules' findings keep theirs.
    const other = within(item('condescension')).getByRole('button', {
      name: 'Turn off this rule',
    }) as HTMLButtonElement;
    expect(other.disabled).toBe(false);
  });

  it('shows only the actions it was given a handler for', () => {
    render(<FindingList findings={[sympathy]} busy={false} onApplyFix={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Ignore' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Turn off this rule' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Claims to know/ })).toBeNull();
    expect(screen.getByText(sympathy.message)).toBeTruthy();
  });

  it('confirms a rule turned off in a status message, with an Undo', () => {
    const { onUndoTurnOff, onDismissTurnedOff } = renderList({ turnedOffRule: 'missing-next-step', findings: [] });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('“Missing next step” is turned off everywhere.');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(onUndoTurnOff).toHaveBeenCalledWith('missing-next-step');
    fireEvent.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(onDismissTurnedOff).toHaveBeenCalled();
    // Nothing left to coach is still said beside the confirmation.
    expect(screen.getByText('Nothing to coach right now.')).toBeTruthy();
  });

  it('keeps an empty status region on the page, so the confirmation is announced when it appears', () => {
    renderList();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('wraps a very long finding rather than widening the sidebar', () => {
    const words = 'word '.repeat(400).trim();
    render(
      <FindingList
        findings={[{ ...sympathy, end: words.length }]}
        text={words}
        busy={false}
        onApplyFix={vi.fn()}
        onSelect={vi.fn()}
      />,
    );
    expect(document.querySelector('q.tf-flagged')?.textContent).toBe(words);
  });
});

describe('ruleName', () => {
  it('writes a rule id for people', () => {
    expect(ruleName('missing-next-step')).toBe('Missing next step');
    expect(ruleName('jargon')).toBe('Jargon');
  });
});
