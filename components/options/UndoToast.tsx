import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface UndoToastProps {
  message: string;
  /** Absent once there is nothing left to undo (e.g. after the undo itself). */
  onUndo?: () => void;
  onDismiss(): void;
  /** Moves focus to the toast (its Undo button when there is one) when it appears or changes. */
  takeFocus?: boolean;
}

/**
 * Says what just happened, with Undo. It stays until dismissed or replaced (no timer: the agent
 * reads it at their own pace), and can take focus so keyboard users can undo at once.
 */
export function UndoToast({ message, onUndo, onDismiss, takeFocus }: UndoToastProps) {
  const container = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) (undoButton.current ?? container.current)?.focus();
  }, [message, takeFocus]);
  return (
    <div ref={container} class="tfo-toast" role="status" tabIndex={-1}>
      <span>{message}</span>
      {onUndo && (
        <button ref={undoButton} type="button" class="tfo-button" onClick={onUndo}>
          {t('options_toast_undo')}
        </button>
      )}
      <button type="button" class="tfo-link" aria-label={t('options_toast_dismiss_label')} onClick={onDismiss}>
        {t('options_toast_dismiss')}
      </button>
    </div>
  );
}
