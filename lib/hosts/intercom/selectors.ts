// Intercom's inbox: every selector Tactful uses there lives here, each with where it was seen in
// public code that runs on the real inbox (the evidence is listed in lib/hosts/EVIDENCE.md).
// Each fact has two or more independent signals, tried in order. Intercom's inbox is an Ember app
// whose BEM-like classes (`conversation__part`, `o__admin-note`) user scripts have read for years;
// its newer inbox adds data attributes (`data-conversation-reply-composer`, `data-part-group-category`).
//
// Sources, named once:
//   TAGENFORCER "Intercom Tag Enforcer" user script by Dennis Jensen (gunnyarts; index id 22916530167)
//   COPILOT  "Support Copilot for Intercom" content script (index id 70503028210)
//   REPORTS  an Intercom shift-report extension's content script and its `$intercom` module
//            (index ids 37850912576, 204560483)
//   STUART   a support team's Tampermonkey script for Intercom (index ids 42480787348, 42469591672)
//   CXCOPILOT "CX Copilot" extension's constants (index id 2448727361)

import type { Signals } from '@/lib/hosts/signals';

/** The reply editor: Intercom's composer is a ProseMirror editor (embercom-prosemirror-composer). */
export const replyEditor: Signals = [
  // COPILOT injectText: the newer inbox marks the composer with data-conversation-reply-composer.
  '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
  // TAGENFORCER contentEmpty(); COPILOT: the ProseMirror editable carries this class itself.
  '.conversation__text .embercom-prosemirror-composer-editor[contenteditable="true"]',
  // REPORTS: `$(".conversation__text.composer-inbox p")` writes into the composer's paragraphs.
  '.composer-inbox [contenteditable="true"]',
];

/** Composer marks of an internal note (only teammates read it). */
export const noteComposer: Signals = [
  // TAGENFORCER contentEmpty(): the note's editor sits in `.conversation__text.o__note`.
  '.conversation__text.o__note',
  // TAGENFORCER isNote(): the selected composer tab is the note tab.
  '.inbox__conversation-controls__pane-selector .o__selected[data-intercom-target="note-tab"]',
];

/** The conversation's message stream. */
export const conversationStream: Signals = [
  // COPILOT streamSelectors (the newer inbox).
  '[data-testid="conversation-stream-scroll-container"]',
  // TAGENFORCER; STUART `.ember-view.conversation__stream`.
  '.conversation__stream',
];

/** One message of the stream, in order. */
export const conversationPart: Signals = [
  // COPILOT partSelectors: `[data-part-group-id]` with its data-part-group-category.
  '[data-part-group-id]',
  // REPORTS `.conversation__part .o__admin-note .conversation__text p`.
  '.conversation__part',
];

/** The customer's latest comment, as the stream itself marks it (TAGENFORCER isEmail()). */
export const lastCustomerComment = '[data-intercom-target="last-user-comment"]';

/** The customer's comments. */
export const customerPart: Signals = [
  // COPILOT: data-part-group-category 1 is the customer (3 agent, 5 bot, 20 automated).
  '[data-part-group-category="1"]',
  // TAGENFORCER addTag(): `.conversation__bubble-container.o__user-comment`.
  '.o__user-comment',
];

/** Parts written by a teammate, a bot or the system: never the customer's. */
export const teammatePart: Signals = [
  // COPILOT: categories 3 (agent), 5 (bot) and 20 (automated).
  '[data-part-group-category="3"], [data-part-group-category="5"], [data-part-group-category="20"]',
  // TAGENFORCER isOutgoing `.o__admin`; STUART `.conversation__stream .o__for-admin a`.
  '.o__admin, .o__for-admin',
];

/** Internal notes in the stream (REPORTS, STUART `.o__admin-note`; an Ember test's `.conversation__bubble.o__admin-note`). */
export const notePart = '.o__admin-note';

/** The words of a part. */
export const partBody: Signals = [
  // COPILOT bodySelectors: `.interblocks-html`.
  '.interblocks-html',
  // REPORTS `.conversation__text p`; an email-history user script reads `.conversation__text` (index id 28555179825).
  '.conversation__text',
];

/** The customer's name at the top of the conversation. */
export const customerName: Signals = [
  // COPILOT nameSelectors.
  '[data-inbox-conversation-header-title]',
  // REPORTS getUserNameHeader(): `.conversation__card__header a[href*="/a/apps"] span`.
  '.conversation__card__header a[href*="/a/apps"] span',
];

/** Marks of a conversation held by email. */
export const emailMarks: Signals = [
  // TAGENFORCER isEmail(): the last customer comment's meta icon is the email icon.
  `${lastCustomerComment} .conversation__bubble__meta .interface-icon[class*="email"]`,
  // COPILOT isEmail: `.channels__inbox__email-metadata-container`, `.inbox-2__user-email-part`.
  '.channels__inbox__email-metadata-container, .inbox-2__user-email-part',
];

/** The open conversation's id in the address (TAGENFORCER; STUART `/conversations\/(\d+)/`). */
export const conversationPath = /\/conversations?\/(\d+)/;

/** The open conversation in the inbox's list, whose link holds its id (REPORTS getActiveChatItem()). */
export const activeListItem = '.conversation__list__item.o__active[href]';

/**
 * The signed-in teammate's own inbox: the inbox menu's first link, whose address ends in their
 * teammate id (STUART getUserID(): the first `a.nav__link__inbox-link`, read for a seven-digit id;
 * its crawlChannelBoards() shows these links as `inbox/inbox/<id>`).
 */
export const ownInboxLink = 'a.nav__link__inbox-link';

/** A teammate id in an address: a path segment of seven or more digits (STUART's `\d{7}`). */
export const teammateIdInPath = /\/(\d{7,})(?=[/?#]|$)/;

/**
 * Where a teammate wrote in the stream, their name links to their profile at `/admins/<id>` (STUART
 * anyPost(): `.conversation__stream .o__for-admin a`, matched on that id to find the signed-in
 * teammate's own parts). The id is digits only, so it is safe in the selector.
 */
export function teammateNameLink(teammateId: string): string {
  return `.o__for-admin a[href$="/admins/${teammateId}"]`;
}
