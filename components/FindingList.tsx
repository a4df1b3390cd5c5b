import { useId, useState } from 'preact/hooks';
import type { Finding, Severity } from '@/coaching';
import { t, type MessageKey } from '@/lib/i18n';
import { keepEditorFocus } from './focus';
import { TurnOffRuleButton } from './TurnOffRuleButton';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'suggestion'];
const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  error: 'sidebar_findings_group_error',
  warning: 'sidebar_findings_group_warning',
  suggestion: 'sidebar_findings_group_suggestion',
};

/** "missing-next-step" → "Missing next step": the agent meets rules by what they check, not by id. */
export function ruleName(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FindingActions {
  onApplyFix(finding: Finding): void;
  /** Hides this finding (and its underline) until its words change. */
  onIgnore?(finding: Finding): void;
  /** Turns the finding's rule off everywhere, in the agent's settings. */
  onTurnOffRule?(finding: Finding): void;
  /** Puts the editor's selection on the finding's words. */
  onSelect?(finding: Finding): void;
}

export interface FindingListProps extends FindingActions {
  findings: Finding[];
  /** The text the findings were found in, to quote the words each one flags. */
  text?: string;
  busy: boolean;
  /** The rule the agent just turned off from here: confirmed, with an Undo, until dismissed. */
  turnedOffRule?: string | null;
  /** The rules the administrator's policy locks: their "Turn off this rule" is disabled, and says why. */
  lockedRules?: readonly string[];
  onUndoTurnOff?(ruleId: string): void;
  onDismissTurnedOff?(): void;
}

/** What the sidebar hands the finding list besides the findings: the actions other than Fix, and the text quoted. */
export type FindingTools = Omit<FindingListProps, 'findings' | 'busy' | 'onApplyFix'>;

/** The reply's problems, most serious first, each with what the agent can do about it. */
export function FindingList({
  findings,
  text,
  busy,
  turnedOffRule,
  lockedRules = [],
  onUndoTurnOff,
  onDismissTurnedOff,
  ...actions
}: FindingListProps) {
  const confirmation = (
    // Always on the page, so screen readers announce the confirmation when it appears.
    <div class="tf-rule-off-status" role="status">
      {turnedOffRule && (
        <p class="tf-notice tf-notice-info tf-rule-off" data-rule-off={turnedOffRule}>
          <span>{t('sidebar_findings_turned_off', ruleName(turnedOffRule))}</span>
          <span class="tf-notice-actions">
            {onUndoTurnOff && (
              <button
                type="button"
                class="tf-link tf-undo"
                disabled={busy}
                onMouseDown={keepEditorFocus}
                onClick={() => onUndoTurnOff(turnedOffRule)}
              >
                {t('sidebar_findings_undo')}
              </button>
            )}
            {onDismissTurnedOff && (
              <button type="button" class="tf-link" onMouseDown={keepEditorFocus} onClick={onDismissTurnedOff}>
                {t('sidebar_findings_dismiss')}
              </button>
            )}
          </span>
        </p>
      )}
    </div>
  );
  return (
    <section class="tf-section" aria-labelledby="tf-findings-heading">
      <h2 id="tf-findings-heading" class="tf-heading">
        {t('sidebar_findings_heading')}
      </h2>
      {confirmation}
      {findings.length === 0 && <p class="tf-muted">{t('sidebar_findings_none')}</p>}
      {SEVERITY_ORDER.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} class={`tf-group tf-group-${severity}`}>
            <h3 class="tf-subheading">{t(SEVERITY_LABELS[severity])}</h3>
            <ul class="tf-findings">
              {group.map((finding) => (
                <FindingItem
                  key={`${finding.ruleId}:${finding.start}:${finding.end}`}
                  finding={finding}
                  words={text?.slice(finding.start, finding.end).trim() ?? ''}
                  busy={busy}
                  ruleLocked={lockedRules.includes(finding.ruleId)}
                  {...actions}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

interface FindingItemProps extends FindingActions {
  finding: Finding;
  words: string;
  busy: boolean;
  ruleLocked: boolean;
}

interface FindingTextProps extends Pick<FindingActions, 'onSelect'> {
  finding: Finding;
  words: string;
  messageId: string;
}

/** The finding's message and the flagged words; a button that selects them when it can. */
function FindingText({ finding, words, messageId, onSelect }: FindingTextProps) {
  const summary = (
    <>
      <span class="tf-message" id={messageId}>
        {finding.message}
      </span>
      {/* The agent's own words may be right-to-left (Arabic, Hebrew): let the browser read their direction. */}
      {words && (
        <q class="tf-flagged" dir="auto">
          {words}
        </q>
      )}
    </>
  );
  if (!onSelect) return <p class="tf-finding-text">{summary}</p>;
  return (
    <button
      type="button"
      class="tf-finding-text"
      title={t('sidebar_findings_select_hint')}
      onMouseDown={keepEditorFocus}
      onClick={() => onSelect(finding)}
    >
      {summary}
    </button>
  );
}

/** What the Fix button will do: add, try these words, or remove. */
function FixPreview({ finding, fix }: { finding: Finding; fix: string }) {
  const replacement = fix.trim();
  return (
    <p class="tf-suggestion">
      <span class="tf-muted">
        {finding.start === finding.end
          ? t('sidebar_findings_add')
          : replacement
            ? t('sidebar_findings_try')
            : t('sidebar_findings_remove')}
      </span>{' '}
      {replacement && <q dir="auto">{replacement}</q>}
    </p>
  );
}

function FindingItem({
  finding,
  words,
  busy,
  ruleLocked,
  onApplyFix,
  onIgnore,
  onTurnOffRule,
  onSelect,
}: FindingItemProps) {
  const [showWhy, setShowWhy] = useState(false);
  const id = useId();
  const messageId = `${id}-message`;
  const noteId = `${id}-note`;
  const fix = finding.suggestions[0];
  return (
    <li
      class={`tf-finding tf-severity-${finding.severity}`}
      data-rule-id={finding.ruleId}
      data-category={finding.category}
    >
      <FindingText finding={finding} words={words} messageId={messageId} onSelect={onSelect} />
      {fix !== undefined && <FixPreview finding={finding} fix={fix} />}
      {showWhy && (
        <p class="tf-note" id={noteId}>
          {finding.note}
        </p>
      )}
      <div class="tf-actions">
        {fix !== undefined && (
          <button
            type="button"
            class="tf-button tf-primary tf-fix"
            disabled={busy}
            aria-describedby={messageId}
            onMouseDown={keepEditorFocus}
            onClick={() => onApplyFix(finding)}
          >
            {t('sidebar_findings_fix')}
          </button>
        )}
        {onIgnore && (
          <button
            type="button"
            class="tf-button tf-ignore"
            aria-describedby={messageId}
            onMouseDown={keepEditorFocus}
            onClick={() => onIgnore(finding)}
          >
            {t('sidebar_findings_ignore')}
          </button>
        )}
        {onTurnOffRule && (
          <TurnOffRuleButton
            class="tf-button tf-turn-off"
            busy={busy}
            locked={ruleLocked}
            describedBy={messageId}
            lockedNoteId={`${id}-locked`}
            onTurnOff={() => onTurnOffRule(finding)}
          />
        )}
        <button
          type="button"
          class="tf-button tf-why"
          aria-expanded={showWhy}
          aria-controls={showWhy ? noteId : undefined}
          aria-describedby={messageId}
          onMouseDown={keepEditorFocus}
          onClick={() => setShowWhy(!showWhy)}
        >
          {t('sidebar_findings_why')}
        </button>
      </div>
    </li>
  );
}
