// The politeness strategies the scanner recognises and the model weighs. Their phrase lists are
// data (data/politeness-strategies.ts, which says how phrases are written and where they match);
// here is what the rest of the politeness code may rely on about them.

import { POLITENESS_STRATEGIES } from '../data/politeness-strategies';

export const MAX_PHRASE_WORDS = 4;

export interface StrategyDefinition {
  /** Stable id, also the key of the strategy's weight in weights.json. */
  readonly id: string;
  /** What the writer did, phrased for the agent ("you thanked them"). */
  readonly label: string;
  readonly anywhere?: readonly string[];
  readonly start?: readonly string[];
  readonly notStart?: readonly string[];
}

export const STRATEGIES = POLITENESS_STRATEGIES satisfies readonly StrategyDefinition[];

export type StrategyId = (typeof STRATEGIES)[number]['id'];

export const STRATEGY_IDS: readonly StrategyId[] = STRATEGIES.map((strategy) => strategy.id);
