// "Not", "never", "no" and "-n't" up to two words before a phrase turn it around
// ("not a silly question", "I'm not angry", "no rush").

const NEGATION_WINDOW = 40;
const NEGATED = /(?:(?<![\p{L}])(?:not|never|no|without|hardly|nor|none)|n['’]t)(?:\s+[\p{L}'’]+){0,2}\s+$/u;

export function isNegated(text: string, start: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, start - NEGATION_WINDOW), start).toLowerCase());
}
