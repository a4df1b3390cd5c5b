// Orders search candidates best first: by text relevance, by fit with the customer's emotions,
// and by how much the agent uses each snippet. Pure: same input, same order.

import type { EmotionId } from '@/coaching/types';
import type { Snippet } from './schema';
import { normaliseQuery } from './search-ahead';

/** How much each signal counts; they add up to 1, so scores run 0..1 (an exact shortcut adds 1). */
export const RANKING_WEIGHTS = { relevance: 0.6, emotionFit: 0.25, usage: 0.15 } as const;
/** Uses at which frequency counts in full; more do not add (a favourite should not bury everything). */
const USAGE_SATURATION = 50;
/** A snippet used this many days ago counts half as recent as one used now. */
const RECENCY_HALF_LIFE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_SEARCH_LIMIT = 20;

export interface CustomerEmotion {
  id: EmotionId;
  /** 0..1, as the coaching engine reports it. */
  confidence: number;
}

export interface SearchContext {
  /** The current customer's emotions (analyze(...).emotions); none for a calm customer. */
  emotions?: readonly CustomerEmotion[];
  /** Milliseconds since the epoch, for recency. */
  now?: number;
  limit?: number;
  /** Only snippets passing it are returned (e.g. one tag, one pack). */
  filter?: (snippet: Snippet) => boolean;
}

export interface RankedSnippet {
  snippet: Snippet;
  score: number;
  /** 0..1 relative to the best text match of this search (1 for all when the query is empty). */
  relevance: number;
  /** 0..1: the confidence of the customer's strongest emotion the snippet is written for. */
  emotionFit: number;
  /** 0..1: how often and how recently the agent inserted it. */
  usage: number;
  /** The query is exactly the snippet's shortcut: it always comes first. */
  exactShortcut: boolean;
}

export interface SearchCandidate {
  snippet: Snippet;
  /** Raw text relevance (any positive scale); 0 when there was no query. */
  relevance: number;
}

export function emotionFit(snippet: Snippet, emotions: readonly CustomerEmotion[]): number {
  let fit = 0;
  for (const emotion of emotions) {
    if (snippet.emotions.includes(emotion.id)) fit = Math.max(fit, Math.min(1, Math.max(0, emotion.confidence)));
  }
  return fit;
}

export function usageScore(snippet: Snippet, now: number): number {
  const frequency = Math.min(1, Math.log1p(snippet.usageCount) / Math.log1p(USAGE_SATURATION));
  const ageDays = snippet.lastUsedAt === null ? Infinity : Math.max(0, now - snippet.lastUsedAt) / DAY_MS;
  const recency = Number.isFinite(ageDays) ? 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS) : 0;
  return (frequency + recency) / 2;
}

/** Orders candidates best first and keeps `limit` of them. Pure: same input, same order. */
export function rankSnippets(
  candidates: readonly SearchCandidate[],
  query: string,
  context: SearchContext = {},
): RankedSnippet[] {
  const { emotions = [], now = Date.now(), limit = DEFAULT_SEARCH_LIMIT } = context;
  const shortcut = normaliseQuery(query);
  if (limit <= 0) return [];
  let best = 0;
  for (const candidate of candidates) best = Math.max(best, candidate.relevance);
  let strongestEmotion = 0;
  for (const emotion of emotions) strongestEmotion = Math.max(strongestEmotion, Math.min(1, emotion.confidence));
  const top: RankedSnippet[] = [];
  for (const { snippet, relevance: raw } of candidates) {
    const relevance = best > 0 ? raw / best : 1;
    // Skip the full scoring when even a perfect fit and usage could not reach the current top.
    if (top.length === limit) {
      const ceiling =
        RANKING_WEIGHTS.relevance * relevance +
        (snippet.emotions.length > 0 ? RANKING_WEIGHTS.emotionFit * strongestEmotion : 0) +
        (snippet.usageCount > 0 || snippet.lastUsedAt !== null ? RANKING_WEIGHTS.usage : 0) +
        (snippet.shortcut === shortcut ? 1 : 0);
      if (ceiling < top[limit - 1]!.score) continue;
    }
    const fit = emotionFit(snippet, emotions);
    const usage = usageScore(snippet, now);
    const exactShortcut = shortcut !== '' && snippet.shortcut === shortcut;
    const score =
      RANKING_WEIGHTS.relevance * relevance +
      RANKING_WEIGHTS.emotionFit * fit +
      RANKING_WEIGHTS.usage * usage +
      (exactShortcut ? 1 : 0);
    insertTop(top, { snippet, score, relevance, emotionFit: fit, usage, exactShortcut }, limit);
  }
  return top;
}

function ranksBefore(a: RankedSnippet, b: RankedSnippet): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.snippet.title !== b.snippet.title) return a.snippet.title < b.snippet.title;
  return a.snippet.id < b.snippet.id;
}

/** Keeps `top` sorted and at most `limit` long: cheaper than sorting thousands of prefix matches. */
function insertTop(top: RankedSnippet[], entry: RankedSnippet, limit: number): void {
  if (top.length === limit && !ranksBefore(entry, top[top.length - 1]!)) return;
  let position = top.length;
  while (position > 0 && ranksBefore(entry, top[position - 1]!)) position--;
  top.splice(position, 0, entry);
  if (top.length > limit) top.pop();
}
