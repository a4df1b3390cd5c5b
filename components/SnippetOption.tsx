import type { Snippet } from '@/lib/library/schema';

/** How much of a snippet's body a result shows. */
const PREVIEW_LENGTH = 90;

export function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : flat;
}

/**
 * Each snippet's preview, made once: results for the next key mostly list the same snippets (the
 * sidebar's answers share one object per snippet), and a body can be 100 KB.
 */
const previews = new WeakMap<Snippet, string>();
function previewOf(snippet: Snippet): string {
  let shown = previews.get(snippet);
  if (shown === undefined) previews.set(snippet, (shown = preview(snippet.body)));
  return shown;
}

interface SnippetOptionProps {
  snippet: Snippet;
  /** Its place in the results: the search box's aria-activedescendant and the arrow keys name it by this. */
  index: number;
  id: string;
  /** The characters typed before a shortcut in the reply, shown in front of the shortcut. */
  trigger: string;
  active: boolean;
  busy: boolean;
  onHover(): void;
  onChoose(): void;
}

/** One result in the snippet search's listbox: title, shortcut and the start of the body. */
export function SnippetOption({ snippet, index, id, trigger, active, busy, onHover, onChoose }: SnippetOptionProps) {
  return (
    <li
      id={id}
      class="tf-snippet-option"
      role="option"
      aria-selected={active}
      aria-disabled={busy || undefined}
      data-index={index}
      data-snippet-id={snippet.id}
      // The search box keeps the focus (and the remembered caret) while a result is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => !active && onHover()}
      onClick={onChoose}
    >
      <span class="tf-snippet-title">{snippet.title}</span>
      <span class="tf-snippet-shortcut">
        {trigger}
        {snippet.shortcut}
      </span>
      <span class="tf-snippet-preview">{previewOf(snippet)}</span>
    </li>
  );
}
