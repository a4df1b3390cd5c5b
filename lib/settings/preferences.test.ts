import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHORTCUT_TRIGGER,
  readRuleSettings,
  readShortcutTrigger,
  ruleSettingsToJson,
  SETTING_KEYS,
  triggerProblem,
  withRuleSetting,
} from './preferences';

describe('rule settings', () => {
  it('reads only well-formed overrides, so a damaged setting means the defaults', () => {
    expect(readRuleSettings({})).toEqual({});
    expect(readRuleSettings({ [SETTING_KEYS.coachingRules]: 'off' })).toEqual({});
    expect(
      readRuleSettings({
        [SETTING_KEYS.coachingRules]: {
          jargon: { enabled: false },
          blame: { severity: 'suggestion', enabled: true },
          shouting: { severity: 'loud' },
          hostility: [],
        },
      }),
      // enabled: true is kept: it turns on a rule an installed pack turned off.
    ).toEqual({ jargon: { enabled: false }, blame: { enabled: true, severity: 'suggestion' } });
  });

  it("stores only what differs from the rule's defaults", () => {
    const off = withRuleSetting({}, 'jargon', { enabled: false }, 'warning');
    expect(off).toEqual({ jargon: { enabled: false } });
    expect(withRuleSetting(off, 'jargon', { enabled: true }, 'warning')).toEqual({});
    expect(withRuleSetting(off, 'jargon', { enabled: true, severity: 'warning' }, 'warning')).toEqual({});
    expect(withRuleSetting(off, 'blame', { severity: 'error' }, 'warning')).toEqual({
      jargon: { enabled: false },
      blame: { severity: 'error' },
    });
  });

  it("stores what differs from the packs' setting for the rule, when a pack sets it", () => {
    const packOff = { enabled: false };
    const on = withRuleSetting({}, 'jargon', { enabled: true }, 'warning', packOff);
    expect(on).toEqual({ jargon: { enabled: true } });
    expect(withRuleSetting(on, 'jargon', { enabled: false }, 'warning', packOff)).toEqual({});
    const packLoud = { severity: 'error' as const };
    expect(withRuleSetting({}, 'jargon', { severity: 'warning' }, 'warning', packLoud)).toEqual({
      jargon: { severity: 'warning' },
    });
    expect(withRuleSetting({}, 'jargon', { severity: 'error' }, 'warning', packLoud)).toEqual({});
    expect(readRuleSettings({ [SETTING_KEYS.coachingRules]: ruleSettingsToJson(on) })).toEqual(on);
  });
});

describe('the shortcut trigger', () => {
  it.each([
    [';;', null],
    ['#', null],
    ['!!', null],
    ['', 'empty'],
    [';;;;;', 'too-long'],
    ['; ;', 'whitespace'],
    ['/', 'slash'],
    ['//', 'slash'],
    [';/', 'slash'],
    ['x;', 'shortcut-character'],
    ['..', 'shortcut-character'],
    ['-', 'shortcut-character'],
    ['é', 'shortcut-character'],
  ])('%j → %s', (trigger, problem) => {
    expect(triggerProblem(trigger)).toBe(problem);
  });

  it('reads as ;; when unset or unusable', () => {
    expect(readShortcutTrigger({})).toBe(DEFAULT_SHORTCUT_TRIGGER);
    expect(readShortcutTrigger({ [SETTING_KEYS.shortcutTrigger]: '/' })).toBe(DEFAULT_SHORTCUT_TRIGGER);
    expect(readShortcutTrigger({ [SETTING_KEYS.shortcutTrigger]: 42 })).toBe(DEFAULT_SHORTCUT_TRIGGER);
    expect(readShortcutTrigger({ [SETTING_KEYS.shortcutTrigger]: '##' })).toBe('##');
  });
});
