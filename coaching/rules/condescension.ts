import { CONDESCENSION_PHRASES } from '../data/condescension';
import { existenceRule } from '../engine/kinds';
import { withSentenceCheck } from '../engine/sentence-findings';
import { condescensionIn } from '../engine/tone';

const NOTE =
  'People who ask for help often already feel out of their depth. Words that make a step sound obvious, or remind them they were told before, confirm that feeling; patient, plain steps do the opposite.';

const phrases = existenceRule({
  meta: {
    category: 'condescension',
    severity: 'warning',
    description: 'Words that talk down to the customer ("obviously", belittling "just", "as I already explained").',
  },
  entries: CONDESCENSION_PHRASES,
  message: '"{phrase}" can sound condescending.',
  note: NOTE,
});

export default withSentenceCheck(phrases, { read: (sentence) => condescensionIn(sentence), note: NOTE });
