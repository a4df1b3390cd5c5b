import type {
  Category,
  CoachingSettings,
  ConversationChannel,
  DetectedEmotion,
  EmpathyStatement,
  Finding,
  Severity,
  TeamWording,
} from '../types';
import type { ReplyDocument } from './document';

export interface RuleMeta {
  category: Category;
  severity: Severity;
  /** What the rule looks for, in one sentence (shown in settings). */
  description: string;
}

export interface CustomerView {
  /** The customer's latest message ('' when none was given). */
  text: string;
  emotions: DetectedEmotion[];
}

export interface RuleContext {
  reply: ReplyDocument;
  customer: CustomerView;
  /** Empathy statements ranked for this customer message, best first. */
  statements: EmpathyStatement[];
  settings: CoachingSettings;
  /** Where the reply goes; email when the host does not say (the guide's default). */
  channel: ConversationChannel;
  /** The team's greeting and closing (a snippet pack's); empty when none was given. Phrases to avoid are settings.teamPhrases. */
  team: TeamWording;
}

/** A finding before the engine stamps it with the rule's id, category and severity. */
export type FindingDraft = Omit<Finding, 'ruleId' | 'category' | 'severity'> & {
  /** Only when one finding of a rule differs from the rule's severity (e.g. a team phrase). */
  severity?: Severity;
};

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): FindingDraft[];
}

export function emotionConfidence(context: RuleContext, ...ids: DetectedEmotion['id'][]): number {
  let best = 0;
  for (const emotion of context.customer.emotions) {
    if (ids.includes(emotion.id) && emotion.confidence > best) best = emotion.confidence;
  }
  return best;
}
