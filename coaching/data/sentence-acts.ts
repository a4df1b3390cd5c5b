// Word lists for engine/sentence-acts.ts: what a sentence opens with tells what it does.
// Each list is a closed class of English (discourse openers, pronouns, auxiliaries) or the verbs
// support instructions are made of; none of it names a particular problem or product.

/** Openers that do not change what a sentence does ("So, …", "In the meantime, …"). */
export const DISCOURSE_OPENERS =
  "(?:so|and|also|then|now|ok|okay|alright|right|well|first|firstly|second|secondly|next|finally|lastly|after that|afterwards|meanwhile|in the meantime|for now|for the moment|otherwise|alternatively|if not|instead|once (?:that's|that is|it's|it is) done|once done|to (?:do that|fix (?:it|this|that)|be safe|check)|from (?:now on|there|here)|in future|going forward|step \\d+|\\d+[.)]|[-•*–—>]|✅|👉|btw|by the way|oh|ah|(?:so |really )?glad|good to hear|yes|yep|yeah|no|nope|sure|of course|absolutely|great|good news|perfect|no problem|no worries|np|anyway|meantime|again|just|simply|please|kindly|pls|plz)";

/** Verbs an instruction opens with, in their bare form ("Clear the cache", "Reply here"). */
export const INSTRUCTION_VERBS =
  '(?:add|allow|apply|bring|consider|dial|include|phone|proceed|provide|raise|reach|recharge|remember|review|collect|present|hang|ask|attach|back|bring|book|browse|call|cancel|change|charge|check|choose|clear|click|close|come|compare|complete|confirm|connect|contact|continue|copy|create|delete|disable|disconnect|do|double-check|download|drag|drop|edit|email|e-mail|enable|enter|expect|fill|find|follow|forward|get|give|go|grab|head|hit|hold|install|keep|leave|let|lmk|log|look|make|mark|message|move|navigate|note|open|pair|paste|pick|ping|plug|pop|post|power|press|print|put|re-enter|read|reboot|redeploy|refresh|regenerate|register|reinstall|reload|remove|rename|renew|reopen|reply|report|request|reset|resend|respond|restart|retry|return|ring|rotate|run|save|scan|scroll|search|select|send|set|share|shout|show|sign|sit|start|stop|submit|swap|swipe|switch|sync|take|tap|tell|test|text|top|try|turn|type|uninstall|unplug|update|upgrade|upload|use|verify|visit|wait|wipe|write|dm|feel|re-\\p{L}+)';

/** Subjects that put the action on the customer. */
export const CUSTOMER_SUBJECT = "(?:you|u|ya|you'll|you will|your team|you guys|y'all)";

/** The agent or the agent's company as the subject. */
export const AGENT_SUBJECT = '(?:i|we|our team|my team|let me|let us)';

/** Modal phrases that turn "you …" into something the customer can do. */
export const CUSTOMER_CAN =
  "(?:can|could|may|might|should|need to|needs to|have to|just need to|only need to|will need to|'ll need to|might want to|may want to|'ll want to|will want to|are welcome to|'re welcome to|are able to|'re able to|can also|can always|can still|can now|could also|could try|can try|should be able to|will be able to|'ll be able to|would need to|want to)";

/** Verbs after "I'll / we'll / I'm going to" that are only manners of speaking, not a commitment. */
export const NON_COMMITMENT_VERBS =
  '(?:be honest|be frank|be blunt|admit|say|grant|confess|tell you (?:now|straight|honestly)|(?:(?:only|totally|completely|fully|certainly|really) )?(?:understand|imagine|appreciate|relate|empathi[sz]e|see|hear|feel|sense)\\b)';

/** "Done", "all set", "fixed": the issue is resolved. */
export const RESOLVED_STATE =
  '(?:fixed|resolved|sorted|solved|done|restored|refunded|credited|reset|updated|corrected|changed|cancell?ed|unlocked|reactivated|processed|approved|removed|re-?sent|sent|added|applied|back (?:up|online|on|to normal|in stock)|working(?: again)?|worked|live|all set|good to go|ready|went through|gone through|over|attached|confirmed|reversed|through|in your (?:inbox|account|email|basket|cart)|back(?=\\s*[.!]?$))';

/** "Anything else?" and its kin: a short line that closes a chat and invites the next message. */
export const CLOSING_LINES: readonly string[] = [
  '(?:is there )?anything else(?: (?:i|we) can (?:help|do|explain|check)[^?.!]{0,30})?',
  '(?:any|any other|any more|any further) questions?',
  "(?:(?:let me|let us) know|lmk) if (?:(?:you|u) (?:need|have|want)|there(?:'s| is)) (?:anything|any(?: other| more)? (?:questions?|help)|more help)",
  "(?:shout|ping me|message me|give (?:me|us) a shout|just ask|reach out|drop (?:me|us) a (?:line|message|note)|get in touch)(?: here)? if (?:(?:you|u) need|there(?:'s| is)) (?:anything|any(?:thing)?(?: else| more)?|more help|help)",
  'happy to help(?: with anything else| further| more)?',
  'glad (?:i|we) could help',
  '(?:i )?hope (?:that|this) helps',
  // Goodbyes and warm wishes that end a chat: "Bye for now!", "Enjoy!", "Happy shopping!".
  '(?:bye|goodbye)(?: for now| bye|,? (?:take care|have a (?:good|nice|great) (?:one|day)))?',
  'ttyl|talk (?:later|soon)',
  'enjoy(?: (?:it|them|the rest of [^,.!?]{1,30}|your [^,.!?]{1,30}))?',
  "(?:you're|you are) (?:very |most |so )?welcome",
  'happy \\p{L}+ing',
  '(?:thanks|thank you)(?: again| so much| very much)? for (?:\\p{L}+ing|your \\p{L}+|the \\p{L}+)(?: [^,.!?]{1,30})?',
  // Leaving the door open: "Ping me if it doesn't!", "Let me know how it goes".
  // "Shout if it doesn't arrive", "Drop us a line once it's in": the same, with no "me".
  '(?:(?:ping|message|text|tell|shout at|reply to|write to|get back to|come back to) (?:me|us)(?: here| back| again)?|shout|drop (?:me|us) a (?:line|message|note)) (?:if|when|once|how) [^.!?]{1,50}',
  '(?:let (?:me|us) know|lmk) (?:if|when|once|how) [^.!?]{1,50}',
];
