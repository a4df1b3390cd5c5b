import type { DetectedEmotion, EmotionId } from '@/coaching';
import type { CustomerMessage } from '@/lib/hosts/types';

const EMOTION_LABELS: Record<EmotionId, string> = {
  angry: 'Angry',
  frustrated: 'Frustrated',
  confused: 'Confused',
  anxious: 'Anxious',
  hurried: 'In a hurry',
  apologetic: 'Apologetic',
};

/** How the customer's latest message reads, with the words that gave it away. */
export function CustomerEmotions({ customer, emotions }: { customer: CustomerMessage | null; emotions: DetectedEmotion[] }) {
  const who = customer?.authorName ?? 'The customer';
  return (
    <section class="tf-section" aria-labelledby="tf-customer-heading">
      <h2 id="tf-customer-heading" class="tf-heading">Customer</h2>
      {!customer && <p class="tf-muted">No customer message found in this conversation.</p>}
      {customer && emotions.length === 0 && <p class="tf-muted">{who} sounds calm.</p>}
      {customer && emotions.length > 0 && (
        <ul class="tf-emotions">
          {emotions.map((emotion) => (
            <li key={emotion.id} class={`tf-emotion tf-emotion-${emotion.id}`} data-emotion={emotion.id}>
              <span class="tf-emotion-name">{EMOTION_LABELS[emotion.id]}</span>
              <span class="tf-emotion-confidence">{Math.round(emotion.confidence * 100)}%</span>
              {emotion.evidence.length > 0 && (
                <span class="tf-evidence">
                  {emotion.evidence.slice(0, 3).map((span) => (
                    <q key={span.start}>{span.text}</q>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
