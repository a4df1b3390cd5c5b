import type { PhraseEntry } from '../engine/kinds';

// Pleasantries and preambles that cost a hurried customer time. A greeting and a line of
// thanks are fine; these are the extras.
export const SMALL_TALK_PHRASES: readonly PhraseEntry[] = [
  {
    pattern:
      'I hope (?:this|my|the) (?:email|message|note|reply) finds you (?:well|in good health|in good spirits)[.!]?',
    suggestions: [''],
  },
  {
    pattern:
      "I (?:hope|trust) you(?:'re| are) (?:having|doing|keeping|enjoying|well)(?: (?:a )?(?:great|good|lovely|wonderful|fantastic|nice|well|fine))?(?: (?:day|week|weekend|morning|afternoon|evening|so far))?[.!]?",
    suggestions: [''],
  },
  {
    pattern:
      "(?:I )?hope you(?:'re| are| have been) (?:well|doing well|keeping well|having a (?:great|good|lovely|nice) (?:day|week|weekend))[.!]?",
    suggestions: [''],
  },
  {
    pattern: "(?:how are you(?: doing)?(?: today)?|how(?:'s| is) your (?:day|week) (?:going|been)(?: so far)?)\\??",
    suggestions: [''],
  },
  { pattern: 'happy (?:monday|tuesday|wednesday|thursday|friday|weekend|holidays)[.!]?', suggestions: [''] },
  { pattern: 'what a (?:lovely|beautiful|great|gorgeous) (?:day|morning|afternoon)[.!]?', suggestions: [''] },
  { pattern: "(?:it's|it is) (?:always )?(?:a pleasure|lovely|great|nice) to hear from you[.!]?", suggestions: [''] },
  {
    pattern:
      "(?:before (?:I|we) (?:begin|start|get (?:started|into it))|first of all|first and foremost),? (?:I(?:'d| would) like to|let me) (?:say|mention|thank you|take a moment)[^.!?\\n]{0,120}[.!]?",
    suggestions: [''],
  },
  {
    pattern:
      'I (?:really )?hope you (?:enjoyed|had) (?:a )?(?:great|good|lovely|nice) (?:weekend|holiday|holidays|break|vacation)[.!]?',
    suggestions: [''],
  },
];
