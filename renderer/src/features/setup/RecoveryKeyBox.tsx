import { formatDate } from '../../../../shared/time/format';

interface Props {
  recoveryKey: string;
  workspaceName: string;
}

/** The key in large type. It is also the only thing printed (see recovery-key.css). */
export function RecoveryKeyBox({ recoveryKey, workspaceName }: Props) {
  return (
    <section className="recovery-key print-area" aria-labelledby="recovery-key-caption">
      <p className="print-only">
        <strong>Hearth recovery key</strong> for the workspace “{workspaceName}”, created {formatDate(new Date())}. Keep this page somewhere safe, away
        from the computer.
      </p>
      <p className="recovery-key__caption" id="recovery-key-caption">
        Recovery key
      </p>
      <p className="recovery-key__value">
        {recoveryKey}
      </p>
      <p className="recovery-key__note">It uses the capital letters A to Z and the digits 2 to 7 only, so there is no zero or one to mistake.</p>
    </section>
  );
}
