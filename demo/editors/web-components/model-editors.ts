// The editors whose model, not the DOM, is the reply's truth, each mounted inside the field
// component's open shadow root from its real npm package. Each keeps its own undo history, and
// each takes Tactful's insertions only through the main-world bridge (lib/editors/page-bridge.ts),
// which must find the selection through the shadow root.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { ContentState, Editor as DraftEditor, EditorState as DraftState } from 'draft-js';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor as createLexicalEditor } from 'lexical';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createEditor as createSlateEditor, Node as SlateNode, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

// Not CKEditor 5: version 48 cannot run in a shadow root (ckeditor/ckeditor5#3891; support landed
// only in nightly builds, 2026-09). Tried here, Chromium 156 put the agent's typing before the
// greeting, and Firefox ESR 153 threw from CKEditor's own code on every key.
export const MODEL_EDITOR_KINDS = ['lexical', 'slate', 'draftjs'] as const;
export type ModelEditorKind = (typeof MODEL_EDITOR_KINDS)[number];

/** The reply's text as the editor's model holds it, one line per block. */
export type ModelText = () => string;

const GREETING = 'Hi Dana,';
const ARIA = { 'aria-label': 'Reply to the customer', 'aria-multiline': 'true', role: 'textbox' } as const;

/** The editors' own style sheets cannot reach into a shadow root from the page: what they need, here. */
export const MODEL_EDITOR_STYLE = `
  [data-lexical-editor], [data-slate-editor] { outline: none; min-height: 140px; }
  .public-DraftEditor-content { outline: none; min-height: 140px; white-space: pre-wrap; overflow-wrap: break-word; }
`;

/** Mounts one editor into `container` (already in the shadow root); its `.field` is the box the agent clicks. */
export function mountModelEditor(kind: ModelEditorKind, container: HTMLElement): ModelText {
  return MOUNTERS[kind](container);
}

const MOUNTERS: Record<ModelEditorKind, (container: HTMLElement) => ModelText> = {
  lexical: mountLexical,
  slate: mountSlate,
  draftjs: mountDraftJs,
};

function mountLexical(container: HTMLElement): ModelText {
  const editable = document.createElement('div');
  editable.className = 'field';
  editable.contentEditable = 'true';
  for (const [name, value] of Object.entries(ARIA)) editable.setAttribute(name, value);
  container.append(editable);
  const editor = createLexicalEditor({
    namespace: 'tactful-shadow-fixture',
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(editable);
  registerRichText(editor);
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append($createParagraphNode().append($createTextNode(GREETING))),
    {
      discrete: true,
    },
  );
  registerHistory(editor, createEmptyHistoryState(), 300);
  return () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    );
}

// createElement rather than JSX: the repository's JSX compiles for Preact.
function mountSlate(container: HTMLElement): ModelText {
  const editor = withHistory(withReact(createSlateEditor()));
  const initialValue: Descendant[] = [{ children: [{ text: GREETING }] } as Descendant];
  const editable = createElement(Editable, { ...ARIA, className: 'field', spellCheck: true });
  flushSync(() => createRoot(container).render(createElement(Slate, { editor, initialValue }, editable)));
  return () => editor.children.map((block) => SlateNode.string(block)).join('\n');
}

function mountDraftJs(container: HTMLElement): ModelText {
  let latest = DraftState.createWithContent(ContentState.createFromText(GREETING));
  function ReplyEditor() {
    const [state, setState] = useState(latest);
    const onChange = (next: DraftState) => {
      latest = next;
      setState(next);
    };
    return createElement(DraftEditor, {
      editorState: state,
      onChange,
      ariaLabel: ARIA['aria-label'],
      ariaMultiline: true,
    });
  }
  container.classList.add('field');
  flushSync(() => createRoot(container).render(createElement(ReplyEditor)));
  return () => latest.getCurrentContent().getPlainText('\n');
}
