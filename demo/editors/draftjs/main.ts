import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('draftjs');

// Draft.js keeps its state outside the editor component; the fixture mirrors the latest state so
// tests can read it. (Draft calls findDOMNode, which React 19 removed: this page needs React 18.)
// `?empty`: the editor starts with no text at all, as a new reply does (Draft renders its first
// block anew on the first keystroke).
// The page then gives the editor no height of its own either: empty, it is one line high.
const startsEmpty = new URLSearchParams(location.search).has('empty');
document.body.classList.toggle('one-line-editor', startsEmpty);
let latestState = EditorState.createWithContent(ContentState.createFromText(startsEmpty ? '' : SEED_DRAFT));

function ReplyEditor() {
  const [editorState, setEditorState] = useState(latestState);
  return createElement(Editor, {
    editorState,
    onChange: (next: EditorState) => {
      latestState = next;
      setEditorState(next);
    },
    placeholder: 'Write a public reply…',
    ariaLabel: 'Public reply',
    ariaMultiline: true,
    spellCheck: true,
  });
}

// createElement rather than JSX: the repository's JSX compiles for Preact.
const reactRoot = createRoot(root);
flushSync(() => reactRoot.render(createElement(ReplyEditor)));

exposeFixtureEditor({
  kind: 'draftjs',
  getText: () => latestState.getCurrentContent().getPlainText('\n'),
});
