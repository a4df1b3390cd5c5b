interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** The id of the text that explains what the switch does in its current state. */
  describedBy?: string;
  onToggle: () => void;
}

/**
 * An on/off switch: a button with the switch role, so Space and Enter toggle it and screen readers
 * announce "on" or "off". The label is visible text, and the button's accessible name. While it
 * cannot be used it is marked aria-disabled rather than disabled, so keyboard focus stays on it.
 */
export function Switch({ id, label, checked, disabled = false, describedBy, onToggle }: SwitchProps) {
  const labelId = `${id}-label`;
  return (
    <div class="switch-row">
      <span id={labelId} class="switch-label">
        {label}
      </span>
      <button
        id={id}
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-disabled={disabled}
        onClick={() => {
          if (!disabled) onToggle();
        }}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
