// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/coaching';
import { buildChecklist, type ChecklistItem } from '@/lib/coach/checklist';
import { SendChecklist } from './SendChecklist';

const UPSET = "Third time I'm writing: the internet still drops every evening and I'm fed up.";

function checklistFor(reply: string, customerMessage = UPSET): ChecklistItem[] {
  return buildChecklist(analyze(reply, { customerMessage }), reply);
}

function checkbox(name: string): HTMLElement {
  return screen.getByRole('checkbox', { name });
}

afterEach(cleanup);

describe('SendChecklist', () => {
  it('is a list of read-only checkboxes, each labelled by its item and described by its reason', () => {
    render(<SendChecklist items={checklistFor('Hi Dana,\n\nThe router looks fine from here.')} />);
    const list = screen.getByRole('list');
    expect(list.querySelectorAll('li')).toHaveLength(5);
    const greeting = checkbox('Greeting');
    expect(greeting.getAttribute('aria-checked')).toBe('true');
    expect(greeting.getAttribute('aria-readonly')).toBe('true');
    expect(document.getElementById(greeting.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Opens with “Hi Dana,”',
    );
    const closing = checkbox('Closing');
    expect(closing.getAttribute('aria-checked')).toBe('false');
    expect(document.getElementById(closing.getAttribute('aria-describedby')!)?.textContent).toBe(
      'End with a sign-off and your name.',
    );
    // Not focusable: it reports, the agent does not tick it.
    expect(greeting.hasAttribute('tabindex')).toBe(false);
  });

  it('ticks itself as the draft gains a next step and a closing', () => {
    const { rerender } = render(<SendChecklist items={checklistFor('Hi Dana,\n\nThe router looks fine from here.')} />);
    expect(checkbox('Next step').getAttribute('aria-checked')).toBe('false');
    // Greeting and plain language so far; the acknowledgement the upset customer needs is still missing.
    expect(screen.getByRole('heading').textContent).toBe('Before you send 2 of 5');
    rerender(
      <SendChecklist
        items={checklistFor(
          'Hi Dana,\n\nPlease reset the router and let me know if the drops continue.\n\nKind regards,\nSam',
        )}
      />,
    );
    expect(checkbox('Next step').getAttribute('aria-checked')).toBe('true');
    expect(checkbox('Closing').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('heading').textContent).toContain('4 of 5');
  });

  it('marks the acknowledgement as not needed for a calm customer, and leaves it out of the count', () => {
    render(
      <SendChecklist
        items={checklistFor('Hi Dana,\n\nYour router ships today.', 'Hello, when will my router arrive?')}
      />,
    );
    const acknowledgement = checkbox('Acknowledge their feelings');
    expect(acknowledgement.getAttribute('aria-disabled')).toBe('true');
    expect(acknowledgement.getAttribute('aria-checked')).toBe('false');
    expect(document.querySelector('[data-checklist-item="acknowledgement"]')?.getAttribute('data-status')).toBe(
      'not-needed',
    );
    expect(screen.getByRole('heading').textContent).toContain('of 4');
  });

  it('says why an item is not ticked, quoting the words', () => {
    render(
      <SendChecklist
        items={checklistFor('Hi Dana,\n\nI know exactly how you feel. Flush the DNS cache.\n\nThanks,\nSam')}
      />,
    );
    const reason = (name: string) =>
      document.getElementById(checkbox(name).getAttribute('aria-describedby')!)?.textContent;
    expect(reason('Acknowledge their feelings')).toBe(
      '“I know exactly how you feel” claims to share the feeling; acknowledge it instead.',
    );
    expect(reason('Plain language')).toMatch(/^Explain or replace “.*DNS.*”\.$/);
  });

  it('shortens a long quote', () => {
    const long = 'x'.repeat(200);
    render(<SendChecklist items={[{ id: 'next-step', status: 'done', reason: 'next_step_found', words: long }]} />);
    const text = document.querySelector('.tf-checklist-reason')?.textContent ?? '';
    expect(text.length).toBeLessThan(70);
    expect(text.endsWith('…”')).toBe(true);
  });

  it('renders nothing without items', () => {
    render(<SendChecklist items={[]} />);
    expect(document.querySelector('.tf-checklist')).toBeNull();
  });
});
