// Help Scout: every selector Tactful uses on Help Scout's conversation page lives here, each with
// where it was seen in public code that runs on the real app (the evidence is listed in
// lib/hosts/EVIDENCE.md). Each fact has two or more independent signals, tried in order. The page
// is the conversation view at secure.helpscout.net/conversation/<id>/<number>/: a column of
// `article.thread` elements, one per thread, and a Redactor reply editor.
//
// Sources, named once:
//   HSTH     trentslutzky/helpscout-thread-hider, threadhider.js (index id 18893686980)
//   CLICK2COPY "HelpScout Click2Copy" user script, Maxr1998/userscripts
//            helpscout_click_to_copy.user.js (index id 45961212472)
//   CXCOPILOT "CX Copilot" extension: its content script and constants (index ids 2585066552, 2448727361)
//   ADAPTER  a "Help Scout Platform Adapter" content script (index id 14038737646)
//   REDACTOR Redactor 9's source, the editor Help Scout's reply box is (index id 3137504575)
//   HSURL    a Help Scout export script's conversation link and thread types (index id 66758977141)

import type { Signals } from '@/lib/hosts/signals';

/** The reply editor: Help Scout's Redactor editor, a contenteditable. */
export const replyEditor: Signals = [
  // CXCOPILOT: HELPSCOUT_REPLY_TEXTBOX_CLASSNAME = "redactor_redactor redactor_editor".
  '.redactor_editor[contenteditable="true"]',
  // Redactor 9's own build() wraps its editable in `div.redactor_box` (Redactor's source, index id
  // 3137504575), and CXCOPILOT's class names are Redactor 9's: an editable inside Redactor's box.
  '.redactor_box [contenteditable="true"]',
];

/** The conversation's threads, oldest first. */
export const thread: Signals = [
  // HSTH: `article.thread.customer`, whose id is "thread-<thread id>".
  'article.thread',
  // CXCOPILOT counts `section.js-thread-content` (one per message); HSTH nests it in the article.
  'section.js-thread-content',
];

/**
 * Threads the customer wrote. HSTH selects `article.thread.customer`; the thread types Help Scout
 * gives customer messages are "customer" and "beaconchat" (HSURL CUSTOMER_THREADS).
 */
export const customerThread: Signals = ['article.thread.customer', 'article.thread.beaconchat'];

/** A customer thread written in a Beacon chat rather than by email (HSURL: thread type "beaconchat"). */
export const chatThread = 'article.thread.beaconchat';

/**
 * Threads only teammates read: notes (HSURL DROP_THREADS "note", "lineitem"; ADAPTER skips
 * `thread.type === 'note'`), marked on the article the way HSTH shows the type is.
 */
export const internalThread = 'article.thread.note, article.thread.lineitem';

/** The words of a thread. */
export const threadBody: Signals = [
  // HSTH `section.js-thread-content > section.messageBodyWrap > section.message > section.messageBody`; CLICK2COPY.
  'section.messageBody',
  // CXCOPILOT: `section.js-thread-content`, the thread's content as a whole.
  'section.js-thread-content',
];

/** A thread's header, naming who wrote it (HSTH `section.threadHeader > section.meta`). */
export const threadHeader = 'section.threadHeader';

/** The customer's name, in the conversation's sidebar profile (CXCOPILOT `.c-profile__name`). */
export const customerName = '.c-profile__name';

/** The conversation's number and id in the address (HSURL `/conversation/{cid}/{number}/`). */
export const conversationPath = /\/conversation\/(\d+)\/(\d+)/;

/** The conversation's id on the page (ADAPTER watches `data-conversation-id`). */
export const conversationIdAttribute = 'data-conversation-id';
