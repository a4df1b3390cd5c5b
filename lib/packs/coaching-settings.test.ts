import { describe, expect, it } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import { writeSettings } from '@/lib/library/repository';
import { SETTING_KEYS } from '@/lib/settings/preferences';
import { assertRuleUnlocked, readTeamCoaching } from './coaching-settings';
import { installPack, removePack } from './install';
import { examplePack } from './test-support';
import { packText } from './install-test-support';

describe('readTeamCoaching', () => {
  it('merges the installed packs’ settings with the agent’s and the locked rules, until the pack goes', async () => {
    const { library } = await openTestLibrary();
    const settings = {
      rules: { jargon: { severity: 'error' as const }, 'long-sentence': { enabled: false } },
      avoid: [{ phrase: 'no worries', replacements: ['happy to help'], reason: 'Sounds dismissive.' }],
      closing: 'Best, the Acme team',
    };
    const outcome = await installPack(library, packText(examplePack({ settings })), {
      source: { kind: 'file', fileName: 'acme.json' },
      trustedKeys: [],
      requireSignature: false,
    });
    expect(outcome.status).toBe('installed');
    await writeSettings(library, { [SETTING_KEYS.coachingRules]: { jargon: { severity: 'suggestion' } } });
    // The agent's change to a rule the policy locks does not count: the pack's setting stands.
    const locked = await readTeamCoaching(library, ['long-sentence', 'jargon']);
    expect(locked.rules).toEqual({ jargon: { severity: 'error' }, 'long-sentence': { enabled: false } });
    // The sidebar is told which rules are locked, to show them so.
    expect(locked.lockedRules).toEqual(['jargon', 'long-sentence']);
    expect(await readTeamCoaching(library)).toEqual({
      rules: { jargon: { severity: 'suggestion' }, 'long-sentence': { enabled: false } },
      teamPhrases: [{ phrase: 'no worries', replacements: ['happy to help'], message: 'Sounds dismissive.' }],
      greeting: null,
      closing: 'Best, the Acme team',
      lockedRules: [],
    });
    await removePack(library, 'acme-support');
    expect(await readTeamCoaching(library)).toMatchObject({
      rules: { jargon: { severity: 'suggestion' } },
      teamPhrases: [],
    });
  });
});

describe('assertRuleUnlocked', () => {
  it('refuses a change to a rule the policy locks, saying the administrator set it', () => {
    expect(() => assertRuleUnlocked(['jargon'], 'jargon')).toThrow(/“jargon” is set by your administrator/);
    expect(() => assertRuleUnlocked(['jargon'], 'blame')).not.toThrow();
    expect(() => assertRuleUnlocked([], 'jargon')).not.toThrow();
  });
});
