import { describe, expect, it } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import { writeSettings } from '@/lib/library/repository';
import { SETTING_KEYS } from '@/lib/settings/preferences';
import { readTeamCoaching } from './coaching-settings';
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
    expect((await readTeamCoaching(library, ['jargon'])).rules).toEqual({
      jargon: { severity: 'error' },
      'long-sentence': { enabled: false },
    });
    expect(await readTeamCoaching(library)).toEqual({
      rules: { jargon: { severity: 'suggestion' }, 'long-sentence': { enabled: false } },
      teamPhrases: [{ phrase: 'no worries', replacements: ['happy to help'], message: 'Sounds dismissive.' }],
      greeting: null,
      closing: 'Best, the Acme team',
    });
    await removePack(library, 'acme-support');
    expect(await readTeamCoaching(library)).toMatchObject({
      rules: { jargon: { severity: 'suggestion' } },
      teamPhrases: [],
    });
  });
});
