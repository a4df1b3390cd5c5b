// @vitest-environment happy-dom
// Page text and library text are untrusted: script and markup in a customer's message, the reply,
// a snippet's title, shortcut or body, or a finding's words must show as the characters they are,
// never become elements (Tactful renders through Preact's text nodes and uses no innerHTML of its own).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/coaching';
import { snippetRecord } from '@/lib/library/test-support';
import { InlineCard } from './InlineCard';
import { Sidebar } from './Sidebar';
import { SnippetSearch } from './SnippetSearch';

const IMAGE = '<img src=x onerror="window.pwned=1">';
const SCRIPT = '<script>window.pwned=1</script>';
const LINK = '<a href="javascript:window.pwned=1">open</a>';
const PAYLOADS = [IMAGE, SCRIPT, LINK];

/** Elements a payload would have become had it been parsed as markup. */
function injected(root: ParentNode): string[] {
  return Array.from(
    root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onclick], a[href^="javascript:"]'),
    (element) => element.outerHTML,
  );
}

afterEach(() => {
  cleanup();
  delete (window as { pwned?: number }).pwned;
});

describe('untrusted text', () => {
  it("shows a customer's message and the reply as text in the sidebar", () => {
    const customer = `I am furious!!! Nobody answered me for a week. ${PAYLOADS.join(' ')}`;
    const reply = `I know exactly how you feel. ${PAYLOADS.join(' ')} Calm down.`;
    const analysis = analyze(reply, { customerMessage: customer });
    const { container } = render(
      <Sidebar
        analysis={analysis}
        customer={{ text: customer, authorName: `Jo ${IMAGE}` }}
        notice={{ kind: 'error', text: `Could not insert ${SCRIPT}` }}
        collapsed={false}
        busy={false}
        onToggleCollapsed={vi.fn()}
        onInsertStatement={vi.fn()}
        onApplyFix={vi.fn()}
        onDismissNotice={vi.fn()}
      />,
    );
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(container.textContent).toContain(`Could not insert ${SCRIPT}`);
    expect(injected(container)).toEqual([]);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it("shows a snippet's title, shortcut and body as text in the search results", async () => {
    const snippet = snippetRecord({ id: 'evil', title: `Sorry ${IMAGE}`, shortcut: 'evil', body: `${SCRIPT} ${LINK}` });
    const { container } = render(
      <SnippetSearch
        library={{ kind: 'ready', status: { writable: true } }}
        trigger=";;"
        busy={false}
        revision={0}
        search={vi.fn(async () => ({
          ok: true as const,
          value: [{ snippet, score: 1, relevance: 1, emotionFit: 0, usage: 0, exactShortcut: false }],
        }))}
        onSearchFocus={vi.fn()}
        onInsert={vi.fn(async () => true)}
        onReturnToEditor={vi.fn()}
      />,
    );
    fireEvent.focus(screen.getByRole('combobox'));
    await waitFor(() => expect(container.textContent).toContain(`Sorry ${IMAGE}`));
    expect(injected(container)).toEqual([]);
  });

  it("shows a finding's words and suggestions as text on the inline card", () => {
    const [finding] = analyze(`I know exactly how you feel ${IMAGE}.`).findings.filter(
      (candidate) => candidate.ruleId === 'sympathy',
    );
    const { container } = render(
      <InlineCard
        finding={{ ...finding!, message: `${finding!.message} ${SCRIPT}`, suggestions: [LINK] }}
        words={`I know exactly how you feel ${IMAGE}`}
        focusFirst={false}
        onApply={vi.fn()}
        onClose={vi.fn()}
        onPointerEnter={vi.fn()}
        onPointerLeave={vi.fn()}
      />,
    );
    expect(container.textContent).toContain(LINK);
    expect(injected(container)).toEqual([]);
  });
});
