// The engine's public contract. The category and emotion ids are published in
// ../shared/coaching-guide.md and used by the CLI, packs and tests: never rename them.

export const CATEGORIES = [
  'sympathy',
  'missing-empathy',
  'missing-greeting',
  'missing-closing',
  'blame',
  'condescension',
  'jargon',
  'missing-next-step',
  'runaround',
  'shouting',
  'hostility',
  'negative-phrasing',
] as const;

/** The coaching guide's twelve categories plus the ones Tactful adds on top. */
export type GuideCategory = (typeof CATEGORIES)[number];
export type Category = GuideCategory | (string & {});

export const EMOTIONS = ['angry', 'frustrated', 'confused', 'anxious', 'hurried', 'apologetic'] as const;
export type EmotionId = (typeof EMOTIONS)[number];

/** error: will hurt the relationship; warning: likely to land badly; suggestion: polish. */
export type Severity = 'error' | 'warning' | 'suggestion';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Offsets into the reply text (UTF-16 code units), start <= end. start === end marks an insertion point. */
  start: number;
  end: number;
  /** One line, shown next to the underline. */
  message: string;
  /** Why it matters, in coaching language (the sidebar's "Why"). */
  note: string;
  /** Replacement texts for [start, end), best first; for an insertion point, text to insert there. */
  suggestions: string[];
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface DetectedEmotion {
  id: EmotionId;
  /** 0..1 */
  confidence: number;
  /** Spans in the customer's message that gave the emotion away. */
  evidence: TextSpan[];
}

export interface EmpathyStatement {
  id: string;
  text: string;
  emotions: EmotionId[];
  /** Ranking score, higher first. */
  score: number;
}

export interface Score {
  /** 0..100 */
  value: number;
  /** One sentence the agent can act on. */
  explanation: string;
}

export interface Scores {
  warmth: Score;
  empathy: Score;
  clarity: Score;
  professionalism: Score;
  overall: Score;
  /** The politeness model's probability (0..1) that the reply reads as polite. */
  politeness: number;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

/** A team phrase to avoid, with what to say instead (packs will carry these). */
export interface TeamPhrase {
  phrase: string;
  replacements: string[];
  message?: string;
  severity?: Severity;
}

export interface CoachingSettings {
  /** Per rule id: turn off or change severity. */
  rules?: Record<string, RuleSetting>;
  /** Phrases never flagged (case-insensitive). */
  allow?: string[];
  teamPhrases?: TeamPhrase[];
  /** Used to fill greeting/closing suggestions. */
  agentName?: string;
  customerFirstName?: string;
}

/** How the customer will read the reply: a mail thread, or a live chat or messaging window. */
export type ConversationChannel = 'email' | 'chat';

export interface TeamWording {
  /** The team's greeting line ("Hi Dana,"), offered first when a reply has none. */
  greeting?: string;
  /** The team's closing ("Warm regards, the Acme team"), offered first when a reply has none. */
  closing?: string;
}

export interface AnalyzeContext {
  customerMessage?: string;
  settings?: CoachingSettings;
  /** The team's wording, from the snippet pack in use. */
  team?: TeamWording;
  /** Where the reply goes, as the host page tells it; absent when the page does not say. */
  channel?: ConversationChannel;
}

export interface LanguageInfo {
  /** false when the reply does not look like English: findings are withheld rather than guessed. */
  supported: boolean;
  note?: string;
}

export interface Analysis {
  findings: Finding[];
  emotions: DetectedEmotion[];
  statements: EmpathyStatement[];
  scores: Scores;
  language: LanguageInfo;
}
