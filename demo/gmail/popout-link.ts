/** Where a popped-out reply's draft waits for the pop-out window (Gmail keeps it on its server). */
export function draftKey(threadId: string): string {
  return `demo-gmail-draft:${threadId}`;
}
