import { ACKNOWLEDGEMENT_PATTERNS } from '../data/acknowledgements';
import { REPORT_THRESHOLD } from '../emotions/detect';
import { showsUpsettingSituation } from '../emotions/situations';
import { presenceRule } from '../engine/kinds';
import { emotionConfidence, type RuleContext } from '../engine/rule';
import { ruleSetting } from '../engine/settings';
import type { EmotionId } from '../types';
import sympathyRule from './sympathy';

const UPSET: EmotionId[] = ['angry', 'frustrated', 'anxious'];
const MIN_WORDS = 3;
const SUGGESTIONS = 3;
/**
 * Below this confidence an upset reading rests on one weak word ("anymore", "charged", "lost the
 * charger"), and calm customers outnumber upset ones there. Such a reading asks for an
 * acknowledgement only when the message also shows an upsetting situation or a raised voice.
 */
const CLEARLY_UPSET = 0.2;

function customerIsUpset(context: RuleContext): boolean {
  const confidence = emotionConfidence(context, ...UPSET);
  if (confidence >= CLEARLY_UPSET) return true;
  return confidence >= REPORT_THRESHOLD && showsUpsettingSituation(context.customer.text);
}

/**
 * A sympathy claim ("I know exactly how you feel", "I know that feeling all too well") is an
 * attempt at acknowledgement. The sympathy rule already offers an empathy statement in its place,
 * so asking for one here as well would coach the same sentence twice; this rule steps back
 * whenever the sympathy rule, which reads whole sentences, finds a claim.
 */
function hasSympathyClaim(context: RuleContext): boolean {
  if (ruleSetting(context.settings, 'sympathy').enabled === false) return false;
  return sympathyRule.check(context).length > 0;
}

function acknowledgementsFor(context: RuleContext): string[] {
  const fitting = context.statements.filter((statement) => statement.emotions.some((id) => UPSET.includes(id)));
  return fitting.slice(0, SUGGESTIONS).map((statement) => statement.text);
}

export default presenceRule({
  meta: {
    category: 'missing-empathy',
    severity: 'warning',
    description: 'The customer is upset or worried and the reply never acknowledges it.',
  },
  patterns: ACKNOWLEDGEMENT_PATTERNS,
  applies: (context) => context.reply.wordCount >= MIN_WORDS && customerIsUpset(context) && !hasSympathyClaim(context),
  scope: (context) => ({ start: context.reply.contentStart, end: context.reply.contentEnd }),
  insertion(context) {
    const { reply } = context;
    const statements = acknowledgementsFor(context);
    if (reply.body.end > reply.body.start)
      return { at: reply.body.start, suggestions: statements.map((text) => `${text} `) };
    return { at: reply.contentEnd, suggestions: statements.map((text) => `\n\n${text}`) };
  },
  message: 'Acknowledge how the customer feels before the steps.',
  note: 'An upset customer reads a reply that jumps straight to instructions as "they didn\'t listen". One sincere sentence that names the feeling or situation, placed before the technical part, changes how the rest is received.',
});
