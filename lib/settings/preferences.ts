// The agent's settings the options page owns, as stored in the library's settings table (and so in
// backups): which coaching rules run and how loudly, and the text that starts a snippet shortcut.
// Readers (the sidebar, the shortcut expander) use the same keys and readers, so a stored value
// that is missing or malformed always reads as the default rather than breaking them.

import type { RuleSetting, Severity } from '@/coaching/types';
import { SEVERITIES } from '@/coaching/types';
import type { JsonValue } from '@/lib/library';

export const SETTING_KEYS = {
  /**
   * Record<ruleId, { enabled?: boolean, severity?: Severity }>: only what differs from the rule's
   * defaults, or from the installed packs' setting for it (`enabled: true` turns on a rule a pack
   * turned off).
   */
  coachingRules: 'coaching.rules',
  /** The characters typed before a snippet's shortcut, e.g. ";;thanks". */
  shortcutTrigger: 'snippets.trigger',
} as const;

export const DEFAULT_SHORTCUT_TRIGGER = ';;';
export const MAX_TRIGGER_LENGTH = 4;

export type RuleSettings = Record<string, RuleSetting>;

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** The stored per-rule overrides, keeping only well-formed entries. */
export function readRuleSettings(settings: Record<string, JsonValue>): RuleSettings {
  const stored = settings[SETTING_KEYS.coachingRules];
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const rules: RuleSettings = {};
  for (const [ruleId, value] of Object.entries(stored)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const setting: RuleSetting = {};
    if (typeof value.enabled === 'boolean') setting.enabled = value.enabled;
    if (isSeverity(value.severity)) setting.severity = value.severity;
    if (Object.keys(setting).length > 0) rules[ruleId] = setting;
  }
  return rules;
}

/**
 * `rules` with one rule's setting changed. A setting equal to what the agent would get anyway (the
 * installed packs' `team` setting for the rule, else the rule's default) is dropped, so a later
 * change of a default in Tactful or in a pack reaches agents who never changed that rule.
 */
export function withRuleSetting(
  rules: RuleSettings,
  ruleId: string,
  setting: RuleSetting,
  defaultSeverity: Severity,
  team: RuleSetting = {},
): RuleSettings {
  const next: RuleSetting = {};
  const enabled = setting.enabled !== false;
  if (enabled !== (team.enabled !== false)) next.enabled = enabled;
  const severity = team.severity ?? defaultSeverity;
  if (setting.severity && setting.severity !== severity) next.severity = setting.severity;
  const { [ruleId]: _previous, ...others } = rules;
  return Object.keys(next).length > 0 ? { ...others, [ruleId]: next } : others;
}

export function ruleSettingsToJson(rules: RuleSettings): JsonValue {
  return Object.fromEntries(Object.entries(rules).map(([ruleId, setting]) => [ruleId, { ...setting }]));
}

export type TriggerProblem = 'empty' | 'too-long' | 'whitespace' | 'shortcut-character' | 'slash';

/**
 * Why a trigger cannot be used, or null when it can. A trigger must not contain characters a
 * shortcut can (letters, digits, `.`, `-`, `_`: the end of the trigger would be ambiguous) nor `/`,
 * which help desks and chat tools already use for their own commands.
 */
export function triggerProblem(trigger: string): TriggerProblem | null {
  if (trigger.length === 0) return 'empty';
  if ([...trigger].length > MAX_TRIGGER_LENGTH) return 'too-long';
  if (/\s/u.test(trigger)) return 'whitespace';
  if (trigger.includes('/')) return 'slash';
  if (/[\p{L}\p{N}._-]/u.test(trigger)) return 'shortcut-character';
  return null;
}

export function readShortcutTrigger(settings: Record<string, JsonValue>): string {
  const stored = settings[SETTING_KEYS.shortcutTrigger];
  return typeof stored === 'string' && triggerProblem(stored) === null ? stored : DEFAULT_SHORTCUT_TRIGGER;
}
