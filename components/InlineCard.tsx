import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/coaching';
import { t } from '@/lib/i18n';
import { keepEditorFocus } from './focus';
import { TurnOffRuleButton } from './TurnOffRuleButton';

export interface InlineCardProps {
  finding: Finding;
  /** The words the finding flags, as they stand in the editor. */
  words: string;
  /**
   * Opened from the keyboard: the first button takes focus so the agent can act without the
   * mouse. A card opened by the pointer never takes focus: the agent keeps typing in the editor.
   */
  focusFirst: boolean;
  onApply(index: number): void;
  /** Hides this finding until its words change, as the sidebar's Ignore does. */
  onIgnore?(): void;
  /** Turns the finding's rule off everywhere, as the sidebar's Turn off this rule does. */
  onTurnOffRule?(): void;
  /** The administrator's policy locks the rule: Turn off this rule is disabled, and says why. */
  ruleLocked?: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** The card's fixes: the first is the one a click on the underline would take. */
function CardSuggestions({ finding, words, onApply }: Pick<InlineCardProps, 'finding' | 'words' | 'onApply'>) {
  if (finding.suggestions.length === 0) return null;
  return (
    <div class="tf-card-suggestions" role="group" aria-label={t('sidebar_card_suggestions')}>
      {finding.suggestions.map((suggestion, index) => {
        const replacement = suggestion.trim();
        return (
          <button
            key={`${index}:${suggestion}`}
            type="button"
            class={`tf-button tf-card-suggestion${index === 0 ? ' tf-primary' : ''}`}
            data-suggestion-index={index}
            aria-label={
              replacement ? t('sidebar_card_replace_label', words, replacement) : t('sidebar_card_remove_label', words)
            }
            onMouseDown={keepEditorFocus}
            onClick={() => onApply(index)}
          >
            {replacement || t('sidebar_card_remove')}
          </button>
        );
      })}
    </div>
  );
}

/**
 * The small card beside underlined words: the finding's message, one button per suggestion, and
 * Why. A non-modal dialog: pressing anywhere on it keeps the editor's focus and caret.
 */
export function InlineCard({
  finding,
  words,
  focusFirst,
  onApply,
  onIgnore,
  onTurnOffRule,
  ruleLocked = false,
  onClose,
  onPointerEnter,
  onPointerLeave,
}: InlineCardProps) {
  const [showWhy, setShowWhy] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusFirst) card.current?.querySelector('button')?.focus();
  }, [focusFirst]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  return (
    <div
      ref={card}
      class={`tf-card tf-severity-${finding.severity}`}
      role="dialog"
      aria-labelledby="tf-card-message"
      data-rule-id={finding.ruleId}
      onMouseDown={keepEditorFocus}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p id="tf-card-message" class="tf-card-message">
        {finding.message}
      </p>
      <CardSuggestions finding={finding} words={words} onApply={onApply} />
      {showWhy && <p class="tf-card-note">{finding.note}</p>}
      <div class="tf-card-actions">
        <button
          type="button"
          class="tf-link tf-card-why"
          aria-expanded={showWhy}
          onMouseDown={keepEditorFocus}
          onClick={() => setShowWhy(!showWhy)}
        >
          {t('sidebar_card_why')}
        </button>
        {onIgnore && (
          <button type="button" class="tf-link tf-card-ignore" onMouseDown={keepEditorFocus} onClick={onIgnore}>
            {t('sidebar_findings_ignore')}
          </button>
        )}
        {onTurnOffRule && (
          <TurnOffRuleButton
            class="tf-link tf-card-turn-off"
            locked={ruleLocked}
            lockedNoteId="tf-card-rule-locked"
            onTurnOff={onTurnOffRule}
          />
        )}
        <button type="button" class="tf-link tf-card-close" onMouseDown={keepEditorFocus} onClick={onClose}>
          {t('sidebar_card_close')}
        </button>
      </div>
    </div>
  );
}
