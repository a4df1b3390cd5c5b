import { useState } from 'preact/hooks';
import type { Finding, Severity } from '@/coaching';
import { keepEditorFocus } from './focus';

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'suggestion'];
const SEVERITY_LABELS: Record<Severity, string> = { error: 'Fix before sending', warning: 'Worth a look', suggestion: 'Polish' };

interface FindingListProps {
  findings: Finding[];
  busy: boolean;
  onApplyFix(finding: Finding): void;
}

/** The reply's problems, most serious first. */
export function FindingList({ findings, busy, onApplyFix }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <section class="tf-section" aria-labelledby="tf-findings-heading">
        <h2 id="tf-findings-heading" class="tf-heading">Your reply</h2>
        <p class="tf-muted">Nothing to coach right now.</p>
      </section>
    );
  }
  return (
    <section class="tf-section" aria-labelledby="tf-findings-heading">
      <h2 id="tf-findings-heading" class="tf-heading">Your reply</h2>
      {SEVERITY_ORDER.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} class={`tf-group tf-group-${severity}`}>
            <h3 class="tf-subheading">{SEVERITY_LABELS[severity]}</h3>
            <ul class="tf-findings">
              {group.map((finding) => (
                <FindingItem key={`${finding.ruleId}:${finding.start}:${finding.end}`} finding={finding} busy={busy} onApplyFix={onApplyFix} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function FindingItem({ finding, busy, onApplyFix }: { finding: Finding; busy: boolean; onApplyFix(finding: Finding): void }) {
  const [showWhy, setShowWhy] = useState(false);
  const fix = finding.suggestions[0];
  return (
    <li class={`tf-finding tf-severity-${finding.severity}`} data-rule-id={finding.ruleId} data-category={finding.category}>
      <p class="tf-message">{finding.message}</p>
      {fix !== undefined && (
        <p class="tf-suggestion">
          <span class="tf-muted">{finding.start === finding.end ? 'Add: ' : fix.trim() ? 'Try: ' : 'Remove it.'}</span>
          {fix.trim() && <q>{fix.trim()}</q>}
        </p>
      )}
      {showWhy && <p class="tf-note">{finding.note}</p>}
      <div class="tf-actions">
        {fix !== undefined && (
          <button type="button" class="tf-button tf-primary" disabled={busy} onMouseDown={keepEditorFocus} onClick={() => onApplyFix(finding)}>
            Fix
          </button>
        )}
        <button
          type="button"
          class="tf-button"
          aria-expanded={showWhy}
          onMouseDown={keepEditorFocus}
          onClick={() => setShowWhy(!showWhy)}
        >
          Why
        </button>
      </div>
    </li>
  );
}
