import { t } from '@/lib/i18n';
import { keepEditorFocus } from './focus';

interface TurnOffRuleButtonProps {
  class: string;
  busy?: boolean;
  /** The administrator's policy locks the rule: the button is disabled, and a note beside it says why. */
  locked: boolean;
  /** The element that says what the rule is about (the finding's message), if any. */
  describedBy?: string;
  /** The id the locked note takes, so the button can point at it. */
  lockedNoteId: string;
  onTurnOff(): void;
}

/** "Turn off this rule", in the sidebar's finding and in the inline card alike. */
export function TurnOffRuleButton({
  class: className,
  busy = false,
  locked,
  describedBy,
  lockedNoteId,
  onTurnOff,
}: TurnOffRuleButtonProps) {
  const descriptions = [describedBy, locked ? lockedNoteId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <button
        type="button"
        class={className}
        disabled={busy || locked}
        aria-describedby={descriptions || undefined}
        onMouseDown={keepEditorFocus}
        onClick={onTurnOff}
      >
        {t('sidebar_findings_turn_off')}
      </button>
      {locked && (
        <span class="tf-muted tf-rule-locked" id={lockedNoteId}>
          {t('rule_locked_by_administrator')}
        </span>
      )}
    </>
  );
}
