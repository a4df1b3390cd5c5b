// Jira Service Management's agent view of a request: every selector Tactful uses there lives here,
// each with where it was seen in public code that runs on the real issue view at *.atlassian.net
// (the evidence is listed in lib/hosts/EVIDENCE.md). Jira's issue view is a React app whose stable
// hooks are its `data-testid` attributes; its comment box is Atlassian's ProseMirror editor.
//
// Sources, named once:
//   CSE       "Jira For CSEs" user script (ritaschaff/liferay-jira-userscript, userscript.js; a copy
//             at index id 10802673867)
//   DEFAULT   "Jira Service Desk - Default Reply to Customer" user script (greasyfork 542096, in
//             beak2825/greasyfork_archives, js_greasyfork/542096.js)
//   EXPORT    a Jira Markdown exporter's selectors (index id 66370338987)
//   SUMMARY   a Jira issue summariser's content script (index id 8146036748)
//   RESTRICT  "toggle restricted comments" user script (index id 5968981475)
//   REPORTER  user scripts reading the reporter (index ids 33147614888, 54660602425, 27433247254)
//   MEASURED  notes measuring Jira's comment DOM (index id 71652054981)
//   CLEANUP   a Jira user script editing comments (index id 33326879853)
//   READONLY  a Jira read-only view script (index ids 7953094048, 7762436260)
//   ATLEDITOR scripts driving Atlassian's editor (index ids 24323254253, 59164507990)
//   LATEST    a Jira script jumping to the latest comment (index id 70564267379)
//   MYCARDS   "Jira highlight my kanban cards" user script (CodeBrauer/userscripts,
//             jira-kanban-user-cards.user.js; @match https://*.atlassian.net/...)
//   POINTS    "Atlassian show sprint points" user script (greasyfork 443767, in
//             beak2825/greasyfork_archives, js_greasyfork/443767.js; @match https://rexmas.atlassian.net/...)
//   TOPBAR    Playwright tests of Jira Cloud's top bar (luisdavidparra/jira-playwright-cucumber,
//             jira/page_object/top_bar_page.js at 061bd5d1 and src/test/steps/login_test.js)

import type { Signals } from '@/lib/hosts/signals';

/** The comment box the agent replies in, not the description's editor (which shares its id). */
export const replyEditor: Signals = [
  // READONLY commentBox: `div[data-test-id="issue.activity.comment"]`; CSE, ATLEDITOR: the editable
  // is `#ak-editor-textarea`, a ProseMirror view (`#ak-editor-textarea.ProseMirror`).
  '[data-test-id="issue.activity.comment"] #ak-editor-textarea[contenteditable="true"]',
  // DEFAULT waits for `#comment-container` before switching its tabs; ATLEDITOR `div.ProseMirror`.
  '#comment-container .ProseMirror[contenteditable="true"]',
];

/** Marks that the comment being written is an internal note, not a reply to the customer. */
export const internalNoteComposer: Signals = [
  // CSE (index id 10802673867): the first comment tab, "Add internal note", selected.
  '#comment-editor-container-tabs-0[aria-selected="true"]',
  // CSE (ritaschaff): the composer shows its comment-visibility control while writing a note.
  '[data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper"]',
];

/** The request's comments, oldest first. */
export const comment: Signals = [
  // EXPORT commentItem; CLEANUP `closest('[data-testid^="comment-base-item-"]')`; MEASURED.
  '[data-testid^="comment-base-item-"]',
  // MEASURED: the wrapper's data-componentid carries the comment id.
  '[data-componentid^="issue-comment-base.ui.comment.comment-in-view-wrapper."]',
];

/**
 * A comment's number at the end of its marks; Jira numbers comments in the order they were written,
 * so the highest is the newest whichever way the activity is sorted (MEASURED; LATEST's
 * findLatest() takes the highest).
 */
export const commentNumber = /[.-](\d+)$/;

/** Who wrote a comment. */
export const commentAuthor: Signals = [
  // SUMMARY: the profile card trigger's presentation span holds the author's name.
  '[data-testid="profilecard-next.ui.profilecard.profilecard-trigger"] > span[role="presentation"]',
  // EXPORT commentHeader + commentAuthor: the header's `h3`.
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"] h3',
];

/** A comment's words. */
export const commentBody: Signals = [
  // SUMMARY, EXPORT renderedBody: Atlassian's renderer document.
  '.ak-renderer-document',
  // EXPORT commentBody; MEASURED `-body`.
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
];

/** A comment only agents see: JSM's internal notes are restricted comments (RESTRICT). */
export const internalComment = '[data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to"]';

/** The customer who raised the request. */
export const reporter: Signals = [
  // REPORTER (index ids 33147614888, 54660602425, 27433247254): the reporter field.
  '[data-testid="issue.views.field.user.reporter"]',
  // REPORTER (index id 20293738): the name's own wrapper inside it, kept should the field's hook change.
  '[data-testid="issue.views.field.user.reporter.name.wrapper"]',
];

/** The request as the customer wrote it, their first message (READONLY, REPORTER index id 54660602425). */
export const description = '[data-testid="issue.views.field.rich-text.description"]';

/**
 * The signed-in agent's display name in the page's head, read from its `content` (MYCARDS matches it
 * against "Assignee: <name>" on cards, POINTS against assignees' names; both run on *.atlassian.net).
 */
export const agentNameMeta = 'meta[name="ajs-remote-user-fullname"]';

/**
 * The signed-in agent's name in the top bar's profile menu: TOPBAR's "user is logged" step clicks
 * the profile trigger (`atlassian-navigation--secondary-actions--profile--trigger`), then expects
 * this element to show the user's name. Only there while the agent has the menu open.
 */
export const profileMenuName =
  '[data-testid="atlassian-navigation--secondary-actions--profile--content--details--name"]';

/** The request's key in the address: `/browse/KEY-1`, a queue's `/KEY-1`, or `selectedIssue=KEY-1` (MEASURED). */
export const issueKey = /(?:\/|selectedIssue=)([A-Z][A-Z0-9_]+-\d+)(?=[/?#&]|$)/;
