import type { Scores } from '@/coaching';
import { t } from '@/lib/i18n';

const DIMENSIONS = [
  ['overall', 'sidebar_score_overall'],
  ['warmth', 'sidebar_score_warmth'],
  ['empathy', 'sidebar_score_empathy'],
  ['clarity', 'sidebar_score_clarity'],
  ['professionalism', 'sidebar_score_professionalism'],
] as const;

/** The reply's scores as meters, each with the sentence that explains it. */
export function ScoreMeters({ scores }: { scores: Scores }) {
  return (
    <section class="tf-section" aria-labelledby="tf-scores-heading">
      <h2 id="tf-scores-heading" class="tf-heading">
        {t('sidebar_scores_heading')}
      </h2>
      <ul class="tf-scores">
        {DIMENSIONS.map(([key, labelKey]) => {
          const score = scores[key];
          const label = t(labelKey);
          return (
            <li key={key} class="tf-score" title={score.explanation}>
              <span class="tf-score-label">{label}</span>
              <meter
                min={0}
                max={100}
                low={50}
                high={80}
                optimum={100}
                value={score.value}
                aria-label={t('sidebar_score_meter_label', label, score.value)}
              />
              <span class="tf-score-value">{score.value}</span>
              <span class="tf-score-explanation">{score.explanation}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
