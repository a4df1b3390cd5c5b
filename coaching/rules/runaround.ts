import { HANDOFF_PATTERNS, RUNAROUND_PHRASES } from '../data/runaround';
import { existenceRule } from '../engine/kinds';
import { PhraseMatcher } from '../engine/patterns';
import { sentenceAt } from '../engine/text-tools';

const handoff = new PhraseMatcher(HANDOFF_PATTERNS);
/** Sentences on either side that may carry the handoff. */
const NEIGHBOURS = 1;

export default existenceRule({
  meta: {
    category: 'runaround',
    severity: 'warning',
    description: 'Sends the customer to another team or place without handing the case over.',
  },
  entries: RUNAROUND_PHRASES,
  message: 'This sends the customer elsewhere; hand the case over for them.',
  note: "Being told to call someone else feels like a wild goose chase. Be the customer's conduit: pass the case on with the details they already gave you and tell them who will contact them and when.",
  accept(match, context) {
    const { sentences, masked } = context.reply;
    if (sentences.length === 0) return true;
    const index = sentenceAt(sentences, match.start);
    const from = sentences[Math.max(0, index - NEIGHBOURS)]!.start;
    const to = sentences[Math.min(sentences.length - 1, index + NEIGHBOURS)]!.end;
    return !handoff.test(masked, from, to);
  },
});
