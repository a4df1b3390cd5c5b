// What the background answers the sidebars: the coaching settings in force, from the installed
// packs, the agent's own rule settings and (when the policy locks some) the administrator's.

import { t } from '@/lib/i18n';
import type { Library } from '@/lib/library/library';
import { readSettings } from '@/lib/library/repository';
import { readRuleSettings } from '@/lib/settings/preferences';
import { listPacks } from './install';
import { teamCoaching, type TeamCoaching } from './team-settings';

/** The key a `library.changed` settings change carries after a pack was installed or removed. */
export const PACKS_CHANGE_KEY = 'packs';

/**
 * Refuses a change to a rule the administrator's policy locks, before anything is written: the
 * sidebar's "Turn off this rule" is disabled for it, and a message that still asks is turned down.
 */
export function assertRuleUnlocked(lockedRules: readonly string[], ruleId: string): void {
  if (lockedRules.includes(ruleId)) throw new Error(t('rule_locked_refused', ruleId));
}

/** `lockedRules`: the ids of the rules the administrator's policy locks (lib/packs/policy.ts). */
export async function readTeamCoaching(library: Library, lockedRules: readonly string[] = []): Promise<TeamCoaching> {
  const [settings, packs] = await Promise.all([readSettings(library), listPacks(library)]);
  return teamCoaching({ packs, agentRules: readRuleSettings(settings), lockedRules });
}
