import type { Scores } from '@/coaching';

const DIMENSIONS = [
  ['overall', 'Overall'],
  ['warmth', 'Warmth'],
  ['empathy', 'Empathy'],
  ['clarity', 'Clarity'],
  ['professionalism', 'Professionalism'],
] as const;

/** The reply's scores as meters, each with the sentence that explains it. */
export function ScoreMeters({ scores }: { scores: Scores }) {
  return (
    <section class="tf-section" aria-labelledby="tf-scores-heading">
      <h2 id="tf-scores-heading" class="tf-heading">Scores</h2>
      <ul class="tf-scores">
        {DIMENSIONS.map(([key, label]) => {
          const score = scores[key];
          return (
            <li key={key} class="tf-score" title={score.explanation}>
              <span class="tf-score-label">{label}</span>
              <meter min={0} max={100} low={50} high={80} optimum={100} value={score.value} aria-label={`${label} ${score.value} of 100`} />
              <span class="tf-score-value">{score.value}</span>
              <span class="tf-score-explanation">{score.explanation}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
