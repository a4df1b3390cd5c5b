// The coaching settings the installed packs bring, merged with the agent's own. A trainer's pack
// sets the team's defaults (rule severities, rules turned off, phrases to avoid); the agent's own
// choice for a rule still wins, except for the rules the administrator's policy locks.
// Pure: the background reads the packs and the settings, the content script gets the result.

import type { RuleSetting, TeamPhrase } from '@/coaching/types';
import type { PackRecord } from '@/lib/library/schema';
import type { RuleSettings } from '@/lib/settings/preferences';

export interface TeamCoaching {
  /** Per rule: the policy's lock, else the agent's choice, else the packs'. */
  rules: RuleSettings;
  /** Every installed pack's phrases to avoid, coached by the team-phrases rule. */
  teamPhrases: TeamPhrase[];
  /** The team's greeting and closing, from the most recently installed pack that has one. */
  greeting: string | null;
  closing: string | null;
  /** The rules the administrator's policy locks: shown locked, and the agent cannot turn them off or on (absent: none). */
  lockedRules?: string[];
}

/** What the sidebar needs besides the rules. */
export type TeamSettings = Omit<TeamCoaching, 'rules'>;

export interface TeamCoachingInput {
  packs: readonly Pick<PackRecord, 'settings' | 'installedAt' | 'id'>[];
  /** The agent's own overrides (lib/settings/preferences.ts readRuleSettings). */
  agentRules: RuleSettings;
  /** Rules the administrator's policy locks (their ids): the packs' setting stands, the agent's is ignored. */
  lockedRules?: readonly string[];
}

export function teamCoaching({ packs, agentRules, lockedRules = [] }: TeamCoachingInput): TeamCoaching {
  // Packs installed later override earlier ones where they disagree, so the order is stable.
  const ordered = [...packs].sort((a, b) => a.installedAt - b.installedAt || a.id.localeCompare(b.id));
  const rules: RuleSettings = {};
  const teamPhrases: TeamPhrase[] = [];
  let greeting: string | null = null;
  let closing: string | null = null;
  for (const { settings } of ordered) {
    if (!settings) continue;
    for (const [ruleId, setting] of Object.entries(settings.rules ?? {}))
      rules[ruleId] = merged(rules[ruleId], setting);
    for (const { phrase, replacements = [], reason, severity } of settings.avoid ?? []) {
      const teamPhrase: TeamPhrase = { phrase, replacements: [...replacements] };
      if (reason) teamPhrase.message = reason;
      if (severity) teamPhrase.severity = severity;
      teamPhrases.push(teamPhrase);
    }
    greeting = settings.greeting ?? greeting;
    closing = settings.closing ?? closing;
  }
  const locked = new Set(lockedRules);
  for (const [ruleId, setting] of Object.entries(agentRules))
    if (!locked.has(ruleId)) rules[ruleId] = merged(rules[ruleId], setting);
  return { rules, teamPhrases, greeting, closing, lockedRules: [...locked].sort() };
}

/** `over`'s choices on top of `base`: a rule the agent turned back on is on, whatever the pack says. */
function merged(base: RuleSetting | undefined, over: RuleSetting): RuleSetting {
  const next: RuleSetting = { ...base };
  if (over.enabled !== undefined) next.enabled = over.enabled;
  if (over.severity !== undefined) next.severity = over.severity;
  return next;
}
