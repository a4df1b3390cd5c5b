// Gmail. Its class names are short generated tokens that have nonetheless stayed stable for years
// (extensions such as Streak and Boomerang rely on them); ARIA attributes are preferred where they exist.

/** The body of a compose window, inline reply or pop-out: a plain contenteditable. */
export const composeBody = 'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]';

/** The open conversation; an inline reply sits inside it. */
export const threadView = '[role="main"]';

/** A compose window floating over the mailbox ("New Message", or a reply moved out of the thread). */
export const composeDialog = '[role="dialog"]';

/** One expanded message of the conversation. */
export const threadMessage = 'div.adn';

/** The sender of a message, carrying their address in the `email` attribute and name in `name`. */
export const messageSender = 'span.gD[email]';

/** A message's body as the recipient reads it. */
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
 * its attribution line and a blockquote; an older message's quote is nested inside that blockquote.
 */
export const quote = 'div.gmail_quote';

/** The attribution line of a quote: "On <date>, Name <address> wrote:". */
export const quoteAttribution = ':scope > .gmail_attr';

/** The quoted message itself, with any older quotes nested inside it. */
export const quotedMessage = ':scope > blockquote';
