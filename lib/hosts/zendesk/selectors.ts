// Zendesk: every selector Tactful uses on Zendesk lives here, each with where it was seen in public
// code that runs on the real Agent Workspace (the evidence is listed in lib/hosts/EVIDENCE.md).
// Zendesk marks its UI with data-test-id attributes, far more stable than its generated class names.
// Each fact has two or more independent signals, tried in order: when Zendesk renames one, the next
// still finds it. The last signals of several facts belong to the older ticket layout (Zendesk
// Support before the Agent Workspace), which some accounts still run.
//
// Sources, named once:
//   LIFERAY  holatuwol/liferay-zendesk-userscript (src/*.ts; at 26c14f80^ for the older layout)
//   ALT      joaoaguiar264/Automacoes-ALT, "Zendesk - ALT Copilot.user.js" (index id 68847862235)
//   DEEPL    DeepL for Chrome's content-script bundle (index id 3604214663)
//   TRANSCRIPT  a Zendesk helper extension's transcript.js, "Transcript extraction from Zendesk
//            tickets" (index id 61431380336)
//   STYLING  the same extension's "ZD Styling" port (index id 61566594905)
//   WORKFLOW the same extension's "ZD Workflow Helper" port (index id 61789241706)
//   EXTRACTOR "Zendesk Ticket Extractor" content script (index id 54036892724)
//   SCRAPER  a Zendesk scraper's selectors.ts, "Centralized DOM selectors for the Zendesk Agent
//            Workspace UI" (index id 65750186180)
//   MACROS   "Zendesk custom macros" user script by Grzegorz Ptaszynski (index id 27091038060)
//   UNSHADE  "Remove blue shading on comment background" user script by Kynan Ware (index id 10035539639)
//   PLAYWRIGHT a Playwright ticket-filing script (index id 26718204830)
//   GUARD    a reply-guard extension's SELECTORS (index id 65748692058)
//   USERSTYLE a Zendesk user style (index id 18034245056)
//   PROFILE  a Zendesk assistant extension reading the agent's name (index id 24143655869)

import type { Signals } from '@/lib/hosts/signals';

/** The reply editor, the element the agent types into. */
export const replyEditor: Signals = [
  // LIFERAY src/reply.ts; ALT; PLAYWRIGHT: the CKEditor editable carries the test id itself.
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  // ALT: the plain-text composer (messaging tickets).
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  // DEEPL; ALT; LIFERAY src/reply.ts (shrinkReplyEditor): an editable inside the ticket's editor.
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
  // ALT; USERSTYLE; LIFERAY src/reply.ts (legacyComments): the older layout's editor.
  '.zendesk-editor--rich-text-container [contenteditable="true"]',
];

/**
 * One open ticket's pane. Zendesk keeps the panes of every open ticket tab on the page, hidden
 * (WORKFLOW: "Zendesk keeps the DOM of ALL open ticket tabs alive inside main#main_panes").
 */
export const ticketPane: Signals = [
  // LIFERAY src/main.ts: the conversation of ticket N is div[data-side-conversations-anchor-id="N"].
  '[data-side-conversations-anchor-id]',
  // Two public Portuguese-language user scripts (index ids 25099977425, 25216690517):
  // `[data-ticket-id="N"] [data-test-id="omni-log-container"]`.
  '[data-ticket-id]',
];

/** The pane attributes holding the ticket's number, in the order of `ticketPane`. */
export const ticketIdAttributes = ['data-side-conversations-anchor-id', 'data-ticket-id'] as const;

/** The ticket's number in the workspace's address (WORKFLOW, EXTRACTOR: `/agent/tickets/(\\d+)`). */
export const ticketPath = /\/agent\/tickets\/(\d+)/;

/** One entry of the conversation log. */
export const logItem: Signals = [
  // TRANSCRIPT; STYLING; EXTRACTOR; ALT: article[data-test-id="omni-log-comment-item"].
  '[data-test-id="omni-log-comment-item"]',
  // LIFERAY at 26c14f80^ src/permalink.ts: the older layout's comments are div[data-comment-id].
  '[data-comment-id]',
];

/**
 * A log entry's message; its `type` attribute says who wrote it: "end-user", "agent" or "internal"
 * (TRANSCRIPT detectSenderType; STYLING; UNSHADE `[data-test-id="omni-log-item-message"][type="end-user"]`).
 */
export const logItemMessage = '[data-test-id="omni-log-item-message"]';

/** The customer's messages, by the `type` the log gives them (UNSHADE; MACROS `div[type="end-user"]`). */
export const endUserMessage = '[data-test-id="omni-log-item-message"][type="end-user"]';

/** The words of a message, without its heading, avatar and timestamp. */
export const messageContent: Signals = [
  // LIFERAY's compiled user_script.js (index id 8855407204); SCRAPER convBody; ALT messageContent; EXTRACTOR.
  '[data-test-id="omni-log-message-content"]',
  // MACROS; LIFERAY at 26c14f80^ (`.event .zd-comment`): the rendered comment body, in both layouts.
  '.zd-comment',
];

/** The sender's display name in a log entry. */
export const logItemSender: Signals = [
  // LIFERAY src/permalink.ts, src/attachments.ts; SCRAPER convSender; ALT messageSender.
  '[data-test-id="omni-log-item-sender"]',
  // TRANSCRIPT; EXTRACTOR: the sender's profile link.
  '[data-test-id="omni-log-comment-user-link"]',
  // LIFERAY at 26c14f80^ src/attachments.ts: the older layout's `div.actor .name`.
  '.actor .name',
];

/** Marks of an internal note in the log: only agents see it, so it is never the customer's message. */
export const internalNoteItem: Signals = [
  // LIFERAY src/internal.ts; SCRAPER convInternalTag; TRANSCRIPT; STYLING.
  '[data-test-id="omni-log-internal-note-tag"]',
  // STYLING: `[data-test-id="omni-log-item-message"][type="internal"]`.
  '[data-test-id="omni-log-item-message"][type="internal"]',
];

/**
 * The older layout marks the comments the customer can read with `.is-public` (LIFERAY at
 * 26c14f80^ src/attachments.ts: `.is-public .zd-comment`); the others there are internal.
 */
export const legacyPublicComment = '.is-public';

/** The requester (the customer the ticket is for), by name. */
export const requesterName: Signals = [
  // MACROS: compares each comment's sender with [data-test-id="tooltip-requester-name"].
  '[data-test-id="tooltip-requester-name"]',
  // PLAYWRIGHT: the requester field of the ticket's properties.
  '[data-test-id="ticket-system-field-requester-select"]',
];

/**
 * The composer around a reply editor: it holds that editor's channel switcher (the host falls back
 * to the ticket's pane). LIFERAY src/internal.ts: div[data-test-id="editor-view"] holds the switcher.
 */
export const composer = '[data-test-id="editor-view"]';

/**
 * The composer's channel switcher button: `data-channel` says where the reply goes ("web" for
 * email and web form, "native_messaging" for messaging, LIFERAY src/internal.ts and WORKFLOW), and
 * `aria-label` names it ("Email", "Web", "Chat", "Messaging", "Internal note": GUARD, WORKFLOW).
 */
export const channelSwitcher = '[data-test-id="omnichannel-channel-switcher-button"]';

/**
 * An editor writing an internal note, by its own label (USERSTYLE:
 * `.zendesk-editor--rich-text-container div[aria-label="Internal note composer"]`).
 */
export const internalNoteEditorLabel = 'Internal note composer';

/**
 * How the ticket came in, in the ticket's header (LIFERAY src/priority.ts,
 * div[data-test-id="omni-header-via-label"]): "Email", "Web form", "Messaging", "Chat" …
 */
export const viaLabel = '[data-test-id="omni-header-via-label"]';

/** The signed-in agent's name. */
export const currentAgent: Signals = [
  // PROFILE: the header's profile menu button shows the agent's name in a Garden ellipsis span.
  '[data-test-id="header-profile-menu-button"] [data-garden-id="typography.ellipsis"]',
  // SCRAPER assigneeAgentTag: the agent the ticket is assigned to, in the ticket's properties.
  '[data-test-id="assignee-field-selected-agent-tag"]',
];
