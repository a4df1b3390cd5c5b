/**
 * Tells when a reply counts as coached for "Today": the first time its editor's text differs from
 * what it held when Tactful first read it (the agent typed, or applied a fix), once per editor
 * element for as long as the page keeps it. A draft the agent only looked at is not counted.
 */
export class ReplyCounter {
  private readonly replies = new WeakMap<object, { first: string; counted: boolean }>();

  /** True exactly once per editor: on the first reading whose text changed. */
  changed(editor: object, text: string): boolean {
    const reply = this.replies.get(editor);
    if (!reply) {
      this.replies.set(editor, { first: text, counted: false });
      return false;
    }
    if (reply.counted || reply.first === text) return false;
    reply.counted = true;
    return true;
  }
}
