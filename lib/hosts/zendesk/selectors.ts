// Zendesk Agent Workspace. Zendesk marks its UI with data-test-id attributes, which are far more
// stable than its generated class names; every selector Tactful uses on Zendesk lives here.

/** The rich-text reply editor (CKEditor 5) inside the ticket's omnichannel composer. */
export const replyEditor = '[data-test-id="omnichannel-composer"] .ck-editor__editable[contenteditable="true"]';

/** One open ticket's pane; several tickets can be open in tabs at once, and only the active tab's pane is shown. */
export const ticketPane = '[data-ticket-id]';

/** The ticket pane's attribute holding the ticket's number. */
export const ticketIdAttribute = 'data-ticket-id';

/** The composer around a reply editor: it holds that editor's public reply / internal note switch. */
export const composer = '[data-test-id="omnichannel-composer"]';

/** The composer's "Internal note" option, marked aria-checked="true" while the agent writes a note only agents see. */
export const internalNoteSelected = '[data-test-id="omnichannel-channel-switcher-internal"][aria-checked="true"]';

/** A message in the conversation log; `type` tells end-user, agent and internal messages apart. */
export const endUserMessage = '[data-test-id="omni-log-item-message"][type="end-user"]';

/** The text of a message, without its heading, avatar and timestamp. */
export const messageContent = '[data-test-id="omni-log-message-content"]';

/** One entry of the conversation log: heading (sender) plus message. */
export const logItem = '[data-test-id="omni-log-comment-item"]';

/** The sender's display name in a log entry's heading. */
export const logItemSender = '[data-test-id="omni-log-item-sender"]';

/** The signed-in agent's name in the workspace header. */
export const currentAgent = '[data-test-id="header-agent"]';
