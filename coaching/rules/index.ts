// The rule registry. Every rule lives in its own file named after its id, and has a table of
// tests next to it (rules/<id>.test.ts); registry.test.ts fails when one is missing.
// Order matters only for ties: findings are sorted by position afterwards.

import type { Rule } from '../engine/rule';
import blame from './blame';
import condescension from './condescension';
import excessiveApology from './excessive-apology';
import hostility from './hostility';
import jargon from './jargon';
import longSentence from './long-sentence';
import missingClosing from './missing-closing';
import missingEmpathy from './missing-empathy';
import missingGreeting from './missing-greeting';
import missingNextStep from './missing-next-step';
import negativePhrasing from './negative-phrasing';
import runaround from './runaround';
import shouting from './shouting';
import smallTalkWhenHurried from './small-talk-when-hurried';
import sympathy from './sympathy';
import teamPhrases from './team-phrases';
import wallOfText from './wall-of-text';

export const rules: Readonly<Record<string, Rule>> = {
  sympathy,
  'missing-empathy': missingEmpathy,
  'missing-greeting': missingGreeting,
  'missing-closing': missingClosing,
  blame,
  condescension,
  jargon,
  'missing-next-step': missingNextStep,
  runaround,
  shouting,
  hostility,
  'negative-phrasing': negativePhrasing,
  'long-sentence': longSentence,
  'wall-of-text': wallOfText,
  'excessive-apology': excessiveApology,
  'small-talk-when-hurried': smallTalkWhenHurried,
  'team-phrases': teamPhrases,
};

export const ruleIds: readonly string[] = Object.keys(rules);
