import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('contenteditable');
const editable = document.createElement('div');
editable.className = 'reply-contenteditable';
editable.contentEditable = 'true';
editable.setAttribute('role', 'textbox');
editable.setAttribute('aria-multiline', 'true');
editable.setAttribute('aria-label', 'Public reply');
const paragraph = document.createElement('p');
paragraph.textContent = SEED_DRAFT;
editable.append(paragraph);
root.append(editable);

/**
 * A bare contenteditable has no model apart from its DOM. Browsers wrap typed lines in <p> or
 * <div> (or leave bare text and <br> in the root once everything is deleted), so read one line per
 * block child and per <br>, the way the agent sees them.
 */
function readLines(container: HTMLElement): string {
  const lines: string[] = [];
  let current = '';
  for (const node of container.childNodes) {
    if (node instanceof HTMLBRElement) {
      lines.push(current);
      current = '';
    } else if (node instanceof HTMLElement && getComputedStyle(node).display !== 'inline') {
      if (current) lines.push(current);
      current = '';
      lines.push(node.innerText.replace(/\n$/, ''));
    } else {
      current += node.textContent ?? '';
    }
  }
  if (current) lines.push(current);
  return lines.join('\n');
}

exposeFixtureEditor({
  kind: 'contenteditable',
  getText: () => readLines(editable),
  getHtml: () => editable.innerHTML,
});
