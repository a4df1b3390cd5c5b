import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('lexical');
const editable = document.createElement('div');
editable.contentEditable = 'true';
editable.setAttribute('role', 'textbox');
editable.setAttribute('aria-multiline', 'true');
editable.setAttribute('aria-label', 'Public reply');
root.append(editable);

const editor = createEditor({
  namespace: 'tactful-fixture',
  nodes: [HeadingNode, QuoteNode],
  theme: { paragraph: 'lexical-paragraph' },
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(editable);
registerRichText(editor);

// Seeded before history is registered, so the agent cannot undo the draft away.
editor.update(
  () => {
    const paragraph = $createParagraphNode();
    paragraph.append($createTextNode(SEED_DRAFT));
    $getRoot().clear().append(paragraph);
  },
  { discrete: true },
);
registerHistory(editor, createEmptyHistoryState(), 300);

exposeFixtureEditor({
  kind: 'lexical',
  // The root's own getTextContent() puts a blank line between blocks; one line per block instead.
  getText: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    ),
});
