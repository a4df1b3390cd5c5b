import { HOSTILITY_PHRASES } from '../data/hostility';
import { existenceRule } from '../engine/kinds';
import { withSentenceCheck } from '../engine/sentence-findings';
import { dismissalIn } from '../engine/tone';

const NOTE =
  'First, do no harm: one sharp remark can undo an otherwise helpful reply and is easy to screenshot. Remove it and restate the point calmly.';

const phrases = existenceRule({
  meta: {
    category: 'hostility',
    severity: 'error',
    description: 'Insults, profanity, sarcasm or dismissive remarks.',
  },
  entries: HOSTILITY_PHRASES,
  message: '"{phrase}" is dismissive or hostile.',
  note: NOTE,
});

export default withSentenceCheck(phrases, { read: (sentence) => dismissalIn(sentence), note: NOTE });
