import { describe, expect, it } from 'vitest';
import type { PackSettings } from './format';
import { teamCoaching } from './team-settings';

const pack = (id: string, installedAt: number, settings: PackSettings | null) => ({ id, installedAt, settings });

describe('teamCoaching', () => {
  it('turns every pack’s avoided phrases into team phrases, the reason becoming the message', () => {
    const result = teamCoaching({
      packs: [
        pack('b', 2, {
          avoid: [
            {
              phrase: 'no worries',
              replacements: ['happy to help'],
              reason: 'Sounds dismissive.',
              severity: 'warning',
            },
          ],
        }),
        pack('a', 1, { avoid: [{ phrase: 'ticket' }] }),
        pack('c', 3, null),
      ],
      agentRules: {},
    });
    expect(result.teamPhrases).toEqual([
      { phrase: 'ticket', replacements: [] },
      { phrase: 'no worries', replacements: ['happy to help'], message: 'Sounds dismissive.', severity: 'warning' },
    ]);
  });

  it('applies the packs’ rule settings, the later pack winning, then the agent’s, except where the policy locks a rule', () => {
    const result = teamCoaching({
      packs: [
        pack('late', 5, { rules: { jargon: { severity: 'error' }, hedging: { enabled: false } } }),
        pack('early', 1, {
          rules: { jargon: { severity: 'suggestion' }, blame: { enabled: false }, passive: { enabled: false } },
        }),
      ],
      agentRules: { hedging: { severity: 'warning' }, blame: { severity: 'error' }, passive: { enabled: false } },
      lockedRules: ['blame'],
    });
    expect(result.rules).toEqual({
      jargon: { severity: 'error' },
      hedging: { enabled: false, severity: 'warning' },
      // Locked: the pack's setting stands, the agent's change is ignored.
      blame: { enabled: false },
      passive: { enabled: false },
    });
  });

  it('takes the greeting and closing of the latest pack that has them', () => {
    const result = teamCoaching({
      packs: [pack('a', 1, { greeting: 'Hi there,', closing: 'Best, Acme' }), pack('b', 2, { closing: 'Cheers' })],
      agentRules: {},
    });
    expect(result).toMatchObject({ greeting: 'Hi there,', closing: 'Cheers' });
    expect(teamCoaching({ packs: [], agentRules: {} })).toEqual({
      rules: {},
      teamPhrases: [],
      greeting: null,
      closing: null,
      lockedRules: [],
    });
  });
});
