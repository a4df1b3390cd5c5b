// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import * as coaching from '@/coaching';
import type { HostAdapter } from '@/lib/hosts/types';
import { TEST_HOST, testCoaching, textEditor } from './test-support';

vi.mock('@/coaching', async (importOriginal) => {
  const original = await importOriginal<typeof coaching>();
  return { ...original, analyze: vi.fn(original.analyze) };
});

describe('the channel the host reports', () => {
  it('goes to the engine with every analysis; a host that does not say passes none', () => {
    document.body.innerHTML = '<div id="reply"></div>';
    const reply = document.getElementById('reply')!;
    const chatHost: HostAdapter = { ...TEST_HOST, conversationChannel: () => 'chat' };
    for (const [host, channel] of [
      [chatHost, 'chat'],
      [TEST_HOST, undefined],
    ] as const) {
      vi.mocked(coaching.analyze).mockClear();
      const { coaching: session, end } = testCoaching({ host, editorFor: (root) => textEditor(root, () => 'Hi.') });
      session.actions.analysis.follow(reply);
      expect(vi.mocked(coaching.analyze).mock.calls.at(-1)?.[1]?.channel).toBe(channel);
      end();
    }
  });
});
