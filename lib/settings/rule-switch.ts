// Turning one coaching rule on or off from outside the options page (the sidebar's "Turn off this
// rule" and its Undo), stored under the same key and in the same shape the options page's rule
// table writes, so both always agree.

import { rules as coachingRules } from '@/coaching/rules';
import type { Library } from '@/lib/library/library';
import { readRuleSettings, ruleSettingsToJson, SETTING_KEYS, withRuleSetting, type RuleSettings } from './preferences';

/**
 * Turns `ruleId` on or off, keeping its severity override, in one transaction (a change the options
 * page saves at the same moment is not lost). Answers the rule settings as stored afterwards.
 */
export async function setRuleEnabled(library: Library, ruleId: string, enabled: boolean): Promise<RuleSettings> {
  const rule = Object.hasOwn(coachingRules, ruleId) ? coachingRules[ruleId] : undefined;
  if (!rule) throw new Error(`There is no coaching rule "${ruleId}".`);
  return library.write(['settings'], async (db) => {
    const stored = await db.settings.get(SETTING_KEYS.coachingRules);
    const current = readRuleSettings(stored ? { [SETTING_KEYS.coachingRules]: stored.value } : {});
    const next = withRuleSetting(current, ruleId, { ...current[ruleId], enabled }, rule.meta.severity);
    if (Object.keys(next).length > 0) {
      await db.settings.put({ key: SETTING_KEYS.coachingRules, value: ruleSettingsToJson(next) });
    } else {
      await db.settings.delete(SETTING_KEYS.coachingRules);
    }
    return next;
  });
}
