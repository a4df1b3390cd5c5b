import { useEffect, useId, useState } from 'preact/hooks';
import { SEVERITIES, type RuleSetting, type Severity } from '@/coaching/types';
import type { RuleMeta } from '@/coaching';
import { rules as coachingRules } from '@/coaching/rules';
import { writeSettings, type JsonValue } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';
import { useOptions } from './context';
import { errorMessage } from './errors';
import {
  readRuleSettings,
  ruleSettingsToJson,
  SETTING_KEYS,
  withRuleSetting,
  type RuleSettings as StoredRuleSettings,
} from '@/lib/settings/preferences';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';
import { usePolicy } from './use-policy';

const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  error: 'options_severity_error',
  warning: 'options_severity_warning',
  suggestion: 'options_severity_suggestion',
};

/** "missing-next-step" → "Missing next step": rule ids are the engine's, written for people here. */
export function ruleName(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface RuleSettingsProps {
  /** The library's settings, kept current by the page's live query. */
  settings: Record<string, JsonValue>;
  /** The installed packs' rule settings: what the agent gets for a rule they did not change. */
  teamRules?: StoredRuleSettings;
}

/** Every coaching rule with what it looks for: turn it off, or change how loudly it speaks. */
export function RuleSettings({ settings, teamRules = {} }: RuleSettingsProps) {
  const { library, status, announceChange } = useOptions();
  // The administrator's locks (the same policy the background reads): the packs' setting stands.
  const locked = new Set(usePolicy().lockedRules);
  const stored = readRuleSettings(settings);
  // What the agent just chose, shown until the stored settings catch up (or the save fails).
  const [pending, setPending] = useState<StoredRuleSettings | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const storedJson = JSON.stringify(stored);
  const id = useId();

  useEffect(() => setPending(null), [storedJson]);

  const shown = pending ?? stored;
  const save = async (next: StoredRuleSettings, message: string) => {
    setPending(next);
    try {
      await writeSettings(library, {
        [SETTING_KEYS.coachingRules]: Object.keys(next).length > 0 ? ruleSettingsToJson(next) : null,
      });
      // Sidebars already open in other tabs coach with the new settings at once.
      announceChange({ kind: 'settings', keys: [SETTING_KEYS.coachingRules] });
      setOutcome({ kind: 'done', text: message });
    } catch (error) {
      setPending(null);
      setOutcome({ kind: 'error', text: errorMessage(error) });
    }
  };

  const change = (ruleId: string, setting: RuleSetting) => {
    const rule = coachingRules[ruleId]!;
    const current = { ...teamRules[ruleId], ...shown[ruleId] };
    const next = withRuleSetting(shown, ruleId, { ...current, ...setting }, rule.meta.severity, teamRules[ruleId]);
    void save(next, t('options_rules_saved', ruleName(ruleId)));
  };

  const changedCount = Object.keys(shown).length;
  return (
    <div class="tfo-card" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('options_rules_heading')}</h3>
      <p class="tfo-hint">{t('options_rules_explained')}</p>
      <table class="tfo-rules">
        <thead>
          <tr>
            <th scope="col">{t('options_rules_column_rule')}</th>
            <th scope="col">{t('options_rules_column_category')}</th>
            <th scope="col">{t('options_rules_column_on')}</th>
            <th scope="col">{t('options_rules_column_severity')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(coachingRules).map(([ruleId, rule]) => (
            <RuleRow
              key={ruleId}
              ruleId={ruleId}
              meta={rule.meta}
              setting={locked.has(ruleId) ? { ...teamRules[ruleId] } : { ...teamRules[ruleId], ...shown[ruleId] }}
              locked={locked.has(ruleId)}
              writable={status.writable}
              onChange={(setting) => change(ruleId, setting)}
            />
          ))}
        </tbody>
      </table>
      <div class="tfo-actions">
        <button
          type="button"
          class="tfo-button"
          disabled={!status.writable || changedCount === 0}
          onClick={() => void save({}, t('options_rules_reset_done'))}
        >
          {t('options_rules_reset')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </div>
  );
}

interface RuleRowProps {
  ruleId: string;
  meta: Pick<RuleMeta, 'description' | 'category' | 'severity'>;
  /** The rule as the agent has it now: the packs' setting with the agent's change over it. */
  setting: RuleSetting;
  /** The administrator's policy locks the rule: shown, not changeable. */
  locked: boolean;
  writable: boolean;
  onChange(setting: RuleSetting): void;
}

/** One rule's row: what it looks for, its switch, and how loudly it speaks (its own default marked). */
function RuleRow({ ruleId, meta, setting, locked, writable, onChange }: RuleRowProps) {
  const enabled = setting.enabled !== false;
  const severity = setting.severity ?? meta.severity;
  const name = ruleName(ruleId);
  const changeable = writable && !locked;
  return (
    <tr data-rule-id={ruleId} data-locked={locked || undefined} class={enabled ? undefined : 'tfo-rule-off'}>
      <th scope="row">
        <span class="tfo-rule-name">{name}</span>
        <span class="tfo-preview">{meta.description}</span>
        {locked && <span class="tfo-hint tfo-rule-locked">{t('rule_locked_by_administrator')}</span>}
      </th>
      <td>
        <code>{meta.category}</code>
      </td>
      <td>
        <input
          type="checkbox"
          role="switch"
          aria-label={t('options_rules_enable_label', name)}
          checked={enabled}
          disabled={!changeable}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        />
      </td>
      <td>
        <select
          aria-label={t('options_rules_severity_label', name)}
          value={severity}
          disabled={!changeable || !enabled}
          onChange={(event) => onChange({ severity: event.currentTarget.value as Severity })}
        >
          {SEVERITIES.map((option) => (
            <option key={option} value={option}>
              {option === meta.severity
                ? t('options_severity_default', t(SEVERITY_LABELS[option]))
                : t(SEVERITY_LABELS[option])}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
