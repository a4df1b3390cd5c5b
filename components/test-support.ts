// Shared by the component tests (never imported by the extension).
import type { Finding } from '@/coaching';

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
