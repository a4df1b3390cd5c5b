import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHORTCUT_TRIGGER,
  readRuleSettings,
  readShortcutTrigger,
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
    ).toEqual({ jargon: { enabled: false }, blame: { severity: 'suggestion' } });
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
