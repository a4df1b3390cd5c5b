// Apologies in the agent's reply. One or two are kind; more start to sound like grovelling,
// where thanks for the customer's patience lands better.
const TROUBLE =
  '(?:the|any|this|that|all the|these) (?:inconvenience|trouble|delay|delays|wait|confusion|hassle|issue|issues|problem|problems|frustration|mix-up|error|mistake|disruption)';

export const APOLOGY_PATTERNS: readonly string[] = [
  `(?:I|we)(?:'m|'re| am| are) (?:so |very |really |truly |terribly |extremely |deeply |sincerely )?sorry(?: (?:for|about) ${TROUBLE})?`,
  `(?:I|we) (?:sincerely |deeply |truly |do )?apologi[sz]e(?: (?:for|about) ${TROUBLE})?`,
  `(?:my|our) (?:sincere |deepest |humble )?apologies(?: (?:for|about) ${TROUBLE})?`,
  `(?:so |very |really )?sorry(?: again| once more)?(?: (?:for|about) ${TROUBLE})?`,
  `apologies(?: again)?(?: (?:for|about) ${TROUBLE})?`,
];

export const THANKS_INSTEAD: readonly string[] = ['thank you for your patience', 'thanks for bearing with us'];
