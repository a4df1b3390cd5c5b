import { describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '@/lib/library/repository';
import { openTestLibrary } from '@/lib/library/test-support';
import { readRuleSettings, SETTING_KEYS } from './preferences';
import { setRuleEnabled } from './rule-switch';

describe('setRuleEnabled', () => {
  it('turns a rule off under the key the options page reads, and back on by removing the override', async () => {
    const { library } = await openTestLibrary();
    expect(await setRuleEnabled(library, 'sympathy', false)).toEqual({ sympathy: { enabled: false } });
    expect(readRuleSettings(await readSettings(library))).toEqual({ sympathy: { enabled: false } });

    expect(await setRuleEnabled(library, 'sympathy', true)).toEqual({});
    expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toBeUndefined();
  });

  it("keeps the rule's severity override and the other rules' settings", async () => {
    const { library } = await openTestLibrary();
    await writeSettings(library, {
      [SETTING_KEYS.coachingRules]: { jargon: { severity: 'error' }, blame: { enabled: false } },
    });
    await setRuleEnabled(library, 'jargon', false);
    expect(readRuleSettings(await readSettings(library))).toEqual({
      jargon: { enabled: false, severity: 'error' },
      blame: { enabled: false },
    });
    await setRuleEnabled(library, 'jargon', true);
    expect(readRuleSettings(await readSettings(library))).toEqual({
      jargon: { severity: 'error' },
      blame: { enabled: false },
    });
  });

  it('refuses a rule that does not exist and stores nothing', async () => {
    const { library } = await openTestLibrary();
    await expect(setRuleEnabled(library, 'no-such-rule', false)).rejects.toThrow('no-such-rule');
    await expect(setRuleEnabled(library, 'toString', false)).rejects.toThrow('toString');
    expect(await readSettings(library)).toEqual({});
  });
});
