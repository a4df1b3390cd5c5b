import { BLAME_PHRASES } from '../data/blame';
import { faultIn, type FaultKind } from '../engine/fault';
import { existenceRule } from '../engine/kinds';
import { withSentenceCheck } from '../engine/sentence-findings';

const NOTE =
  'Customers care about getting it fixed, not about whose fault it was. Blaming them puts them on the defensive, and criticising colleagues or partners airs internal problems; raise those internally and use neutral, ownership language here.';

const MESSAGES: Record<FaultKind, string> = {
  'customer-guess': 'This guesses at what the customer did wrong; say what happened neutrally.',
  'customer-fault': 'This tells the customer what they failed to do; say what happened and how it gets fixed.',
  admonishment: 'This lectures the customer about next time; keep to what fixes it now.',
  generalisation: 'This lumps the customer in with careless users.',
  'third-party': 'This criticises another person or team in front of the customer; raise it internally.',
};

const SUPPOSING_CLAUSE = /^\s*(?:if|in case|unless|whether|even if|just in case|in the event)\b/iu;
const LOOK_BACK = 120;

/** The text from the start of the match's clause up to the match. */
function clauseBefore(masked: string, at: number): string {
  const before = masked.slice(Math.max(0, at - LOOK_BACK), at);
  const start = Math.max(...[',', ';', ':', '.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark)));
  return before.slice(start + 1);
}

const phrases = existenceRule({
  meta: {
    category: 'blame',
    severity: 'error',
    description: 'Blames the customer, another team or a vendor, or passes the buck.',
  },
  entries: BLAME_PHRASES,
  message: 'This reads as blame.',
  note: NOTE,
  // "If you didn't save before closing, …" supposes; it does not say the customer failed.
  accept: (match, context) => !SUPPOSING_CLAUSE.test(clauseBefore(context.reply.masked, match.start)),
});

export default withSentenceCheck(phrases, {
  read: (sentence) => {
    const kind = faultIn(sentence);
    return kind ? MESSAGES[kind] : null;
  },
  note: NOTE,
});
