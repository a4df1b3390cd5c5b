// The frame every editor fixture shares: a help desk ticket with an upset customer's message and
// a reply box below it. The markup borrows the Zendesk agent workspace's data-test-id attributes,
// which is what the extension's conversation reader looks for.
import { EDITOR_FIXTURES, type EditorKind, type FixtureEditorHandle } from '../catalog';
import './layout.css';

const CUSTOMER_MESSAGE = [
  'This is the third time I am writing about this. My internet STILL drops every evening, and I have restarted the router more times than I can count.',
  'I work from home and I lost a client call yesterday. Nobody has told me what is actually wrong. Fix it or tell me what is going on.',
];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function customerMessage(): HTMLElement {
  const article = element('article', 'log-item');
  article.dataset.testId = 'omni-log-comment-item';
  const avatar = element('span', 'avatar', 'DW');
  avatar.setAttribute('aria-hidden', 'true');
  const body = element('div', 'log-body');
  const heading = element('div', 'log-heading');
  const sender = element('span');
  sender.dataset.testId = 'omni-log-item-sender';
  sender.append(element('strong', undefined, 'Dana Whitfield'));
  heading.append(sender, element('time', undefined, '12 minutes ago'));
  const message = element('div', 'message');
  message.dataset.testId = 'omni-log-item-message';
  message.setAttribute('type', 'end-user');
  const content = element('div');
  content.dataset.testId = 'omni-log-message-content';
  content.append(...CUSTOMER_MESSAGE.map((paragraph) => element('p', undefined, paragraph)));
  message.append(content);
  body.append(heading, message);
  article.append(avatar, body);
  return article;
}

/**
 * Builds the ticket page around an empty reply box and returns the box, for the fixture to mount
 * its editor in.
 */
export function mountTicketLayout(kind: EditorKind): HTMLElement {
  const fixture = EDITOR_FIXTURES.find((candidate) => candidate.kind === kind);
  if (!fixture) throw new Error(`No editor fixture "${kind}" in the catalog`);
  document.title = `${fixture.label} – Tactful editor fixture`;
  document.body.dataset.editorKind = kind;

  const bar = element('header', 'fixture-bar');
  const back = element('a', 'fixture-back', 'All editors');
  back.href = '../';
  bar.append(element('strong', undefined, 'Editor fixture'), element('span', 'fixture-kind', fixture.label), back);

  const ticket = element('main', 'ticket leaves-assistant-gutter');
  const subject = element('h1', 'ticket-subject', 'Internet drops every evening – third time reporting');
  subject.dataset.testId = 'omni-header-subject';
  const log = element('div', 'omni-log');
  log.dataset.testId = 'omni-log-container';
  log.setAttribute('role', 'log');
  log.append(customerMessage());

  const composer = element('section', 'composer');
  composer.setAttribute('aria-label', 'Reply composer');
  const channel = element('div', 'composer-channel', 'Public reply · To: Dana Whitfield');
  const editorRoot = element('div', 'composer-editor');
  editorRoot.dataset.editorKind = kind;
  composer.append(channel, editorRoot);

  ticket.append(subject, log, composer);
  document.body.append(bar, ticket);
  return editorRoot;
}

/** Publishes the editor handle the e2e tests read; set only once the editor is ready for input. */
export function exposeFixtureEditor(handle: FixtureEditorHandle): void {
  window.fixtureEditor = handle;
  document.body.dataset.editorReady = 'true';
}
