// Gmail. Its class names are short generated tokens that have nonetheless stayed stable for years
// (extensions such as Streak and Boomerang rely on them); ARIA attributes are preferred where they exist.

/** The body of a compose window, inline reply or pop-out: a plain contenteditable. */
export const composeBody = 'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]';

/** The open conversation; an inline reply sits inside it. */
export const threadView = '[role="main"]';

/** One expanded message of the conversation. */
export const threadMessage = 'div.adn';

/** The sender of a message, carrying their address in the `email` attribute and name in `name`. */
export const messageSender = 'span.gD[email]';

/** A message's body as the recipient reads it. */
export const messageBody = 'div.a3s';

/** The account switcher; its label reads "Google Account: Name (address)". */
export const accountButton = '[aria-label^="Google Account:"]';
