import { SMALL_TALK_PHRASES } from '../data/small-talk';
import { REPORT_THRESHOLD } from '../emotions/detect';
import { existenceRule } from '../engine/kinds';
import { emotionConfidence } from '../engine/rule';

export default existenceRule({
  meta: {
    category: 'small-talk-when-hurried',
    severity: 'suggestion',
    description: 'Pleasantries or a long preamble when the customer says they are in a hurry.',
  },
  entries: SMALL_TALK_PHRASES,
  message: 'The customer is in a hurry; skip the small talk.',
  note: 'When someone says they are short on time, respect shows in getting to the answer fast. Acknowledge the urgency in a few words and lead with the quickest fix.',
  accept: (_match, context) => emotionConfidence(context, 'hurried') >= REPORT_THRESHOLD,
});
