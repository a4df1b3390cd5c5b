import { SYMPATHY_PHRASES, SYMPATHY_REPLACEMENTS } from '../data/sympathy';
import { existenceRule } from '../engine/kinds';
import { perSentence } from '../engine/memo';
import { withSentenceCheck } from '../engine/sentence-findings';

/**
 * The agent claims the customer's feeling as their own ("I know that feeling all too well", "I
 * feel same like you"), however it is worded; "I'd feel the same" and "must be" stay empathy.
 */
const SHARED_FEELING =
  /\bi (?:(?:really|truly|totally|completely) )?(?:know|feel|felt) (?:(?:exactly|precisely|just|really) )?(?:your pain|(?:that|this|the) (?:feeling|fear|pain|frustration)|(?:the )?same(?: like| as)? you|what (?:that's|that is|it's|it is) like|how (?:it|that|this) feels|what you(?:'re| are) (?:feeling|going through)|precisely the \p{L}+)/u;
const HEDGED = /\b(?:must|can|could|might) be\b|\bi'd feel\b/u;
const CLAIM_MESSAGE = 'Acknowledge the feeling instead of claiming to share it.';
const NOTE =
  'Nobody can know exactly what another person feels, and customers often bristle when told so. Naming the feeling you can see ("this must be frustrating") shows you listened without presuming.';

const phrases = existenceRule({
  meta: {
    category: 'sympathy',
    severity: 'warning',
    description: 'Claims to know or share exactly how the customer feels.',
  },
  entries: SYMPATHY_PHRASES,
  message: CLAIM_MESSAGE,
  note: NOTE,
  suggestions: SYMPATHY_REPLACEMENTS,
});

export default withSentenceCheck(phrases, {
  read: perSentence((sentence) => {
    const text = sentence.replace(/[’‘]/g, "'").toLowerCase();
    return SHARED_FEELING.test(text) && !HEDGED.test(text) ? CLAIM_MESSAGE : null;
  }),
  note: NOTE,
  suggest: () => `${SYMPATHY_REPLACEMENTS[0] ?? ''}.`,
});
