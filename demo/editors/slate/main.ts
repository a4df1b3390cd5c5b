import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('slate');

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ children: [{ text: SEED_DRAFT }] }];

// createElement rather than JSX: the repository's JSX compiles for Preact. The first render is
// flushed at once so the editable exists before the handle is published.
const editable = createElement(Editable, {
  'aria-label': 'Public reply',
  'aria-multiline': true,
  placeholder: 'Write a public reply…',
  spellCheck: true,
});
const reactRoot = createRoot(root);
flushSync(() => reactRoot.render(createElement(Slate, { editor, initialValue }, editable)));

exposeFixtureEditor({
  kind: 'slate',
  getText: () => editor.children.map((block) => Node.string(block)).join('\n'),
});
