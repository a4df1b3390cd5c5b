// Gmail: every selector Tactful uses on Gmail lives here, each with where it was seen in public
// code that runs on the real mail.google.com (found with the search tools, December 2026; listed
// in lib/hosts/EVIDENCE.md). Gmail's class names are short generated tokens that have nonetheless
// stayed stable for years; attributes that do not depend on the interface language come first.
//
// Sources, named by index id:
//   TONEFIT   a Korean tone-checking extension's compose selectors (59208829894)
//   BADGE     a Gmail badge extension's findComposeBodies (54123768649)
//   INSERT    reply-writing extensions that insert with execCommand (28697840029, 6362303734, 38323322839)
//   SENDGUARD a send-click extension reading the compose container (52438583137)
//   DRAFT     an assistant inserting a draft into the compose dialog (3419723857)
//   READER    content scripts reading an open message (56435386595, 53533898796, 53394990215)
//   SELENIUM  test scripts reading a message (156014960, 27047829200)
//   MAILS     raw Gmail messages in public mailing-list archives and fixtures (71465259597,
//             48074064657, 29711741442): the compose HTML Gmail sends

import type { Signals } from '@/lib/hosts/signals';

/** The body of a compose window, inline reply or pop-out: a plain contenteditable. */
export const composeBody: Signals = [
  // INSERT; BADGE; TONEFIT: Gmail's own editable marker, the same in every interface language.
  'div[role="textbox"][g_editable="true"][contenteditable="true"]',
  // DRAFT; SENDGUARD; BADGE: the English label ("메일 본문" in Korean, per TONEFIT).
  'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]',
  // TONEFIT: the editable's classes.
  'div.Am.Al.editable[contenteditable="true"]',
];

/** The open conversation; an inline reply sits inside it. */
export const threadView = '[role="main"]';

/** A compose window floating over the mailbox ("New Message", or a reply moved out of the thread). */
export const composeDialog = '[role="dialog"]';

/** One expanded message of the conversation. */
export const threadMessage = 'div.adn';

/** The sender of a message, carrying their address in the `email` attribute and name in `name` (READER; SELENIUM). */
export const messageSender = 'span.gD[email]';

/** A message's body as the recipient reads it (READER). */
export const messageBody = 'div.a3s';

/** The account switcher; its label reads "Google Account: Name (address)". */
export const accountButton = '[aria-label^="Google Account:"]';

/**
 * The hidden field of a compose form holding the address it sends from. A pop-out window has no
 * account switcher, so this is how the agent is known there.
 */
export const composeFromAddress = 'input[name="from"]';

/** The form of one compose window, inline reply or pop-out: it holds the body and the from field. */
export const composeForm = 'form';

/**
 * Quoted history in a compose body: Gmail wraps each quoted message in a `div.gmail_quote` holding
 * its attribution line and a blockquote; an older message's quote is nested inside that blockquote
 * (MAILS).
 */
export const quote = 'div.gmail_quote';

/** The attribution line of a quote: "On <date>, Name <address> wrote:". */
export const quoteAttribution = ':scope > .gmail_attr';

/** The quoted message itself, with any older quotes nested inside it. */
export const quotedMessage = ':scope > blockquote';

/**
 * What Gmail puts in the compose body that the agent did not write for this reply: the quoted
 * history, and the signature with its "-- " prefix (MAILS: `div.gmail_signature` with
 * `data-smartmail="gmail_signature"`, after `span.gmail_signature_prefix`).
 */
export const notTheAgentsWords: Signals = [
  '.gmail_quote',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.gmail_signature_prefix',
];
