import type { TargetedSubmitEvent } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { writeSettings, type JsonValue } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';
import { useOptions } from './context';
import { errorMessage } from './errors';
import {
  DEFAULT_SHORTCUT_TRIGGER,
  MAX_TRIGGER_LENGTH,
  readShortcutTrigger,
  SETTING_KEYS,
  triggerProblem,
  type TriggerProblem,
} from '@/lib/settings/preferences';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';

const PROBLEM_MESSAGES: Record<TriggerProblem, MessageKey> = {
  empty: 'options_trigger_problem_empty',
  'too-long': 'options_trigger_problem_too_long',
  whitespace: 'options_trigger_problem_whitespace',
  'shortcut-character': 'options_trigger_problem_shortcut_character',
  slash: 'options_trigger_problem_slash',
};

export interface ShortcutTriggerSettingProps {
  settings: Record<string, JsonValue>;
}

/** The characters typed before a snippet's shortcut to expand it (";;" unless changed). */
export function ShortcutTriggerSetting({ settings }: ShortcutTriggerSettingProps) {
  const { library, status, announceChange } = useOptions();
  const stored = readShortcutTrigger(settings);
  const [draft, setDraft] = useState(stored);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();

  // A restore or another window changed it: show the stored value.
  useEffect(() => setDraft(stored), [stored]);

  const save = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = triggerProblem(draft);
    if (problem) {
      setOutcome({ kind: 'error', text: t(PROBLEM_MESSAGES[problem], MAX_TRIGGER_LENGTH) });
      return;
    }
    try {
      await writeSettings(library, {
        [SETTING_KEYS.shortcutTrigger]: draft === DEFAULT_SHORTCUT_TRIGGER ? null : draft,
      });
      // Open help desk tabs expand shortcuts with the new trigger from now on.
      announceChange({ kind: 'settings', keys: [SETTING_KEYS.shortcutTrigger] });
      setOutcome({ kind: 'done', text: t('options_trigger_saved', draft) });
    } catch (error) {
      setOutcome({ kind: 'error', text: errorMessage(error) });
    }
  };

  const invalid = outcome?.kind === 'error';
  const example = t('options_example_shortcut');
  return (
    <form class="tfo-card" aria-labelledby={`${id}-heading`} onSubmit={save} noValidate>
      <h3 id={`${id}-heading`}>{t('options_trigger_heading')}</h3>
      <div class="tfo-field">
        <label for={`${id}-trigger`}>{t('options_trigger_label')}</label>
        <input
          id={`${id}-trigger`}
          class="tfo-trigger-input"
          type="text"
          value={draft}
          maxLength={MAX_TRIGGER_LENGTH * 2}
          autoComplete="off"
          spellcheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-outcome` : ''}`}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setOutcome(null);
          }}
        />
        <p class="tfo-hint" id={`${id}-hint`}>
          {t(
            'options_trigger_hint',
            `${triggerProblem(draft) ? stored : draft}${example}`,
            example,
            DEFAULT_SHORTCUT_TRIGGER,
          )}
        </p>
      </div>
      <div class="tfo-actions">
        <button type="submit" class="tfo-button tfo-primary" disabled={!status.writable || draft === stored}>
          {t('options_trigger_save')}
        </button>
        <button
          type="button"
          class="tfo-button"
          disabled={!status.writable || stored === DEFAULT_SHORTCUT_TRIGGER}
          onClick={() => setDraft(DEFAULT_SHORTCUT_TRIGGER)}
        >
          {t('options_trigger_default')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} id={`${id}-outcome`} />
    </form>
  );
}
