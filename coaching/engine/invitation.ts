// A generic invitation ("Let me know if you have any other questions", "Anything else I can help
// with?", "Hope this helps") keeps the door open but offers nothing about the matter at hand. After
// a refusal it is no alternative: the customer still has nowhere to go with what they asked for.

/** An invitation to come back: "let me know", "feel free to reach out", "is there …", "if you need …". */
const INVITES =
  /\b(?:let (?:me|us) know|lmk|reach out|get in touch|contact|reply|write|ask|shout|ping|feel free|don't hesitate|is there|(?:happy|glad) to help|if you (?:need|have|want)|if (?:i|we) can)\b|^any(?:thing| other| more| further)?\b/iu;
/** What an open-ended invitation is about: anything at all, or further questions. */
const ANYTHING =
  /\b(?:anything (?:else|more|further)|any(?: other| more| further)? (?:questions?|queries|concerns|help)|(?:other|further|more) (?:questions?|queries)|help with anything|(?:need|want|is) anything|questions?\s*[.!?]?$|else\s*[.!?]?$)/iu;
/** A sentence that names the matter in hand ("if the refund hasn't arrived by Friday") is a real offer. */
const SPECIFIC = /\b(?:if (?:it|this|that|the|your)\b(?! (?:helps|is all|was all))|when|once|by \p{L}+day|instead)\b/iu;

/** Whether the sentence only invites further contact in general, with nothing to do or expect about this matter. */
export function isGenericInvitation(sentence: string): boolean {
  const text = sentence.replace(/[’‘]/g, "'").trim();
  if (/^(?:i |we )?hope (?:this|that|it) (?:helps|clears|answers|explains)\b/iu.test(text)) return true;
  return INVITES.test(text) && ANYTHING.test(text) && !SPECIFIC.test(text);
}
