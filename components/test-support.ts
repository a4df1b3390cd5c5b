// Shared by the component tests (never imported by the extension).
import { vi } from 'vitest';
import type { Finding } from '@/coaching';
import type { SnippetSearchProps } from './SnippetSearch';

/**
 * A finding as the engine reports one; by default the sympathy rule flagging the first 27
 * characters ("I know exactly how you feel") with one suggestion.
 */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'sympathy',
    category: 'sympathy',
    severity: 'warning',
    start: 0,
    end: 27,
    message: 'Claims to know exactly how the customer feels.',
    note: 'Nobody can know that; acknowledge the feeling instead.',
    suggestions: ['I can see how frustrating this is'],
    ...overrides,
  };
}

/** The snippet search's props: a writable library, the ;; trigger, insertions that land. */
export function snippetSearchProps(
  search: SnippetSearchProps['search'],
  overrides: Partial<SnippetSearchProps> = {},
): SnippetSearchProps {
  return {
    library: { kind: 'ready', status: { writable: true } },
    trigger: ';;',
    busy: false,
    revision: 0,
    search,
    onSearchFocus: vi.fn(),
    onInsert: vi.fn(async () => true),
    onReturnToEditor: vi.fn(),
    ...overrides,
  };
}
