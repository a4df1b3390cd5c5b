/** Buttons keep the editor's focus and caret: pressing them must not pull the agent out of their reply. */
export const keepEditorFocus = (event: MouseEvent) => event.preventDefault();
