// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HostAdapter } from '@/lib/hosts/types';
import { TEST_HOST, testCoaching, textEditor } from './test-support';

describe('the team settings the installed packs bring', () => {
  it('coach the reply with the packs’ phrases to avoid, and stop when the pack is gone', () => {
    document.body.innerHTML = '<div id="reply"></div>';
    const reply = document.getElementById('reply')!;
    const text = 'Hi Sam, no worries about the delay. Your refund was sent today.';
    const { coaching, end } = testCoaching({ editorFor: (root) => textEditor(root, () => text) });
    const { analysis } = coaching.actions;
    const teamFindings = () =>
      (coaching.store.get().reading?.found ?? []).filter((finding) => finding.ruleId === 'team-phrases');
    analysis.follow(reply);
    expect(teamFindings()).toEqual([]);

    const avoided = { phrase: 'no worries', replacements: ['happy to help'], message: 'Sounds dismissive.' };
    analysis.setTeamSettings({ teamPhrases: [avoided], greeting: null, closing: null });
    expect(teamFindings()).toHaveLength(1);
    expect(teamFindings()[0]).toMatchObject({ start: text.indexOf('no worries') });

    analysis.setTeamSettings({ teamPhrases: [], greeting: null, closing: null });
    expect(teamFindings()).toEqual([]);
    end();
  });

  it("offer the team's greeting first, filled with the customer's name from the page", () => {
    document.body.innerHTML = '<div id="reply"></div>';
    const reply = document.getElementById('reply')!;
    const host: HostAdapter = {
      ...TEST_HOST,
      customerMessage: () => ({ text: 'Where is my refund?', authorName: 'Dana Reed' }),
    };
    const { coaching, end } = testCoaching({
      host,
      editorFor: (root) => textEditor(root, () => 'Your refund was sent today.'),
    });
    const { analysis } = coaching.actions;
    const greetingFix = () =>
      coaching.store.get().reading?.found.find((finding) => finding.ruleId === 'missing-greeting')?.suggestions[0];
    analysis.follow(reply);
    expect(greetingFix()).not.toContain('Good day');

    analysis.setTeamSettings({ teamPhrases: [], greeting: 'Good day {{customer.firstName}},', closing: null });
    expect(greetingFix()).toBe('Good day Dana,\n\n');
    end();
  });
});
