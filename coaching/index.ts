// Tactful's coaching engine: plain text in, findings, emotions, empathy statements and scores out.
// Pure and synchronous: no DOM, no browser or Node APIs, no timers.

import { applySuggestion } from './engine/apply';
import { prepareReply, type ReplyDocument } from './engine/document';
import { detectLanguage } from './engine/language';
import type { RuleContext } from './engine/rule';
import { emptyScores, scoreReply } from './engine/scores';
import { applyAllowList, ruleSetting } from './engine/settings';
import { detectEmotions } from './emotions/detect';
import { rules, ruleIds } from './rules';
import { politenessProbability } from './politeness/index';
import { rankStatements } from './statements/rank';
import type {
  Analysis,
  AnalyzeContext,
  CoachingSettings,
  DetectedEmotion,
  EmpathyStatement,
  Finding,
  TeamWording,
} from './types';

export * from './types';
export { applySuggestion, rules, ruleIds, detectEmotions, rankStatements };
export type { Rule, RuleMeta, RuleContext, FindingDraft } from './engine/rule';

const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 } as const;
const NO_SETTINGS: CoachingSettings = {};
const NO_TEAM: TeamWording = {};
/** The politeness model reads the agent's own words; a long reply is sampled from its start. */
const POLITENESS_SAMPLE_CHARS = 8000;

/**
 * The customer's message rarely changes while the agent types, so its reading is kept for the
 * last message seen. Results are the same as recomputing; only the work is saved.
 */
let lastCustomer: { message: string | undefined; emotions: DetectedEmotion[]; statements: EmpathyStatement[] } | null =
  null;

function readCustomer(message: string | undefined): { emotions: DetectedEmotion[]; statements: EmpathyStatement[] } {
  if (lastCustomer && lastCustomer.message === message) return lastCustomer;
  const emotions = detectEmotions(message);
  lastCustomer = { message, emotions, statements: rankStatements(emotions, message) };
  return lastCustomer;
}

function isInsideExcluded(document: ReplyDocument, finding: Finding): boolean {
  for (const span of document.excluded) {
    if (
      finding.start === finding.end
        ? finding.start > span.start && finding.start < span.end
        : finding.start < span.end && span.start < finding.end
    ) {
      return true;
    }
  }
  return false;
}

function runRules(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const textLength = context.reply.text.length;
  for (const ruleId of ruleIds) {
    const rule = rules[ruleId]!;
    const setting = ruleSetting(context.settings, ruleId);
    if (setting.enabled === false) continue;
    for (const draft of rule.check(context)) {
      const start = Math.max(0, Math.min(draft.start, textLength));
      const end = Math.max(start, Math.min(draft.end, textLength));
      const severity = setting.severity ?? draft.severity ?? rule.meta.severity;
      findings.push({
        ruleId,
        category: rule.meta.category,
        severity,
        start,
        end,
        message: draft.message,
        note: draft.note,
        suggestions: draft.suggestions,
      });
    }
  }
  return findings;
}

interface ReadReply {
  text: string;
  settings: CoachingSettings;
  document: ReplyDocument;
  emotions: DetectedEmotion[];
  statements: EmpathyStatement[];
  language: Analysis['language'];
  /** Set only when the reply is English with words in it: the rules have something to judge. */
  ruleContext: RuleContext | null;
}

/** What analyze() and analyzeFindings() both read from the reply and the customer's message. */
function readReply(reply: string, context: AnalyzeContext): ReadReply {
  const text = typeof reply === 'string' ? reply : '';
  const settings = context.settings ?? NO_SETTINGS;
  const customerMessage = typeof context.customerMessage === 'string' ? context.customerMessage : undefined;
  const document = prepareReply(text);
  const customer = readCustomer(customerMessage);
  // Copies, so a caller that edits its result cannot change the next one.
  const emotions = customer.emotions.map((emotion) => ({
    ...emotion,
    evidence: emotion.evidence.map((span) => ({ ...span })),
  }));
  const statements = customer.statements.map((statement) => ({ ...statement, emotions: [...statement.emotions] }));
  const language = detectLanguage(document.masked, document.contentStart, document.contentEnd);
  const ruleContext: RuleContext | null =
    language.supported && document.wordCount > 0
      ? {
          reply: document,
          customer: { text: customerMessage ?? '', emotions },
          statements,
          settings,
          channel: context.channel === 'chat' ? 'chat' : 'email',
          team: context.team && typeof context.team === 'object' ? context.team : NO_TEAM,
        }
      : null;
  return { text, settings, document, emotions, statements, language, ruleContext };
}

function findingsOf({ text, settings, document, ruleContext }: ReadReply): Finding[] {
  if (!ruleContext) return [];
  return applyAllowList(text, runRules(ruleContext), settings.allow)
    .filter((finding) => !isInsideExcluded(document, finding))
    .sort((a, b) => a.start - b.start || a.end - b.end || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function analyze(reply: string, context: AnalyzeContext = {}): Analysis {
  const read = readReply(reply, context);
  const { document, emotions, statements, language } = read;
  const agentText = document.masked.slice(
    document.contentStart,
    Math.min(document.contentEnd, document.contentStart + POLITENESS_SAMPLE_CHARS),
  );
  const politeness = language.supported && document.wordCount > 0 ? politenessProbability(agentText) : 0;

  if (!language.supported) {
    return {
      findings: [],
      emotions,
      statements,
      scores: emptyScores(language.note ?? 'Scores are only available for English replies.', politeness),
      language,
    };
  }
  if (document.wordCount === 0) {
    return {
      findings: [],
      emotions,
      statements,
      scores: emptyScores('Start writing to see how the reply scores.', politeness),
      language,
    };
  }
  const findings = findingsOf(read);
  return { findings, emotions, statements, scores: scoreReply(document, findings, emotions, politeness), language };
}

/**
 * analyze(reply, context).findings, without the work only the rest of the analysis needs (the
 * politeness model, the scores): for tools that report findings alone, such as `pack lint`.
 */
export function analyzeFindings(reply: string, context: AnalyzeContext = {}): Finding[] {
  return findingsOf(readReply(reply, context));
}
