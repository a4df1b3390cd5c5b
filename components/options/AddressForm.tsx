import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface AddressFormProps {
  /** The input's id; the error and hint ids are derived from it. */
  id: string;
  label: string;
  submitLabel: string;
  inputType: 'text' | 'url';
  /** Shown under the field while there is no problem to show (the hint stays described). */
  hint?: string;
  /** Above the field (a heading of the section's form). */
  heading?: ComponentChildren;
  /** A change is under way or the list cannot be written: the button says so (`onSubmit` decides). */
  disabled: boolean;
  /** The problem with this address, in words for the agent, or null when it may be submitted. */
  problemWith(address: string): string | null;
  /** An address that passed `problemWith`. `clearAddress` empties the field once it is used. */
  onSubmit(address: string, clearAddress: () => void): void;
}

/**
 * One address field with its button and its problem shown under it, as the Sites and the Packs
 * from a URL sections both ask for an address: the problem is checked on submit and cleared as the
 * agent edits.
 */
export function AddressForm({
  id,
  label,
  submitLabel,
  inputType,
  hint,
  heading,
  disabled,
  problemWith,
  onSubmit,
}: AddressFormProps) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [problem ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;

  const fieldProps = {
    id,
    inputMode: 'url' as const,
    spellcheck: false,
    value: address,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => {
      setAddress((event.currentTarget as HTMLInputElement).value);
      setProblem(null);
    },
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const found = problemWith(address);
    setProblem(found);
    if (found === null) onSubmit(address, () => setAddress(''));
  };

  return (
    <form class="tfo-site-add" onSubmit={submit} noValidate>
      {heading}
      <div class="tfo-field">
        <label for={id}>{label}</label>
        <div class="tfo-actions">
          {inputType === 'url' ? (
            <input type="url" {...fieldProps} />
          ) : (
            <input type="text" autoComplete="url" {...fieldProps} />
          )}
          <button type="submit" class="tfo-button tfo-primary" aria-disabled={disabled}>
            {submitLabel}
          </button>
        </div>
        {hint ? (
          <p class="tfo-hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        {problem ? (
          <p class="tfo-field-error" id={errorId} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </form>
  );
}
