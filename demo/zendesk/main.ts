import { Bold, DecoupledEditor, Essentials, Italic, Link, List, Paragraph, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { createToast, formatClock, minutesAgo } from '../shared/toast';

type Channel = 'public' | 'internal';

/** One open ticket: its tab, its pane, and the composer's own CKEditor and reply channel. */
interface OpenTicket {
  id: string;
  tab: HTMLElement;
  pane: HTMLElement;
  editable: HTMLElement;
  editor: DecoupledEditor;
  channel: Channel;
  /** Where a public reply goes on this ticket: the switcher's data-channel and label ("web"/"Email", "native_messaging"/"Messaging"). */
  publicChannel: { channel: string; label: string };
  switcher: HTMLButtonElement;
}

const showToast = createToast('toast-notification');
const tabList = document.querySelector<HTMLElement>('.ticket-tabs');
const emptyState = document.querySelector<HTMLElement>('.no-open-tickets');
if (!tabList || !emptyState) throw new Error('Demo workspace markup is incomplete');

const tickets = new Map<string, OpenTicket>();
/** Tickets whose pane is being loaded, so a double click on a tab loads it once. */
const loading = new Map<string, Promise<OpenTicket | null>>();
let activeId: string | null = null;

const tabFor = (id: string) => tabList.querySelector<HTMLElement>(`[data-tab-ticket-id="${id}"]`);
const openTabIds = () =>
  Array.from(tabList.querySelectorAll<HTMLElement>('[data-tab-ticket-id]'), (tab) => tab.dataset.tabTicketId!);

function stampTimes(scope: ParentNode): void {
  for (const time of scope.querySelectorAll<HTMLTimeElement>('time[data-minutes-ago]')) {
    const when = minutesAgo(Number(time.dataset.minutesAgo));
    time.dateTime = when.toISOString();
    time.title = when.toLocaleString('en-US');
  }
}

/** The ticket's pane: already on the page, or loaded from its template the first time its tab opens. */
function paneFor(id: string): HTMLElement | null {
  const existing = document.querySelector<HTMLElement>(`.ticket-pane[data-ticket-id="${id}"]`);
  if (existing) return existing;
  const template = document.querySelector<HTMLTemplateElement>(`template[data-ticket-template="${id}"]`);
  const pane = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (!template || !pane) return null;
  pane.hidden = true;
  template.before(pane);
  return pane;
}

async function loadTicket(id: string): Promise<OpenTicket | null> {
  const open = tickets.get(id);
  if (open) return open;
  const pending = loading.get(id);
  if (pending) return pending;
  const load = (async () => {
    const tab = tabFor(id);
    const pane = paneFor(id);
    if (!tab || !pane) return null;
    stampTimes(pane);
    const ticket = await setUpComposer(id, tab, pane);
    tickets.set(id, ticket);
    return ticket;
  })();
  loading.set(id, load);
  try {
    return await load;
  } finally {
    loading.delete(id);
  }
}

async function setUpComposer(id: string, tab: HTMLElement, pane: HTMLElement): Promise<OpenTicket> {
  const editable = pane.querySelector<HTMLElement>(
    '[data-test-id="omnicomposer-rich-text-ckeditor"], [data-test-id="omnicomposer-plain-text-ckeditor"]',
  );
  const toolbarSlot = pane.querySelector<HTMLElement>('[data-test-id="omnichannel-composer-toolbar"]');
  const log = pane.querySelector<HTMLElement>('[data-test-id="omni-log-container"]');
  const composer = pane.querySelector<HTMLFormElement>('[data-test-id="editor-view"]');
  const switcher = pane.querySelector<HTMLButtonElement>('[data-test-id="omnichannel-channel-switcher-button"]');
  const menu = pane.querySelector<HTMLElement>('.channel-menu');
  const macroButton = pane.querySelector<HTMLButtonElement>('[data-test-id="ticket-footer-macro-button"]');
  if (!editable || !toolbarSlot || !log || !composer || !switcher || !menu || !macroButton)
    throw new Error(`Ticket #${id} markup is incomplete`);

  // DecoupledEditor turns the existing element into the editable (as the real workspace does),
  // so the data-test-id stays on the `.ck-editor__editable` element itself.
  const editor = await DecoupledEditor.create(editable, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List, Undo],
    toolbar: ['bold', 'italic', '|', 'link', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    placeholder: 'Write a public reply…',
  });
  if (editor.ui.view.toolbar.element) toolbarSlot.append(editor.ui.view.toolbar.element);
  // The composer names itself after what the agent writes (the older layout's
  // aria-label="Internal note composer").
  editable.setAttribute('aria-label', 'Public reply composer');
  const publicChannel = {
    channel: switcher.dataset.channel ?? 'web',
    label: switcher.getAttribute('aria-label') ?? '',
  };
  const ticket: OpenTicket = { id, tab, pane, editable, editor, channel: 'public', publicChannel, switcher };

  // Like the real workspace, open the log at its newest entry.
  log.scrollTop = log.scrollHeight;

  // The channel switcher is a menu button, as in the workspace: Public reply or Internal note.
  switcher.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    switcher.setAttribute('aria-expanded', String(!menu.hidden));
  });
  menu.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (!item) return;
    menu.hidden = true;
    switcher.setAttribute('aria-expanded', 'false');
    const internal = item.dataset.testId === 'omnichannel-channel-switcher-menuitem-internal';
    selectChannel(ticket, composer, internal ? 'internal' : 'public');
  });
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(ticket, log);
  });
  macroButton.addEventListener('click', applyMacro);
  return ticket;
}

function selectChannel(ticket: OpenTicket, composer: HTMLElement, next: Channel): void {
  ticket.channel = next;
  composer.dataset.channel = next;
  const { switcher, publicChannel } = ticket;
  switcher.dataset.channel = next === 'public' ? publicChannel.channel : 'internal';
  switcher.setAttribute('aria-label', next === 'public' ? publicChannel.label : 'Internal note');
  switcher.textContent = next === 'public' ? 'Public reply' : 'Internal note';
  ticket.editable.setAttribute('aria-label', next === 'public' ? 'Public reply composer' : 'Internal note composer');
  const placeholder = next === 'public' ? 'Write a public reply…' : 'Add an internal note (only agents see it)…';
  ticket.editable.dataset.placeholder = placeholder;
  ticket.editable.querySelector('p.ck-placeholder')?.setAttribute('data-placeholder', placeholder);
}

function appendToLog(log: HTMLElement, html: string, kind: Channel): void {
  const article = document.createElement('article');
  article.className = kind === 'internal' ? 'log-item log-item-internal' : 'log-item';
  article.dataset.testId = 'omni-log-comment-item';
  const now = new Date();
  article.innerHTML = `
    <span class="avatar avatar-agent" aria-hidden="true">SR</span>
    <div class="log-body">
      <div class="log-heading">
        <span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link"><strong>Sam Rivera</strong></a></span>
        ${kind === 'internal' ? '<div class="internal-tag" data-test-id="omni-log-internal-note-tag">Internal note</div>' : '<span class="role-badge">Agent</span>'}
        <time data-test-id="timestamp-relative"></time>
      </div>
      <div class="message ${kind === 'internal' ? 'message-internal' : 'message-agent'}"
        data-test-id="omni-log-item-message" type="${kind === 'internal' ? 'internal' : 'agent'}">
        <div data-test-id="omni-log-message-content"></div>
      </div>
    </div>`;
  const time = article.querySelector('time')!;
  time.dateTime = now.toISOString();
  time.textContent = `Today ${formatClock(now)}`;
  // The editor's own getData() output is sanitised by CKEditor's schema (only the loaded plugins'
  // markup survives), so it can be shown as HTML the way the host shows sent replies.
  article.querySelector('[data-test-id="omni-log-message-content"]')!.innerHTML = html;
  log.append(article);
  article.scrollIntoView({ block: 'nearest' });
}

function submit(ticket: OpenTicket, log: HTMLElement): void {
  const html = ticket.editor.getData();
  if (!html.trim()) {
    showToast('Nothing to submit: the reply is empty.');
    return;
  }
  appendToLog(log, html, ticket.channel);
  ticket.editor.setData('');
  showToast(
    ticket.channel === 'public'
      ? `Ticket #${ticket.id} updated: public reply sent.`
      : `Ticket #${ticket.id} updated: internal note added.`,
  );
}

function applyMacro(): void {
  const subject = activeId ? tabFor(activeId)?.querySelector('.tab-title')?.textContent : null;
  showToast(
    subject === 'Invoice address change'
      ? 'Macro applied: "Billing – reissue invoice".'
      : 'Macro applied: "Connectivity – arrange engineer visit".',
  );
}

function ticketUrl(id: string): string {
  const url = new URL(location.href);
  url.searchParams.set('ticket', id);
  return url.pathname + url.search + url.hash;
}

/**
 * Shows one ticket's pane and hides the others, as the workspace does when the agent switches
 * tabs; the address follows (history.pushState), so Back returns to the previous ticket.
 */
async function activate(id: string, history: 'push' | 'replace' | 'none'): Promise<void> {
  const ticket = await loadTicket(id);
  if (!ticket) return;
  activeId = id;
  for (const open of tickets.values()) open.pane.hidden = open.id !== id;
  for (const tab of tabList!.querySelectorAll<HTMLElement>('[data-tab-ticket-id]')) {
    const selected = tab.dataset.tabTicketId === id;
    tab.classList.toggle('is-active', selected);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  emptyState!.hidden = true;
  document.title = `#${id} ${ticket.tab.querySelector('.tab-title')?.textContent ?? ''} – Agent Workspace (demo)`;
  if (history === 'push' && new URLSearchParams(location.search).get('ticket') !== id) {
    window.history.pushState({ ticket: id }, '', ticketUrl(id));
  } else if (history === 'replace') {
    window.history.replaceState({ ticket: id }, '', ticketUrl(id));
  }
}

/** Closes a ticket's tab: its editor is destroyed and its pane leaves the page. */
async function closeTicket(id: string): Promise<void> {
  const ids = openTabIds();
  const index = ids.indexOf(id);
  if (index < 0) return;
  const ticket = tickets.get(id) ?? (await loading.get(id)) ?? null;
  tickets.delete(id);
  tabFor(id)?.remove();
  if (ticket) {
    await ticket.editor.destroy();
    ticket.pane.remove();
  }
  if (activeId !== id) return;
  activeId = null;
  const next = ids[index + 1] ?? ids[index - 1];
  if (next) {
    await activate(next, 'replace');
  } else {
    emptyState!.hidden = false;
    document.title = 'Agent Workspace (demo)';
    window.history.replaceState(null, '', location.pathname);
  }
}

tabList.addEventListener('click', (event) => {
  const target = event.target as Element;
  const tab = target.closest<HTMLElement>('[data-tab-ticket-id]');
  if (!tab?.dataset.tabTicketId) return;
  if (target.closest('.tab-close')) void closeTicket(tab.dataset.tabTicketId);
  else void activate(tab.dataset.tabTicketId, 'push');
});

tabList.addEventListener('keydown', (event) => {
  const tab = (event.target as Element).closest<HTMLElement>('[data-tab-ticket-id]');
  if (!tab?.dataset.tabTicketId || (event.target as Element).closest('.tab-close')) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    void activate(tab.dataset.tabTicketId, 'push');
  }
});

// Back and Forward move between the tickets the agent looked at.
window.addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('ticket') ?? openTabIds()[0];
  if (id && openTabIds().includes(id)) void activate(id, 'none');
});

// Host-owned keyboard shortcuts. The extension must leave these working.
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey && event.altKey && !event.shiftKey && event.code === 'KeyM') {
    event.preventDefault();
    applyMacro();
  } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
    const ticket = Array.from(tickets.values()).find((open) => open.editable.contains(event.target as Node));
    if (!ticket) return;
    event.preventDefault();
    ticket.pane.querySelector<HTMLFormElement>('[data-test-id="editor-view"]')?.requestSubmit();
  }
});

// The first tab's ticket is on the page from the start; ?ticket= opens another one, as a link to it would.
const requested = new URLSearchParams(location.search).get('ticket');
await loadTicket(openTabIds()[0]!);
await activate(requested && openTabIds().includes(requested) ? requested : openTabIds()[0]!, 'none');
