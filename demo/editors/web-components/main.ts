// A help desk built from web components: the reply box lives two open shadow roots deep, the way
// design systems such as Salesforce's Lightning web components, Microsoft's Fluent UI web
// components or Shoelace wrap their fields. `?textarea` puts a plain-text field there instead of a
// rich one, `?prosemirror` a ProseMirror editor (with its own undo history), and `?lexical`,
// `?slate` or `?draftjs` that editor (model-editors.ts). Nothing in the page's light DOM
// is editable, so only shadow-aware detection finds it.
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { exposeFixtureEditor } from '../shared/layout';
import { MODEL_EDITOR_KINDS, MODEL_EDITOR_STYLE, mountModelEditor, type ModelText } from './model-editors';

const params = new URLSearchParams(location.search);
const modelEditorKind = MODEL_EDITOR_KINDS.find((kind) => params.has(kind));
const fieldKind =
  modelEditorKind ??
  (params.has('textarea') ? 'textarea' : params.has('prosemirror') ? 'prosemirror' : 'contenteditable');
/** The ProseMirror view, in `?prosemirror` mode: its document is the reply's truth. */
let proseMirror: EditorView | null = null;
/** The model editor's text, in the modes that mount one: its model is the reply's truth. */
let modelText: ModelText | null = null;
/** `?late`: the field renders a moment after its component, into a shadow root already there. */
const renderDelayMs = params.has('late') ? 600 : 0;

const FIELD_STYLE = `
  :host { display: block; }
  .field { box-sizing: border-box; width: 100%; min-height: 160px; padding: 10px 12px;
    border: 1px solid #c9ced6; border-radius: 6px; font: 15px/1.5 system-ui, sans-serif; }
  .field:focus { outline: 2px solid #1f73b7; outline-offset: 1px; }
  p { margin: 0 0 0.6em; }
  /* prosemirror-view's own style sheet, which cannot reach into a shadow root from the page. */
  .ProseMirror { white-space: pre-wrap; word-wrap: break-word; outline: none; min-height: 140px; }
  ${MODEL_EDITOR_STYLE}
`;

/** The inner field: the editable element itself, in the component's shadow root. */
class DeskRichField extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = FIELD_STYLE;
    root.append(style);
    const render = () => {
      if (modelEditorKind) return mountModelField(root, modelEditorKind);
      root.append(
        fieldKind === 'textarea' ? plainField() : fieldKind === 'prosemirror' ? proseMirrorField() : richField(),
      );
    };
    if (renderDelayMs > 0) setTimeout(render, renderDelayMs);
    else render();
  }
}

function mountModelField(root: ShadowRoot, kind: (typeof MODEL_EDITOR_KINDS)[number]): void {
  const container = document.createElement('div');
  root.append(container);
  modelText = mountModelEditor(kind, container);
}

function richField(): HTMLElement {
  const editable = document.createElement('div');
  editable.className = 'field';
  editable.contentEditable = 'true';
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-multiline', 'true');
  editable.setAttribute('aria-label', 'Reply to the customer');
  const paragraph = document.createElement('p');
  paragraph.textContent = 'Hi Dana,';
  editable.append(paragraph);
  return editable;
}

function proseMirrorField(): HTMLElement {
  const container = document.createElement('div');
  container.className = 'field';
  const state = EditorState.create({
    schema,
    doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Hi Dana,')])]),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  });
  proseMirror?.destroy();
  proseMirror = new EditorView(container, {
    state,
    attributes: { 'aria-label': 'Reply to the customer', role: 'textbox', 'aria-multiline': 'true' },
  });
  return container;
}

function plainField(): HTMLTextAreaElement {
  const field = document.createElement('textarea');
  field.className = 'field';
  field.rows = 8;
  field.setAttribute('aria-label', 'Reply to the customer');
  field.value = 'Hi Dana,\n';
  return field;
}

/** The composer: a toolbar line and the field component, in a shadow root of its own. */
class DeskReplyComposer extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host { display: block; margin-top: 16px; } .to { color: #555; margin-bottom: 6px; }';
    const to = document.createElement('div');
    to.className = 'to';
    to.textContent = 'Public reply · To: Dana Whitfield';
    root.append(style, to, document.createElement('desk-rich-field'));
  }
}

customElements.define('desk-rich-field', DeskRichField);
customElements.define('desk-reply-composer', DeskReplyComposer);

function field(): HTMLElement | HTMLTextAreaElement | null {
  const composer = document.querySelector('desk-reply-composer')?.shadowRoot;
  const inner = composer?.querySelector('desk-rich-field')?.shadowRoot;
  return inner?.querySelector<HTMLElement>('.field') ?? null;
}

const TICKETS = [
  {
    subject: 'Internet drops every evening – third time reporting',
    message:
      'This is the third time I am writing about this. My internet STILL drops every evening. Fix it or tell me what is going on.',
  },
  {
    subject: 'Charged twice for March',
    message: 'I was charged twice for March and nobody answers my emails. I want my money back today.',
  },
];

const main = document.createElement('main');
main.className = 'ticket leaves-assistant-gutter';
const subject = document.createElement('h1');
subject.className = 'ticket-subject';
const message = document.createElement('article');
message.className = 'log-item';
const next = document.createElement('button');
next.type = 'button';
next.id = 'next-ticket';
next.textContent = 'Next ticket';
main.append(next, subject, message);
document.body.append(main);

/**
 * Shows a ticket the way a single-page help desk does: the old composer is thrown away and a new
 * one rendered, so the reply box is a new element with nothing of the old one's state.
 */
function showTicket(index: number): void {
  const ticket = TICKETS[index % TICKETS.length]!;
  subject.textContent = ticket.subject;
  message.textContent = ticket.message;
  main.querySelector('desk-reply-composer')?.remove();
  main.append(document.createElement('desk-reply-composer'));
}

let shown = 0;
showTicket(shown);
next.addEventListener('click', () => showTicket(++shown));

exposeFixtureEditor({
  kind: fieldKind,
  getText: () => {
    const element = field();
    if (!element) return '';
    if (modelText) return modelText();
    if (proseMirror) return proseMirror.state.doc.textBetween(0, proseMirror.state.doc.content.size, '\n');
    return element instanceof HTMLTextAreaElement ? element.value : element.innerText.replace(/\n$/, '');
  },
  getHtml: () => field()?.innerHTML ?? '',
});
