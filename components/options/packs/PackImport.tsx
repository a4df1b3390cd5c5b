import type { RefObject } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { installPack, type InstallOutcome } from '@/lib/packs/install';
import { PACKS_CHANGE_KEY } from '@/lib/packs/coaching-settings';
import { trustOf } from '@/lib/packs/policy';
import { usePolicy } from '../use-policy';
import { snippetChange, useOptions } from '../context';
import { errorMessage } from '../errors';
import { InstallReport } from './InstallReport';

interface Attempt {
  fileName: string;
  /** Kept only while "Install this version anyway" can use them: a pack is megabytes. */
  bytes: Uint8Array | null;
  outcome: InstallOutcome | { status: 'failed'; message: string };
}

function forceable(outcome: InstallOutcome): boolean {
  return outcome.status === 'refused' && outcome.problems.some((problem) => problem.code === 'older-version');
}

/**
 * Reading and installing a pack file, one at a time: `installing` names the file while it takes
 * (a large pack takes a few seconds), `attempt` keeps how the last one ended, with its bytes for
 * "Install this version anyway".
 */
function usePackInstall(trustedKeys: readonly string[], fileInput: RefObject<HTMLInputElement | null>) {
  const { library, status, announceChange } = useOptions();
  const policy = usePolicy();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [installing, setInstalling] = useState<string | null>(null);
  const disabled = !status.writable || installing !== null;

  const install = async (fileName: string, bytes: Uint8Array, force = false) => {
    setInstalling(fileName);
    try {
      const source = { kind: 'file' as const, fileName };
      // The administrator's keys are trusted too, and the policy may require a signature.
      const trust = trustOf(trustedKeys, policy);
      const outcome = await installPack(library, bytes, { source, ...trust, force });
      if (outcome.status === 'installed' || outcome.status === 'replaced') {
        announceChange(snippetChange([]));
        announceChange({ kind: 'settings', keys: [PACKS_CHANGE_KEY] });
      }
      setAttempt({ fileName, bytes: forceable(outcome) ? bytes : null, outcome });
    } catch (error) {
      setAttempt({ fileName, bytes: null, outcome: { status: 'failed', message: errorMessage(error) } });
    } finally {
      setInstalling(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const installFile = async (file: File | undefined) => {
    if (!file || disabled) return;
    setInstalling(file.name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      setInstalling(null);
      setAttempt({ fileName: file.name, bytes: null, outcome: { status: 'failed', message: errorMessage(error) } });
      return;
    }
    await install(file.name, bytes);
  };
  return { attempt, installing, disabled, install, installFile };
}

/**
 * Imports a pack file chosen with the picker or dropped on the card. A refused file changes
 * nothing; the report says why, problem by problem, and an older version can be forced.
 */
export function PackImport({ trustedKeys }: { trustedKeys: readonly string[] }) {
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const { attempt, installing, disabled, install, installFile } = usePackInstall(trustedKeys, fileInput);
  const busy = installing !== null;

  return (
    <div
      class={`tfo-card tfo-drop-zone${dragging ? ' tfo-dragging' : ''}`}
      role="group"
      aria-labelledby={`${id}-heading`}
      data-testid="pack-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void installFile(event.dataTransfer?.files[0]);
      }}
    >
      <h3 id={`${id}-heading`}>{t('options_packs_import_heading')}</h3>
      <div class="tfo-field">
        <label for={`${id}-file`}>{t('options_packs_choose')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          onChange={(event) => void installFile(event.currentTarget.files?.[0])}
        />
      </div>
      <p class="tfo-hint">{t('options_packs_drop')}</p>
      <p class="tfo-hint tfo-installing" aria-live="polite">
        {installing !== null && t('options_packs_installing', installing)}
      </p>
      {attempt && !busy && (
        <InstallReport
          fileName={attempt.fileName}
          outcome={attempt.outcome}
          busy={disabled}
          onForce={() => attempt.bytes && void install(attempt.fileName, attempt.bytes, true)}
        />
      )}
    </div>
  );
}
