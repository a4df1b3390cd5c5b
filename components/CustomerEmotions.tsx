import type { DetectedEmotion, EmotionId } from '@/coaching';
import type { CustomerMessage } from '@/lib/hosts/types';
import { t, type MessageKey } from '@/lib/i18n';

const EMOTION_LABELS: Record<EmotionId, MessageKey> = {
  angry: 'sidebar_emotion_angry',
  frustrated: 'sidebar_emotion_frustrated',
  confused: 'sidebar_emotion_confused',
  anxious: 'sidebar_emotion_anxious',
  hurried: 'sidebar_emotion_hurried',
  apologetic: 'sidebar_emotion_apologetic',
};

export interface CustomerPickProps {
  /** The agent is picking the message on the page now. */
  picking: boolean;
  onPick(): void;
  onCancel(): void;
}

/** No customer message found: says so in one line, and offers to pick it on the page. */
function NoCustomer({ pick }: { pick: CustomerPickProps | undefined }) {
  if (pick?.picking) {
    return (
      <p class="tf-muted tf-customer-pick" role="status">
        {t('sidebar_customer_picking')}{' '}
        <button type="button" class="tf-link" onClick={pick.onCancel}>
          {t('sidebar_customer_pick_cancel')}
        </button>
      </p>
    );
  }
  return (
    <p class="tf-muted tf-customer-pick">
      {t('sidebar_customer_none')}{' '}
      {pick && (
        <button type="button" class="tf-link" data-tactful-pick-customer onClick={pick.onPick}>
          {t('sidebar_customer_pick')}
        </button>
      )}
    </p>
  );
}

/** How the customer's latest message reads, with the words that gave it away. */
export function CustomerEmotions({
  customer,
  emotions,
  pick,
}: {
  customer: CustomerMessage | null;
  emotions: DetectedEmotion[];
  pick?: CustomerPickProps;
}) {
  return (
    <section class="tf-section" aria-labelledby="tf-customer-heading">
      <h2 id="tf-customer-heading" class="tf-heading">
        {t('sidebar_customer_heading')}
      </h2>
      {!customer && <NoCustomer pick={pick} />}
      {customer && emotions.length === 0 && (
        // The name comes from the page and may be written right to left.
        <p class="tf-muted" dir="auto">
          {customer.authorName ? t('sidebar_customer_calm_named', customer.authorName) : t('sidebar_customer_calm')}
        </p>
      )}
      {customer && emotions.length > 0 && (
        <ul class="tf-emotions">
          {emotions.map((emotion) => (
            <li key={emotion.id} class={`tf-emotion tf-emotion-${emotion.id}`} data-emotion={emotion.id}>
              <span class="tf-emotion-name">{t(EMOTION_LABELS[emotion.id])}</span>
              <span class="tf-emotion-confidence">
                {t('sidebar_emotion_confidence', Math.round(emotion.confidence * 100))}
              </span>
              {emotion.evidence.length > 0 && (
                // The customer's own words: each quote takes its direction from its text.
                <span class="tf-evidence" dir="auto">
                  {emotion.evidence.slice(0, 3).map((span) => (
                    <q key={span.start} dir="auto">
                      {span.text}
                    </q>
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
