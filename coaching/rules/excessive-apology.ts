import { APOLOGY_PATTERNS, THANKS_INSTEAD } from '../data/apology';
import { PhraseMatcher } from '../engine/patterns';
import type { FindingDraft, Rule } from '../engine/rule';
import { matchCase } from '../engine/text-tools';

const apologies = new PhraseMatcher(APOLOGY_PATTERNS);
/** Up to this many apologies read as sincere. */
export const MAX_APOLOGIES = 2;

const rule: Rule = {
  meta: {
    category: 'excessive-apology',
    severity: 'suggestion',
    description: `More than ${MAX_APOLOGIES} apologies in one reply.`,
  },
  check(context) {
    const { reply } = context;
    const findings: FindingDraft[] = [];
    let count = 0;
    for (const match of apologies.matches(reply.masked, reply.contentStart, reply.contentEnd)) {
      count++;
      if (count <= MAX_APOLOGIES) continue;
      findings.push({
        start: match.start,
        end: match.end,
        message: 'Another apology; thank the customer instead.',
        note: 'One sincere apology is enough. Repeating it makes the reply sound anxious and keeps the focus on the problem; thanking the customer for their patience or for the report moves things forward.',
        suggestions: THANKS_INSTEAD.map((text) => matchCase(text, match.text)),
      });
    }
    return findings;
  },
};

export default rule;
