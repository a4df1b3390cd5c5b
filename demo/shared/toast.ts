/**
 * The host pages' own notification, used by their keyboard shortcuts and buttons. It lets e2e
 * tests see that the host's behaviour still works while the extension is active.
 */
export function createToast(testId: string): (message: string) => void {
  const toast = document.createElement('div');
  toast.className = 'host-toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-live', 'polite');
  toast.dataset.testId = testId;
  document.body.append(toast);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  return (message: string) => {
    toast.textContent = message;
    toast.dataset.visible = 'true';
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      toast.dataset.visible = 'false';
    }, 4000);
  };
}

/** Time stamps relative to page load, so the conversation always reads as recent. */
export function minutesAgo(minutes: number): Date {
  return new Date(Date.now() - minutes * 60_000);
}

export function formatClock(date: Date): string {
  return date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}

export function formatDay(date: Date): string {
  return date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric' });
}
