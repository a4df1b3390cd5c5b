import { HOSTILITY_PHRASES } from '../data/hostility';
import { existenceRule } from '../engine/kinds';

export default existenceRule({
  meta: {
    category: 'hostility',
    severity: 'error',
    description: 'Insults, profanity, sarcasm or dismissive remarks.',
  },
  entries: HOSTILITY_PHRASES,
  message: '"{phrase}" is dismissive or hostile.',
  note: 'First, do no harm: one sharp remark can undo an otherwise helpful reply and is easy to screenshot. Remove it and restate the point calmly.',
});
