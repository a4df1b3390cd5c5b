import type { PhraseEntry } from '../engine/kinds';

// Insults, profanity, sarcasm and dismissiveness. First, do no harm.

export const HOSTILITY_PHRASES: readonly PhraseEntry[] = [
  { pattern: "(?:that's |that is |it's |it is |this is )?not my (?:problem|concern|issue)", suggestions: ['let me see what I can do'] },
  { pattern: '(?:you(?:\'ll| will)? (?:just )?(?:have|need) to )?deal with it', suggestions: ["I'm sorry this isn't the answer you hoped for"] },
  { pattern: '(?:you )?(?:need to |should |must |have to )?(?:please )?(?:calm down|relax|chill(?: out)?|settle down)(?=\\s*(?:[.!,]|$|and\\b))', suggestions: ['I understand this is upsetting'] },
  { pattern: '(?<=(?:^|[.!?,;:\\n])\\s*)(?:(?:ok|okay|fine|sure|yeah),? )?whatever(?=\\s*(?:[.!]|$))', suggestions: ['understood'] },
  { pattern: "I (?:don't|do not|couldn't|could not) care(?: less)?(?=\\s*(?:[.!,]|$| about (?:your|that|this|it)))", suggestions: ['I want to help with this'] },
  { pattern: '(?:get over it|grow up|shut up|cry me a river|boo hoo|take a hint|get a life|learn to read|get a clue|figure it out yourself)', suggestions: [''] },
  { pattern: "(?:take it or leave it|if you don't like it,? (?:you can )?(?:go|leave|cancel|take your business)(?: elsewhere)?)", suggestions: ['here are the options we have'] },
  { pattern: '(?:good luck with that|thanks for nothing|nice try|big deal|so what|not that it matters|who cares)', suggestions: [''] },
  { pattern: 'are you (?:stupid|blind|dumb|an idiot|serious|kidding me|even listening|for real)', suggestions: ['let me check I understand'] },
  {
    pattern: '(?:stupid|idiot|idiotic|idiots|moron|moronic|dumb|dumbest|imbecile|pathetic|clueless|incompetent)(?: (?:question|request|customer|customers|user|users|people|mistake|complaint|idea))?',
    message: '"{phrase}" is insulting.',
    suggestions: [''],
    negatable: true,
  },
  {
    pattern: '(?:ridiculous|silly|absurd|lazy|ignorant|pointless) (?:question|request|customer|customers|user|users|people|complaint|idea|excuse)',
    message: '"{phrase}" is insulting.',
    suggestions: [''],
    negatable: true,
  },
  {
    pattern: '(?:damn|damned|dammit|goddamn|hell|crap|crappy|shit|shitty|bullshit|fuck|fucking|fucked|wtf|ffs|bloody|arse|ass|asshole|bastard|bitch|piss|pissed)',
    message: '"{phrase}" is profanity.',
    suggestions: [''],
  },
  { pattern: '(?:wow,? just wow|oh,? great|yeah,? right|sure you did|I\'m sure you did|clearly you (?:didn\'t|did not|don\'t|do not))', message: '"{phrase}" reads as sarcasm.', suggestions: [''] },
  { pattern: "(?:stop (?:emailing|messaging|bothering|calling|harassing) (?:us|me)|don't (?:email|message|contact|bother) (?:us|me) again)", suggestions: ["I'll keep you updated here"] },
];
